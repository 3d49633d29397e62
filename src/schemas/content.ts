// Frontmatter schemas for everything under content/. This module is the single source of
// truth: the Astro content collection (src/content.config.ts) and the linter's frontmatter
// rule both import it, so a contribution that lints clean also builds.
import { z } from 'astro/zod';

/** The three document types of the brief. Ids are English; labels are what readers see. */
export const DOC_TYPES = ['leadership', 'personal', 'inspection'] as const;
export type DocType = (typeof DOC_TYPES)[number];
export const DOC_TYPE_LABELS: Record<DocType, string> = {
  leadership: '领导班子对照检查材料',
  personal: '个人对照检查材料',
  inspection: '巡察整改进展情况报告',
};

export const STATUSES = ['experimental', 'reviewed'] as const;
export const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = {
  experimental: '试行',
  reviewed: '已审定',
};

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '应为小写字母、数字和连字符组成的标识，例如 leadership-2021-dangshi');

const year = z.number().int().min(2000).max(2100);

/** Frontmatter block of an exemplar (范例). */
export const ExemplarMeta = z.strictObject({
  /** Document type, one of DOC_TYPES. */
  docType: z.enum(DOC_TYPES),
  /** Id of the template this exemplar follows (templateSpec.id of a file in content/templates). */
  follows: slug,
  year,
  /** Meeting or theme, e.g. 党史学习教育专题民主生活会. */
  theme: z.string().min(2),
  /** Whose material: the leadership team or one member. */
  subject: z.enum(['班子', '个人']),
  /** De-identified note on where the text comes from. */
  source: z.string().min(4),
  status: z.enum(STATUSES),
  /**
   * Optional explicit mapping from a top-level section's ordinal (1 = the first 一、) to a
   * template section id, for headings whose wording the template's keywords do not catch.
   */
  sectionMap: z.record(z.string().regex(/^\d+$/), slug).optional(),
});
export type ExemplarMeta = z.infer<typeof ExemplarMeta>;

/** One aspect (方面) of 存在的问题 that a year's notice names. */
export const TemplateAspect = z.strictObject({
  id: slug,
  title: z.string(),
  /** Keywords; an exemplar's （一） heading containing any of them covers this aspect. */
  match: z.array(z.string()).default([]),
  /** False for an aspect the notice suggests but does not require. */
  required: z.boolean().default(true),
});

/** One section of a template outline. */
export const TemplateSection = z.strictObject({
  id: slug,
  title: z.string(),
  /** 0 = unnumbered opening or closing text; 1 = 一、; 2 = （一）. */
  level: z.number().int().min(0).max(2),
  required: z.boolean().default(true),
  /** Keywords; an exemplar's heading of this level containing any of them is this section. */
  match: z.array(z.string()).default([]),
  purpose: z.string(),
  mustContain: z.array(z.string()).default([]),
  numbering: z.string().optional(),
  length: z.string().optional(),
  good: z.array(z.string()).default([]),
  weak: z.array(z.string()).default([]),
  mistakes: z.array(z.string()).default([]),
  aspects: z.array(TemplateAspect).optional(),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

/** Frontmatter block of a template (模板): structured data the pages and the linter read. */
export const TemplateSpec = z.strictObject({
  id: slug,
  docType: z.enum(DOC_TYPES),
  /** Human name of the variant, e.g. 2021年党史学习教育专题（五个带头）. */
  variant: z.string(),
  /** Year the variant applies to; omitted for the general annual variant. */
  year: year.optional(),
  theme: z.string().optional(),
  status: z.enum(STATUSES),
  /** Where the aspects of 存在的问题 come from: a public source, quoted exactly, shown on the page. */
  source: z
    .strictObject({
      /** Who published it and where, e.g. 新华社北京2023年12月22日电. */
      publisher: z.string().min(4),
      /** The published wording of the aspects, verbatim. */
      quote: z.string().min(4),
      /** What the source covers and where it stops (e.g. a meeting report, not the notice itself). */
      note: z.string().optional(),
    })
    .optional(),
  sections: z.array(TemplateSection).min(1),
});
export type TemplateSpec = z.infer<typeof TemplateSpec>;

/** Frontmatter block of a guidance page (写作指导). */
export const GuidanceMeta = z.strictObject({
  topic: z.string(),
  status: z.enum(STATUSES),
  appliesTo: z.array(z.enum(DOC_TYPES)).default([...DOC_TYPES]),
});

/**
 * Sidebar settings a page may use: its place and its label. Starlight's `badge` and `attrs`
 * put classes and arbitrary HTML attributes (onclick …) on a link shown on every page.
 */
export const SidebarFields = z.strictObject({
  order: z.number().optional(),
  label: z.string().optional(),
  hidden: z.boolean().optional(),
});

/** Page fields every kind of content may set; everything else of Starlight's frontmatter is refused. */
const pageFields = {
  title: z.string().trim().min(1),
  description: z.string().optional(),
  sidebar: SidebarFields.optional(),
};

/**
 * The whole frontmatter of a contributed page, by content folder (strict: unknown and refused
 * fields are errors). Outside the three folders a page may carry any one block.
 */
export const PAGE_SCHEMAS = {
  exemplars: z.strictObject({ ...pageFields, exemplar: ExemplarMeta }),
  templates: z.strictObject({ ...pageFields, templateSpec: TemplateSpec }),
  guidance: z.strictObject({ ...pageFields, guidance: GuidanceMeta }),
  other: z.strictObject({ ...pageFields, exemplar: ExemplarMeta.optional(), templateSpec: TemplateSpec.optional(), guidance: GuidanceMeta.optional() }),
} as const;
export type PageFolder = keyof typeof PAGE_SCHEMAS;

/**
 * Starlight frontmatter fields contributions may not use, with the reason a contributor reads.
 * Those that render markup, URLs or attributes would let one file run script for every reader;
 * the others the site does not use, and a page must look like the rest.
 */
export const REFUSED_FIELDS: Record<string, string> = {
  head: '它能向页面的 <head> 加入脚本、外部样式表或跳转到其他网站的 meta 标签',
  banner: '横幅内容按 HTML 原样输出，可带脚本和事件属性',
  hero: '首页式大标题区的标语按 HTML 输出，按钮可指向任意地址（包括 javascript:）',
  editUrl: '“编辑此页”链接可指向任意地址（包括 javascript:）',
  prev: '上一页链接可指向任意地址，本站的翻页由站点生成',
  next: '下一页链接可指向任意地址，本站的翻页由站点生成',
  'sidebar.attrs': '它给侧栏链接加任意 HTML 属性（如 onclick），在每个页面上都会生效',
  'sidebar.badge': '侧栏徽标可带任意 class 和文字，本站不用徽标',
  template: '本站所有页面使用同一种版式',
  tableOfContents: '页内目录由站点统一设置',
  pagefind: '站内检索由站点统一建立索引',
  draft: '草稿请用 exemplar.status: experimental 标明，或不提交',
  lastUpdated: '本站不显示更新时间',
  slug: '页面地址由文件路径决定，不能另行指定',
};

/** Fields Jingjian adds to Starlight's frontmatter; the kind is given by the folder. */
export const JingjianFields = z.object({
  exemplar: ExemplarMeta.optional(),
  templateSpec: TemplateSpec.optional(),
  guidance: GuidanceMeta.optional(),
});

/** Which metadata block each content folder requires. */
export const REQUIRED_BLOCK = {
  exemplars: 'exemplar',
  templates: 'templateSpec',
  guidance: 'guidance',
} as const;
