// Which text the writing rules (punctuation, placeholders, wording) read, and which parts of it
// are mentions rather than use. A 慎用 example (<Dont>) is weak on purpose, an annotation's
// `was` holds the original as it was, and commentary (annotations, templates, guidance) quotes
// wrong forms in “…” to talk about them: none of that is the contributor's own writing.
import type { LintContext } from './context.ts';
import type { TextBlock } from './text.ts';

/** Attributes that hold reader-facing prose written by the contributor. */
const PROSE_ATTRIBUTES = new Set(['now', 'label', 'title']);

export interface ProseBlock {
  block: TextBlock;
  /** True where the text is a quoted mention (inside “…” in commentary): skip character checks. */
  mention: (index: number) => boolean;
  /** Annotation, template or guidance text rather than the document itself. */
  commentary: boolean;
}

const never = (_index: number) => false;

/** Outermost “…” spans of a text, as [start, end) pairs of their inner text. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (c === '”' && depth > 0) {
      depth--;
      if (depth === 0) spans.push([start, i]);
    }
  }
  return spans;
}

export function proseBlocks(ctx: LintContext): ProseBlock[] {
  const out: ProseBlock[] = [];
  for (const block of ctx.texts()) {
    if (block.where === 'frontmatter') continue;
    if (block.components.includes('Dont')) continue;
    if (block.where === 'attribute' && !PROSE_ATTRIBUTES.has(block.field ?? '')) continue;
    const commentary = ctx.kind === 'template' || ctx.kind === 'guidance' || block.components.includes('Annotation');
    let mention: (index: number) => boolean = never;
    if (commentary) {
      const spans = quotedSpans(block.text);
      if (spans.length) mention = (i) => spans.some(([s, e]) => i >= s && i < e);
    }
    out.push({ block, mention, commentary });
  }
  return out;
}

