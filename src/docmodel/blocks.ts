// Turns a source (plain text, or an mdast tree from Markdown/MDX) into blocks: the text of
// each heading or paragraph with a map back to source positions. The outline is built from
// blocks alone, so plain text and Markdown are read by the same rules.
import type { Attachment, Block, Defect, Point } from './types.ts';

/** Converts 0-based offsets of one source to unist points. */
export function pointLocator(source: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
}

/** A run of block text copied verbatim from the source at `offset`. */
interface Segment {
  index: number;
  offset: number;
}

function makeBlock(text: string, segments: Segment[], toPoint: (o: number) => Point, depth: number, node?: unknown): Block {
  const locate = (index: number): Point => {
    let seg = segments[0] ?? { index: 0, offset: 0 };
    for (const s of segments) {
      if (s.index <= index) seg = s;
      else break;
    }
    return toPoint(seg.offset + (index - seg.index));
  };
  return {
    text,
    depth,
    locate,
    position: { start: locate(0), end: locate(text.length) },
    attachments: [],
    node,
  };
}

const LEADING_SPACE = /^[\s\u3000\u00a0\ufeff]+/;

/** Splits plain text into one block per non-empty line; strips and reports Markdown residue. */
export function blocksFromText(source: string): { blocks: Block[]; defects: Defect[] } {
  const toPoint = pointLocator(source);
  const blocks: Block[] = [];
  const defects: Defect[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(source)) && m[0] !== '') {
    const lineStart = m.index;
    let line = m[0].replace(/[\r\n]+$/, '');
    const lead = LEADING_SPACE.exec(line)?.[0].length ?? 0;
    line = line.slice(lead).trimEnd();
    if (!line) continue;
    let offset = lineStart + lead;
    let depth = 0;
    const hashes = /^(#{1,6})[ \t]+/.exec(line);
    if (hashes) {
      depth = hashes[1]!.length;
      defects.push({
        kind: 'markdown-residue',
        message: `行首残留 Markdown 标题符号“${hashes[1]}”，纯文本中应删除。`,
        actual: hashes[0],
        expected: '',
        fixable: true,
        position: { start: toPoint(offset), end: toPoint(offset + hashes[0].length) },
      });
      line = line.slice(hashes[0].length);
      offset += hashes[0].length;
    }
    // Remove **bold** markers, keeping a segment map so positions stay exact.
    const segments: Segment[] = [];
    let text = '';
    let last = 0;
    const boldRe = /\*\*/g;
    let b: RegExpExecArray | null;
    while ((b = boldRe.exec(line))) {
      segments.push({ index: text.length, offset: offset + last });
      text += line.slice(last, b.index);
      defects.push({
        kind: 'markdown-residue',
        message: '残留 Markdown 加粗符号“**”，纯文本中应删除。',
        actual: '**',
        expected: '',
        fixable: true,
        position: { start: toPoint(offset + b.index), end: toPoint(offset + b.index + 2) },
      });
      last = b.index + 2;
    }
    segments.push({ index: text.length, offset: offset + last });
    text += line.slice(last);
    if (text.trim()) blocks.push(makeBlock(text, segments, toPoint, depth));
  }
  return { blocks, defects };
}

// Minimal structural view of mdast, so this module needs no @types/mdast import.
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function collectText(node: MdNode, out: { text: string; segments: Segment[]; source?: string }): void {
  // `整改情况:针对……` parses as a text directive named 针对…… where remark-directive is on (the
  // linter, the site): the words are still the author's, so the model reads them as written.
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (node.type === 'textDirective' && out.source !== undefined && from !== undefined && to !== undefined) {
    out.segments.push({ index: out.text.length, offset: from });
    out.text += out.source.slice(from, to);
    return;
  }
  if (node.type === 'text' || node.type === 'inlineCode') {
    const offset = node.position?.start.offset;
    if (offset !== undefined) out.segments.push({ index: out.text.length, offset: node.type === 'inlineCode' ? offset + 1 : offset });
    out.text += node.value ?? '';
    return;
  }
  if (node.type === 'break') {
    out.text += '\n';
    return;
  }
  // Expressions and ESM carry code, not document text.
  if (node.type.startsWith('mdxjs') || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return;
  for (const child of node.children ?? []) collectText(child, out);
}

function plainText(node: MdNode): string {
  const out = { text: '', segments: [] };
  collectText(node, out);
  return out.text;
}

function attachmentOf(node: MdNode, toPoint: (o: number) => Point): Attachment {
  const attributes: Record<string, string> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxAttribute' && attr.name && typeof attr.value === 'string') attributes[attr.name] = attr.value;
  }
  return {
    name: node.name ?? '',
    attributes,
    text: plainText(node).trim(),
    position: { start: toPoint(node.position?.start.offset ?? 0), end: toPoint(node.position?.end.offset ?? 0) },
  };
}

/**
 * A paragraph holding only JSX elements (e.g. `<Annotation>…</Annotation>` on one line) is a
 * flow element in disguise; MDX's compiler unravels it the same way.
 */
function jsxOnly(node: MdNode): MdNode[] | null {
  if (node.type !== 'paragraph' || !node.children?.length) return null;
  const elements = node.children.filter((c) => c.type === 'mdxJsxTextElement');
  const rest = node.children.filter((c) => c.type !== 'mdxJsxTextElement');
  return elements.length && rest.every((c) => c.type === 'text' && !c.value?.trim()) ? elements : null;
}

/** Blocks of an mdast tree: headings and paragraphs, with JSX elements after them attached. */
export function blocksFromMdast(tree: MdNode, source: string): Block[] {
  const toPoint = pointLocator(source);
  const blocks: Block[] = [];
  const visit = (node: MdNode) => {
    for (const child of node.children ?? []) {
      const unravelled = jsxOnly(child);
      if (unravelled) {
        const prev = blocks[blocks.length - 1];
        if (prev) prev.attachments.push(...unravelled.map((el) => attachmentOf(el, toPoint)));
        continue;
      }
      if (child.type === 'heading' || child.type === 'paragraph') {
        const out = { text: '', segments: [] as Segment[], source };
        collectText(child, out);
        const lead = LEADING_SPACE.exec(out.text)?.[0].length ?? 0;
        if (!out.text.trim()) continue;
        const text = out.text.slice(lead).trimEnd() /* not /\s+$/: quadratic on long inner runs of spaces */;
        const segments = out.segments.map((s) => ({ index: s.index - lead, offset: s.offset }));
        // Keep the first segment at index 0 so leading-space trimming does not shift positions.
        if (segments[0] && segments[0].index < 0) segments[0] = { index: 0, offset: segments[0].offset + lead };
        blocks.push(makeBlock(text, segments, toPoint, child.type === 'heading' ? (child.depth ?? 1) : 0, child));
      } else if (child.type === 'mdxJsxFlowElement') {
        const prev = blocks[blocks.length - 1];
        if (prev) prev.attachments.push(attachmentOf(child, toPoint));
      } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') {
        visit(child);
      }
    }
  };
  visit(tree);
  return blocks;
}
