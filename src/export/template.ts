// A template's Word file: the template's full-text skeleton (the ```text block with 【】 slots
// in its page) read by the document model, or, for a template without one, a skeleton built
// from its sections. Each section's requirements from the template data become a Word comment
// on its heading, and the slots are highlighted; the drafter replaces slots and deletes notes.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { parseText, type Outline } from '../docmodel/index.ts';
import { checkConformance } from '../docmodel/conformance.ts';
import type { TemplateSection, TemplateSpec } from '../schemas/content.ts';
import type { ExportInput } from './docx.ts';
import { wordSkeletonOutline } from './template-skeleton.ts';
import { skeletonFromSpec } from './skeleton-text.ts';

/** The longest code block of the page body with 【】 slots and numbered sections: the skeleton. */
export function skeletonOf(body: string): string | undefined {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  let best: string | undefined;
  visit(tree, 'code', (node: { value: string }) => {
    if (!node.value.includes('【')) return;
    if (!parseText(node.value).sections.length) return;
    if (!best || node.value.length > best.length) best = node.value;
  });
  return best;
}

/** A list of requirements as one sentence: items joined by 分号, one full stop at the end. */
const sentence = (items: string[]) => `${items.map((i) => i.trim().replace(/[。；，、\s]+$/, '')).join('；')}。`;

/** The requirements of a template section, one comment paragraph each. */
export function guidanceOf(t: TemplateSection): string[] {
  const out = [`【${t.title}${t.required ? '' : '（可选）'}】${sentence([t.purpose])}`];
  if (t.mustContain.length) out.push(`必须包含：${sentence(t.mustContain)}`);
  if (t.numbering) out.push(`编号：${sentence([t.numbering])}`);
  if (t.length) out.push(`篇幅：${sentence([t.length])}`);
  if (t.mistakes.length) out.push(`常见错误：${sentence(t.mistakes)}`);
  return out;
}

export function templateExport(spec: TemplateSpec, pageTitle: string, body: string): ExportInput {
  return skeletonExport(spec, pageTitle, skeletonOf(body) ?? skeletonFromSpec(spec, `【单位名称】${pageTitle}`));
}

/**
 * A skeleton's Word file with the template's guidance as comments (templates, and 起草 on the
 * check page): the skeleton made ready to fill (template-skeleton.ts), then commented.
 */
export function skeletonExport(spec: TemplateSpec, pageTitle: string, skeleton: string): ExportInput {
  const outline: Outline = wordSkeletonOutline(parseText(skeleton), spec);
  const title = outline.title ?? pageTitle;
  const comments = new Map<string, string[][]>();
  comments.set('title', [
    [
      `本文件由镜鉴模板“${pageTitle}”生成，是起草底稿。黄色标出的【】是要换成本单位内容的槽位，批注是各部分的写作要求。`,
      '定稿前删除全部批注，并确认没有遗留【】；标题、层次和字体已按 GB/T 9704-2012 设置。',
    ],
  ]);
  const conformance = checkConformance(outline, spec);
  const opening = spec.sections.find((t) => t.level === 0);
  const first = outline.preamble[0];
  if (opening && first) comments.set(first.id, [guidanceOf(opening)]);
  for (const s of outline.sections) {
    const t = spec.sections.find((x) => x.id === conformance.mapping.get(s.id));
    if (t) comments.set(s.id, [guidanceOf(t)]);
  }
  for (const a of conformance.aspects) {
    for (const c of a.covered) comments.set(c.nodeId, [[`【方面】${c.aspect.title}：按通知原文写这一方面的标题，其下分三条写问题判断、表现和事例，条目以“一是”“二是”“三是”起句。`]]);
  }
  return { title, name: pageTitle, outline, comments, highlightSlots: true, description: `${spec.variant}（镜鉴模板）` };
}
