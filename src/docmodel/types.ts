// Types of the document model: the outline of a Chinese official document (公文).
// Every consumer (linter, pages, search, import, export) reads these, never the raw text.

/** 1-based line and column, 0-based offset, as in unist. */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}
export interface Span {
  start: Point;
  end: Point;
}

/** GB/T 9704-2012 §7.3.3 levels: 1 = 一、  2 = （一）  3 = 1.  4 = （1）. */
export type Level = 1 | 2 | 3 | 4;

/** A numbering marker found at the start of a block, as written. */
export interface Marker {
  level: Level;
  number: number;
  /** The marker exactly as written, e.g. "(四)" or "1、". */
  raw: string;
  /** The canonical form, e.g. "（四）" or "1.". */
  canonical: string;
  position: Span;
}

/** One item of a 一是/二是/三是 run inside a paragraph. */
export interface RunItem {
  number: number;
  raw: string;
  /** Offset of the item in the text of its block. */
  index: number;
  position: Span;
}

/** A JSX element (e.g. an annotation) written right after a block, attached to it. */
export interface Attachment {
  name: string;
  attributes: Record<string, string>;
  text: string;
  position: Span;
}

/** Smallest unit the model reads: a line of plain text, or a Markdown heading/paragraph. */
export interface Block {
  text: string;
  position: Span;
  /** Markdown heading depth when the block is a heading, else 0. */
  depth: number;
  /** Maps an offset in `text` to a source point. */
  locate: (index: number) => Point;
  attachments: Attachment[];
  /** The mdast node the block came from (Markdown input only). */
  node?: unknown;
}

export type DefectKind =
  | 'halfwidth-bracket' // (一) or (1) instead of （一） （1）
  | 'marker-punctuation' // 一， 1、 （一）、 instead of 一、 1. （一）
  | 'missing-number' // a number (or a whole heading) is missing
  | 'repeated-number'
  | 'out-of-order'
  | 'level-skipped' // 一、 followed directly by 1.
  | 'continued-numbering' // 1. 2. 3. under （一） then 4. under （二）
  | 'markdown-residue' // # or ** left in plain text
  | 'run-missing' // 一是 … 三是 without 二是
  | 'run-repeated'
  | 'run-out-of-order'
  | 'run-incomplete' // 一是 alone
  // Judgements, never fixed: a paragraph built like the numbered items around it, without a number.
  | 'lost-marker' // a （二） paragraph written without "（二）"
  | 'run-lost'; // a 二是 paragraph written without "二是"

export interface Defect {
  kind: DefectKind;
  /**
   * For lost-marker and run-lost: the numbers around the paragraph skip (（一）…（三）) or start
   * again, so a number is certainly missing and only the paragraph is a guess (an error of
   * numbering); without it the paragraph is the only evidence (a warning of lost-markers).
   */
  inGap?: boolean;
  /** What is wrong, in Chinese, for readers. */
  message: string;
  /** What was found, e.g. "(四)". */
  actual?: string;
  /** What is expected, e.g. "（四）"; a safe fix when `fixable`. */
  expected?: string;
  /** True when replacing `actual` by `expected` at `position` is a safe fix. */
  fixable: boolean;
  position: Span;
}

export interface Paragraph {
  type: 'paragraph';
  /** Stable anchor id, e.g. "s3-1-p2" (second paragraph of 三、（一）), "p1" in the opening. */
  id: string;
  text: string;
  /** A run-in label such as 整改情况 in "整改情况：……". */
  label?: string;
  runs: RunItem[];
  position: Span;
  block: Block;
  /** Id of the enclosing section, null in the opening (preamble). */
  sectionId: string | null;
}

export interface Section {
  type: 'section';
  /** Stable anchor id from the ordinal path, e.g. "s3-1" for the first （一） under 三、. */
  id: string;
  level: Level;
  /** Number as written (or inferred); 0 for an unnumbered Markdown heading. */
  number: number;
  marker: Marker | null;
  /** True when the heading is missing from the source and the model inferred it. */
  inferred: boolean;
  /** Heading text without marker or trailing punctuation. */
  title: string;
  /** True when the title is the first sentence of a paragraph that goes on (（一）思想锤炼不够。…). */
  runIn: boolean;
  /** Text after a run-in title. */
  body: string;
  runs: RunItem[];
  position: Span;
  block: Block | null;
  parentId: string | null;
  children: Section[];
  paragraphs: Paragraph[];
}

export type OutlineNode = Section | Paragraph;

export interface Outline {
  title?: string;
  titlePosition?: Span;
  /** Paragraphs before the first section (the opening). */
  preamble: Paragraph[];
  /** Top-level sections. */
  sections: Section[];
  /** Every section and paragraph in document order. */
  nodes: OutlineNode[];
  defects: Defect[];
}
