// What the check page writes, loaded into the worker on first use: the corrected draft as a
// GB/T 9704 .docx (the site's exporter), the 起草 skeleton as .docx with the template's guidance
// as comments, and the importer's exemplar MDX draft for "submit as exemplar".
import { parseText } from '../../docmodel/index.ts';
import { buildDocx } from '../../export/docx.ts';
import { skeletonExport } from '../../export/template.ts';
import { exemplarDraft } from '../../import/read.ts';
import type { TemplateSpec } from '../../schemas/content.ts';
import type { MdxDraft } from './protocol.ts';

export function draftDocx(text: string): Promise<Uint8Array> {
  const outline = parseText(text);
  return buildDocx({ title: outline.title ?? '', outline, description: '镜鉴自查页面导出' });
}

export function skeletonDocx(spec: TemplateSpec, skeleton: string): Promise<Uint8Array> {
  return buildDocx(skeletonExport(spec, spec.variant, skeleton));
}

export function exemplarMdx(text: string, specs: TemplateSpec[]): MdxDraft {
  const { doc, meta, mdx } = exemplarDraft({ format: 'text', outline: parseText(text), text, warnings: [] }, specs);
  const replacements = [...doc.titleReplacements, ...doc.blocks.flatMap((b) => b.replacements)].map((r) => `${r.text} → ${r.replacement}`);
  return { mdx, fileName: `${meta.exemplar.docType}-${meta.exemplar.year}-draft.mdx`, replacements: [...new Set(replacements)], guesses: meta.guesses };
}
