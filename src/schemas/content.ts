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
