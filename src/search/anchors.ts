// Anchor ids for what a reader sees on a content page besides the outline's paragraphs and
// headings: annotations, 可用/慎用 boxes, example (code) blocks, tables, and the items of a
// template's section requirements. The remark plugin (src/integrations/remark-reader-anchors.ts)
// writes these ids into the page and the search index (records.ts) links hits to them; both call
// the functions here on the same mdast tree, so a link cannot point at an id the page lacks.
import { toString } from 'mdast-util-to-string';

/** Minimal structural view of mdast (and the MDX JSX nodes), as in src/docmodel/blocks.ts. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { offset?: number } };
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

export type ReaderBlockKind = 'note' | 'do' | 'dont' | 'example' | 'table';

/** A block a reader sees that the outline does not model, with the id the page gives it. */
export interface ReaderBlock {
  id: string;
  kind: ReaderBlockKind;
  /** Its text, one entry per line/paragraph/cell, so no phrase matches across two of them. */
  units: string[];
  /** Source offset, to order it among the outline's blocks. */
  offset: number;
  node: MdNode;
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const JSX_KIND: Record<string, ReaderBlockKind> = { Annotation: 'note', Do: 'do', Dont: 'dont' };

function attribute(node: MdNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The text units of a block, as the page renders them. */
function unitsOf(kind: ReaderBlockKind, node: MdNode): string[] {
  if (kind === 'example') return lines(node.value ?? '');
  if (kind === 'table') return (node.children ?? []).flatMap((row) => (row.children ?? []).map((cell) => toString(cell).trim())).filter(Boolean);
  const body = (node.children ?? []).flatMap((c) => lines(toString(c)));
  const extra = ['label', 'title', 'was', 'now'].map((a) => attribute(node, a) ?? '').filter(Boolean);
  return [...extra, ...body];
}

/** Every reader block of a page in document order, numbered per kind: note-1, do-1, example-2 … */
export function readerBlocks(tree: MdNode): ReaderBlock[] {
  const out: ReaderBlock[] = [];
  const counts: Partial<Record<ReaderBlockKind, number>> = {};
  const visit = (node: MdNode) => {
    let kind: ReaderBlockKind | undefined;
    if (JSX.has(node.type) && node.name) kind = JSX_KIND[node.name];
    else if (node.type === 'code') kind = 'example';
    else if (node.type === 'table') kind = 'table';
    if (kind) {
      counts[kind] = (counts[kind] ?? 0) + 1;
      out.push({ id: `${kind}-${counts[kind]}`, kind, units: unitsOf(kind, node), offset: node.position?.start.offset ?? 0, node });
    }
    // Annotations inside a 可用 box are rare but possible: look inside every block.
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/** The lists of a template section's requirements, as TemplateOutline renders them. */
export const TEMPLATE_LISTS = ['mustContain', 'aspects', 'good', 'weak', 'mistakes'] as const;
export type TemplateList = (typeof TEMPLATE_LISTS)[number];

/** Id of the box with a template's source of its aspects (TemplateSource, 方面的出处). */
export const TEMPLATE_SOURCE_ID = 'template-source';

/** The lines of a template's source as TemplateSource shows them: publisher, quotation, note. */
export function templateSourceLines(source: { publisher: string; quote: string; note?: string | undefined }): string[] {
  return [`${source.publisher}：`, `“${source.quote}”`, ...(source.note ? [source.note] : [])];
}

/** Id of a template section's block (its title, purpose, numbering, length). */
export const templateSectionId = (sectionId: string): string => `t-${sectionId}`;

/** Id of one item of a template section's requirements, e.g. t-causes-weak-2. */
export function templateItemId(sectionId: string, list: TemplateList, index: number): string {
  const short: Record<TemplateList, string> = { mustContain: 'must', aspects: 'aspect', good: 'good', weak: 'weak', mistakes: 'mistake' };
  return `t-${sectionId}-${short[list]}-${index + 1}`;
}
