// Writes an imported document as exemplar MDX in the content conventions: frontmatter, one
// paragraph per block, numbered lines as written (no Markdown heading syntax), and after a
// block the annotations for what the importer changed in it (corrections, de-identification).
import { stringify as stringifyYaml } from 'yaml';
import { IDENTIFIER_LABELS, type IdentifyingName } from '../text/identifying-names.ts';
import { TABLE_ROW } from './docx.ts';
import type { InferredMeta } from './meta.ts';
import type { NormalisedDocument } from './normalise.ts';

const FULL_WIDTH: Record<string, string> = { '{': '｛', '}': '｝', '<': '＜', '>': '＞' };

/** Text safe in an MDX paragraph: no JSX or expression syntax, no accidental Markdown. */
export function escapeMdxText(text: string): string {
  let out = text.replace(/[{}<>]/g, (c) => FULL_WIDTH[c]!).replace(/([\\`*_[\]&])/g, '\\$1');
  // A line that Markdown would read as a list item, quote, heading or rule.
  if (/^([-+]\s|#|=+$|-{3,}$|\d+[.)]\s)/.test(out)) out = '\\' + out;
  return out;
}

const cellCount = (row: string) => row.split('|').length - 2;
/** A table row: the cells escaped as text, the pipes between them kept. */
const escapeTableRow = (row: string) => `| ${row.slice(1, -1).split('|').map((c) => escapeMdxText(c.trim()) || ' ').join(' | ')} |`;

/** A JSX attribute value: straight double quotes would end it. */
const attribute = (s: string) => s.replace(/"/g, '”').replace(/[{}<>]/g, (c) => FULL_WIDTH[c]!);

function deidAnnotation(replacements: IdentifyingName[]): string {
  const kinds = [...new Set(replacements.map((r) => IDENTIFIER_LABELS[r.kind]))];
  const now = [...new Set(replacements.map((r) => r.replacement))].join('、');
  return `<Annotation kind="deid" was="（原文为${attribute(kinds.join('、'))}）" now="${attribute(now)}">导入时把本段${replacements.length}处可识别的名称换成了“×”形式，请核对有无遗漏。</Annotation>`;
}

export function writeExemplarMdx(doc: NormalisedDocument, meta: InferredMeta): string {
  const front = stringifyYaml({ title: meta.title, exemplar: meta.exemplar }, { lineWidth: 0 }).trimEnd();
  const parts: string[] = [`---\n${front}\n---`];
  let tableOpen = false;
  for (const block of doc.blocks) {
    // Rows of a table from Word (| a | b |) stay together, with the header's delimiter row.
    const row = TABLE_ROW.test(block.text);
    if (row && tableOpen) parts[parts.length - 1] += `\n${escapeTableRow(block.text)}`;
    else if (row) parts.push(`${escapeTableRow(block.text)}\n|${' --- |'.repeat(cellCount(block.text))}`);
    else parts.push(escapeMdxText(block.text));
    tableOpen = row && !block.corrections.length && !block.replacements.length;
    for (const c of block.corrections) {
      parts.push(`<Annotation kind="correction" was="${attribute(c.was)}" now="${attribute(c.now)}">${escapeMdxText(c.reason)}</Annotation>`);
    }
    if (block.replacements.length) parts.push(deidAnnotation(block.replacements));
  }
  return parts.join('\n\n') + '\n';
}
