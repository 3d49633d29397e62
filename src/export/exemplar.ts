// What an exemplar's Word file carries besides its text: each annotation as a Word comment on
// the paragraph it explains, so the drafter reads the exemplar as on the site.
import type { Outline } from '../docmodel/index.ts';
import { ANNOTATION_KINDS, type AnnotationKind } from '../user-components/index.ts';
import type { ExportInput } from './docx.ts';

export function exemplarComments(outline: Outline): Map<string, string[][]> {
  const comments = new Map<string, string[][]>();
  for (const node of outline.nodes) {
    const notes: string[][] = [];
    for (const a of node.block?.attachments ?? []) {
      if (a.name !== 'Annotation') continue;
      const kind = ANNOTATION_KINDS[a.attributes.kind as AnnotationKind] ?? a.attributes.kind ?? '批注';
      const head = `【${kind}${a.attributes.label ? `·${a.attributes.label}` : ''}】`;
      const change = a.attributes.was !== undefined || a.attributes.now !== undefined ? `原文“${a.attributes.was || '（无）'}”→ 现作“${a.attributes.now || '（删去）'}”。` : '';
      notes.push([head + change + a.text]);
    }
    if (notes.length) comments.set(node.id, notes);
  }
  return comments;
}

export function exemplarExport(title: string, outline: Outline, description?: string): ExportInput {
  const comments = exemplarComments(outline);
  comments.set('title', [[`本文件由镜鉴范例“${title}”导出，供起草时参照。批注是范例页面上的解读（对应模板、写法、订正、脱敏），引用前请删除批注，并把“×”换成本单位的实际内容。`]]);
  return { title, outline, comments, ...(description ? { description } : {}) };
}
