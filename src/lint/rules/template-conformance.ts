// jingjian:template-conformance — an exemplar against the template it declares (`follows`):
// required sections present and in template order, and the aspects (方面) of 存在的问题 that the
// template requires covered, with as many （一） as the template counts. The document model does
// the matching (checkConformance); this rule words the result.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { checkConformance } from '../../docmodel/conformance.ts';
import { findNode, sectionLabel, type Point, type Section } from '../../docmodel/index.ts';
import { TemplateSpec } from '../../schemas/content.ts';
import { locateFrontmatterField } from '../../schemas/locate.ts';
import { lintContext } from '../context.ts';
import { report, ruleUrl, type RuleExamples } from '../report.ts';
import { loadTemplates } from '../templates.ts';

export interface TemplateConformanceOptions {
  /** Template id for a file without frontmatter (e.g. an imported draft or a seed). */
  follows?: string;
  /** Folder of template files; default content/templates. */
  templatesDir?: string;
  /** Template specs given inline (documentation examples). */
  templates?: unknown[];
}

const EXAMPLE_TEMPLATE = {
  id: 'example',
  docType: 'leadership',
  variant: '示例',
  status: 'experimental',
  sections: [
    { id: 'opening', title: '开头', level: 0, purpose: '依据' },
    {
      id: 'problems',
      title: '存在的问题',
      level: 1,
      match: ['问题'],
      purpose: '查摆',
      aspects: [
        { id: 'study', title: '带头学习，坚定信念', match: ['学习'] },
        { id: 'duty', title: '带头担当作为', match: ['担当'] },
        { id: 'other', title: '其他事项', match: ['调查研究'], required: false },
      ],
    },
    { id: 'causes', title: '原因剖析', level: 1, match: ['原因'], purpose: '剖析' },
    { id: 'measures', title: '整改措施', level: 1, match: ['措施'], purpose: '措施' },
  ],
};
const INSPECTION_TEMPLATE = {
  id: 'inspection',
  docType: 'inspection',
  variant: '示例',
  status: 'experimental',
  sections: [{ id: 'item-by-item', title: '逐项整改情况', level: 1, match: ['逐项'], purpose: '逐项' }],
};
const withTemplate = { follows: 'example', templates: [EXAMPLE_TEMPLATE] };

export const examples: RuleExamples = {
  ok: [
    {
      name: 'every required section and aspect, in template order',
      options: withTemplate,
      source: '按照通知要求，现报告如下。\n\n一、存在的问题\n\n（一）在带头学习方面\n\n（二）在带头担当作为方面\n\n二、原因剖析\n\n三、整改措施\n',
    },
    {
      name: 'an aspect whose heading lost its marker is there: the numbering rule reports the marker, once',
      options: withTemplate,
      source: '按照通知要求，现报告如下。\n\n一、存在的问题\n\n（一）在带头学习方面，存在两个问题：\n\n一是学得少。二是学得浅。\n\n在带头担当作为方面，存在两个问题：\n\n一是怕担责。二是怕出错。\n\n（三）在调查研究方面，存在两个问题：\n\n一是不深入。二是不细致。\n\n二、原因剖析\n\n三、整改措施\n',
    },
  ],
  notOk: [
    {
      name: 'a missing section',
      options: withTemplate,
      source: '按照通知要求，现报告如下。\n\n一、存在的问题\n\n（一）在带头学习方面\n\n（二）在带头担当作为方面\n\n二、整改措施\n',
      messages: ['9:1-9:3: 缺少模板“example”要求的“原因剖析”部分：应在“二、整改措施”之前有一个一级标题，标题中含“原因”。'],
    },
    {
      name: 'sections out of order',
      options: withTemplate,
      source: '按照通知要求，现报告如下。\n\n一、存在的问题\n\n（一）在带头学习方面\n\n（二）在带头担当作为方面\n\n二、整改措施\n\n三、原因剖析\n',
      messages: ['9:1-9:3: “二、整改措施”（模板中的“整改措施”）顺序不对：按模板应排在“三、原因剖析”之后。'],
    },
    {
      name: 'a missing aspect and too few aspects',
      options: withTemplate,
      source: '按照通知要求，现报告如下。\n\n一、存在的问题\n\n（一）在带头学习方面\n\n二、原因剖析\n\n三、整改措施\n',
      messages: ['3:1-3:3: “一、存在的问题”之下缺少模板要求的方面“带头担当作为”：应有一个（一）级标题，标题中含“担当”；现有 1 个方面，模板要求 2 个。'],
    },
    {
      name: 'more aspects than the template lists',
      options: withTemplate,
      source: '按照通知要求，现报告如下。\n\n一、存在的问题\n\n（一）在带头学习方面\n\n（二）在带头担当作为方面\n\n（三）在调查研究方面\n\n（四）在其他方面\n\n二、原因剖析\n\n三、整改措施\n',
      messages: ['3:1-3:3: “一、存在的问题”之下有 4 个方面，多于模板“example”列出的 3 个：多出的方面应有依据（通知要求一并查摆的事项），否则并入相应方面。'],
    },
    {
      name: 'an inspection item without its own status paragraph',
      options: { follows: 'inspection', templates: [INSPECTION_TEMPLATE] },
      source: '一、逐项整改情况\n\n（一）关于理论学习\n\n1.学习不到位。\n\n整改情况：制定学习计划。\n\n目前，此项问题已整改完成。\n\n2.纪律执行不严。\n\n整改情况：修订请假制度，此项工作已经整改完毕。\n\n3.作风不实。\n\n制定了措施。\n',
      messages: ['11:1-11:3: “2.纪律执行不严”的整改状态“已经整改完毕”写在了“整改情况”段内：状态句应单独成段，如“目前，此项问题已整改完成。”。', '15:1-15:3: “3.作风不实”缺少“整改情况：”段落：每个问题之后应另起一段，以“整改情况：”开头写已经做了的事。'],
    },
    {
      name: 'an unknown template',
      path: 'content/exemplars/example.mdx',
      options: { templates: [EXAMPLE_TEMPLATE] },
      source: '---\ntitle: 材料\nexemplar:\n  follows: no-such-template\n---\n\n正文。\n',
      messages: ['4:3: 找不到 follows 所写的模板“no-such-template”：content/templates/ 中没有这个 id，可用的模板有 example。'],
    },
  ],
};

