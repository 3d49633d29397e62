// The reader-facing text of a file as blocks (a paragraph, heading, table cell, an attribute
// value of a content component, a frontmatter field), each with a map back to source offsets.
// The text rules (punctuation, placeholders, de-identification, wording) read these blocks and
// never the raw source, so code, expressions and JSX syntax are never taken for prose.
import { isMap, isScalar, type Document, type Node as YamlNode } from 'yaml';
import { pointLocator, type Point } from '../docmodel/index.ts';

export interface Segment {
  /** Index of the segment's first character in the block text. */
  index: number;
  length: number;
  /** Source offset of that character. */
  offset: number;
  /** True when the segment is copied verbatim from the source (no escapes or entities). */
  exact: boolean;
}

export interface TextBlock {
  text: string;
  where: 'body' | 'attribute' | 'frontmatter';
  /** Names of the content components around the block, innermost last. */
  components: string[];
  /** Attribute name (`was`, `now` …) or frontmatter path (`title`, `exemplar.source`). */
  field?: string;
  /** Kind of the enclosing Annotation (`correction`, `deid` …), if any. */
  annotationKind?: string;
  segments: Segment[];
}

/** Stands for inline code, expressions and other non-text inline content inside a block. */
export const OBJECT = '\uFFFC';

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: { start: { offset?: number }; end: { offset?: number } } }>;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const INLINE_OBJECTS = new Set(['inlineCode', 'mdxTextExpression', 'image', 'imageReference', 'footnoteReference', 'html', 'leafDirective']);
const SKIPPED = new Set(['code', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'html', 'definition']);

function isJsx(n: MdNode): boolean {
  return n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
}

function jsxOnlyParagraph(n: MdNode): boolean {
  if (n.type !== 'paragraph' || !n.children?.length) return false;
  return n.children.some(isJsx) && n.children.every((c) => isJsx(c) || (c.type === 'text' && !c.value?.trim()));
}

class BlockBuilder {
  text = '';
  segments: Segment[] = [];
  source: string;
  constructor(source: string) {
    this.source = source;
  }
  addText(node: MdNode): void {
    const value = node.value ?? '';
    if (!value) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined) {
      this.text += value;
      return;
    }
    const exact = end !== undefined && end - start === value.length && this.source.startsWith(value, start);
    this.segments.push({ index: this.text.length, length: value.length, offset: start, exact });
    this.text += value;
  }
  /**
   * `比如:是否` parses as a text directive named 是否 (the site's parser does the same and the
   * words vanish from the page), so its source text is kept for the rules to see the colon.
   */
  addDirective(node: MdNode): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return this.addObject();
    this.addText({ type: 'text', value: this.source.slice(start, end), position: node.position });
  }
  addObject(): void {
    this.text += OBJECT;
  }
}

function attributeBlocks(node: MdNode, source: string, components: string[], annotationKind: string | undefined, out: TextBlock[]): void {
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !attr.value || !attr.name) continue;
    const start = attr.position?.start.offset;
    const end = attr.position?.end.offset;
    let segment: Segment | undefined;
    if (start !== undefined && end !== undefined) {
      const raw = source.slice(start, end);
      const eq = raw.indexOf('=');
      const quote = raw.slice(eq + 1).search(/["']/);
      const valueStart = start + eq + 1 + quote + 1;
      segment = { index: 0, length: attr.value.length, offset: valueStart, exact: source.startsWith(attr.value, valueStart) };
    }
    out.push({
      text: attr.value,
      where: 'attribute',
      components,
      field: attr.name,
      ...(annotationKind ? { annotationKind } : {}),
      segments: segment ? [segment] : [],
    });
  }
}

function annotationKindOf(node: MdNode): string | undefined {
  if (node.name !== 'Annotation') return undefined;
  const kind = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind')?.value;
  return typeof kind === 'string' ? kind : undefined;
}