const parsedInline = new WeakMap<unknown[], Map<string, TemplateSpec>>();
function templatesOf(options: TemplateConformanceOptions): Map<string, TemplateSpec> {
  if (!options.templates) return loadTemplates(options.templatesDir);
  let map = parsedInline.get(options.templates);
  if (!map) {
    map = new Map(options.templates.map((t) => TemplateSpec.parse(t)).map((t) => [t.id, t]));
    parsedInline.set(options.templates, map);
  }
  return map;
}

/** First clause of a long aspect title, enough to recognise it. */
const shortTitle = (title: string) => title.split(/[，,]/)[0]!;
const keywords = (match: string[]) => `标题中含“${match.slice(0, 3).join('”或“')}”`;

// 巡察整改 reports: each problem (1. under a （一）) of the item-by-item section reads problem →
// “整改情况：” → a status sentence of its own (the template's mustContain for that section).
const ITEM_SECTION = 'item-by-item';
const STATUS = /(已|已经)?(整改完毕|整改完成|整改到位)|正在整改|长期坚持|阶段性成效/;

function checkItems(conformance: ReturnType<typeof checkConformance>, outline: ReturnType<ReturnType<typeof lintContext>['outline']>, file: unknown): void {
  const topId = [...conformance.mapping].find(([, t]) => t === ITEM_SECTION)?.[0];
  const top = outline.sections.find((s) => s.id === topId);
  if (!top) return;
  const items = top.children.flatMap((c) => (c.level === 3 ? [c] : c.children.filter((x) => x.level === 3)));
  for (const item of items) {
    const paragraphs = item.paragraphs;
    const progress = paragraphs.find((p) => p.label === '整改情况') ?? (/整改情况[：:]/.test(item.body) ? item : undefined);
    const place = { start: item.position.start, end: item.marker?.position.end ?? item.position.start };
    if (!progress) {
      report(file, { reason: `“${sectionLabel(item)}”缺少“整改情况：”段落：每个问题之后应另起一段，以“整改情况：”开头写已经做了的事。`, ...place });
      continue;
    }
    const statusAlone = paragraphs.some((p) => p !== progress && STATUS.test(p.text));
    if (statusAlone) continue;
    const text = progress.type === 'paragraph' ? progress.text : item.body;
    const inside = STATUS.exec(text);
    report(file, {
      reason: inside
        ? `“${sectionLabel(item)}”的整改状态“${inside[0]}”写在了“整改情况”段内：状态句应单独成段，如“目前，此项问题已整改完成。”。`
        : `“${sectionLabel(item)}”缺少整改状态：应在“整改情况”之后单独一段写明已整改完成、正在整改（写明时限）或需长期坚持。`,
      ...place,
    });
  }
}

const templateConformance = lintRule<Root, TemplateConformanceOptions>(
  { origin: 'jingjian:template-conformance', url: ruleUrl('template-conformance') },
  (tree, file, options = {}) => {
    const ctx = lintContext(tree, file);
    const meta = (ctx.frontmatter?.exemplar ?? {}) as { follows?: unknown; sectionMap?: unknown; docType?: unknown };
    const follows = typeof meta.follows === 'string' ? meta.follows : options.follows;
    if (!follows || (ctx.kind !== 'exemplar' && ctx.kind !== 'other')) return;
    const templates = templatesOf(options);
    const spec = templates.get(follows);
    if (!spec) {
      const loc = locateFrontmatterField(ctx.source, 'exemplar.follows');
      report(file, {
        reason: `找不到 follows 所写的模板“${follows}”：content/templates/ 中没有这个 id，可用的模板有 ${[...templates.keys()].join('、') || '（无）'}。`,
        start: loc ? { line: loc.line, column: loc.column } : { line: 1, column: 1 },
        actual: follows,
      });
      return;
    }
    if (typeof meta.docType === 'string' && meta.docType !== spec.docType) {
      const loc = locateFrontmatterField(ctx.source, 'exemplar.docType');
      report(file, {
        reason: `docType 写的是“${meta.docType}”，但所遵循的模板“${spec.id}”是“${spec.docType}”，两者应一致。`,
        start: loc ? { line: loc.line, column: loc.column } : { line: 1, column: 1 },
        actual: meta.docType,
        expected: spec.docType,
      });
    }
    const outline = ctx.outline();
    const sectionMap = meta.sectionMap && typeof meta.sectionMap === 'object' ? (meta.sectionMap as Record<string, string>) : {};
    const conformance = checkConformance(outline, spec, sectionMap);
    const sectionOf = (id: string | undefined) => (id ? (findNode(outline, id) as Section | undefined) : undefined);
    const place = (s: Section) => ({ start: s.position.start, end: s.marker?.position.end ?? s.position.start });
    const lastNode = outline.nodes[outline.nodes.length - 1];
    // At the start of the last paragraph, not its end: remark-message-control drops messages
    // that fall in the gap after the last node (a file that ends with a newline).
    const docEnd: Point = lastNode?.position.start ?? { line: 1, column: 1 };

    conformance.rows.forEach((row, i) => {
      const t = row.section;
      if (row.status === 'missing') {
        if (t.level === 0) {
          const first = outline.sections[0];
          report(file, { reason: `缺少开头：第一个一级标题之前应有一段${t.purpose ? `交代依据的文字（${t.title}）` : '开头'}。`, ...(first ? place(first) : { start: docEnd }) });
          return;
        }
        const next = conformance.rows.slice(i + 1).map((r) => sectionOf(r.nodeId)).find((s) => s && s.level === 1);
        report(file, {
          reason: `缺少模板“${spec.id}”要求的“${t.title}”部分：${next ? `应在“${sectionLabel(next)}”之前` : '应在文末'}有一个一级标题，${keywords(t.match)}。`,
          ...(next ? place(next) : { start: docEnd }),
          expected: t.title,
        });
      } else if (row.status === 'out-of-order') {
        const s = sectionOf(row.nodeId);
        if (!s) return;
        const index = outline.sections.indexOf(s);
        // Template-earlier sections that the document puts after this one.
        const after = conformance.rows
          .slice(0, i)
          .map((r) => sectionOf(r.nodeId))
          .filter((x): x is Section => !!x && x.level === 1 && outline.sections.indexOf(x) > index)
          .sort((a, b) => outline.sections.indexOf(b) - outline.sections.indexOf(a))[0];
        report(file, {
          reason: `“${sectionLabel(s)}”（模板中的“${t.title}”）顺序不对：按模板应排在“${after ? sectionLabel(after) : '前面的部分'}”之后。`,
          ...place(s),
        });
      }
    });

    checkItems(conformance, outline, file);

    for (const a of conformance.aspects) {
      const row = conformance.rows.find((r) => r.section.id === a.sectionId);
      const s = sectionOf(row?.nodeId);
      if (!s) continue;
      const count = `现有 ${a.found} 个方面，模板要求 ${a.expected} 个`;
      a.missing.forEach((m, k) => {
        const match = spec.sections.find((t) => t.id === a.sectionId)?.aspects?.find((x) => x.id === m.id)?.match ?? [];
        report(file, {
          reason: `“${sectionLabel(s)}”之下缺少模板要求的方面“${shortTitle(m.title)}”：应有一个（一）级标题，${keywords(match)}${k === 0 && a.found < a.expected ? `；${count}` : ''}。`,
          ...place(s),
          expected: m.title,
        });
      });
      if (!a.missing.length && a.found < a.expected) {
        report(file, { reason: `“${sectionLabel(s)}”之下${count}：每个方面设一个（一）级标题。`, ...place(s) });
      }
      if (a.found > a.listed) {
        report(file, {
          reason: `“${sectionLabel(s)}”之下有 ${a.found} 个方面，多于模板“${spec.id}”列出的 ${a.listed} 个：多出的方面应有依据（通知要求一并查摆的事项），否则并入相应方面。`,
          ...place(s),
        });
      }
    }
  },
);

export default templateConformance;