/** Text blocks of the body of an mdast tree, in document order. */
export function bodyBlocks(tree: unknown, source: string): TextBlock[] {
  const out: TextBlock[] = [];
  const phrasing = (node: MdNode, b: BlockBuilder) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') b.addText(child);
      else if (child.type === 'break') b.text += '\n';
      else if (child.type === 'textDirective') b.addDirective(child);
      else if (INLINE_OBJECTS.has(child.type)) b.addObject();
      else if (child.children) phrasing(child, b);
    }
  };
  const flush = (b: BlockBuilder, components: string[], annotationKind: string | undefined) => {
    if (b.text.trim()) out.push({ text: b.text, where: 'body', components, ...(annotationKind ? { annotationKind } : {}), segments: b.segments });
  };
  // Iterative walk: deeply nested hostile input must not overflow the call stack here.
  const stack: Array<{ node: MdNode; components: string[]; annotationKind: string | undefined }> = [{ node: tree as MdNode, components: [], annotationKind: undefined }];
  while (stack.length) {
    const { node, components, annotationKind } = stack.pop()!;
    const pending: typeof stack = [];
    for (const child of node.children ?? []) {
      if (SKIPPED.has(child.type)) continue;
      if (isJsx(child)) {
        const name = child.name ?? '';
        const kind = annotationKindOf(child) ?? annotationKind;
        const inner = [...components, name];
        attributeBlocks(child, source, inner, kind, out);
        if (child.type === 'mdxJsxTextElement') {
          const b = new BlockBuilder(source);
          phrasing(child, b);
          flush(b, inner, kind);
        } else pending.push({ node: child, components: inner, annotationKind: kind });
      } else if (jsxOnlyParagraph(child)) {
        pending.push({ node: child, components, annotationKind });
      } else if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell') {
        const b = new BlockBuilder(source);
        phrasing(child, b);
        // Inline components inside a sentence still carry attributes worth checking.
        collectInlineAttributes(child, source, components, annotationKind, out);
        flush(b, components, annotationKind);
      } else if (child.children) {
        pending.push({ node: child, components, annotationKind });
      }
    }
    // Reverse so that blocks come out in document order.
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]!);
  }
  out.sort((a, b) => (a.segments[0]?.offset ?? 0) - (b.segments[0]?.offset ?? 0));
  return out;
}

function collectInlineAttributes(node: MdNode, source: string, components: string[], annotationKind: string | undefined, out: TextBlock[]): void {
  for (const child of node.children ?? []) {
    if (isJsx(child)) attributeBlocks(child, source, [...components, child.name ?? ''], annotationKindOf(child) ?? annotationKind, out);
    if (child.children) collectInlineAttributes(child, source, components, annotationKind, out);
  }
}

/** Reader-facing frontmatter fields, as blocks with source positions. */
export const FRONTMATTER_TEXT_FIELDS = ['title', 'description', 'exemplar.source', 'exemplar.theme'];

export function frontmatterBlocks(yamlNode: { value?: string; position?: { start: { offset?: number } } } | undefined, doc: Document, source: string): TextBlock[] {
  if (!yamlNode?.value || yamlNode.position?.start.offset === undefined) return [];
  const base = source.indexOf(yamlNode.value, yamlNode.position.start.offset);
  if (base === -1) return [];
  const out: TextBlock[] = [];
  for (const path of FRONTMATTER_TEXT_FIELDS) {
    let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
    for (const key of path.split('.')) {
      if (!isMap(node)) {
        node = undefined;
        break;
      }
      node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value as YamlNode | undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    const offset = base + node.range[0];
    const exact = source.startsWith(node.value, offset);
    out.push({ text: node.value, where: 'frontmatter', components: [], field: path, segments: [{ index: 0, length: node.value.length, offset, exact }] });
  }
  return out;
}

/** Source offset of a text index, when the text there is verbatim source; else undefined. */
export function exactOffset(block: TextBlock, index: number, length = 1): number | undefined {
  for (const s of block.segments) {
    if (index >= s.index && index + length <= s.index + s.length) return s.exact ? s.offset + (index - s.index) : undefined;
  }
  return undefined;
}

/** Best source point for a text index (the segment start when the text is not verbatim). */
export function locateIn(block: TextBlock, index: number, toPoint: (offset: number) => Point): Point {
  let seg = block.segments[0];
  for (const s of block.segments) {
    if (s.index <= index) seg = s;
    else break;
  }
  if (!seg) return { line: 1, column: 1 };
  const delta = Math.min(index - seg.index, seg.exact ? Number.POSITIVE_INFINITY : 0);
  return toPoint(seg.offset + Math.max(0, delta));
}

export { pointLocator };
