// Remark plugin: a <Phrase> after a paragraph of an exemplar quotes a stretch of that
// paragraph. Rather than repeat the stretch in a box below, the phrase is marked where it
// stands: the quoted text is wrapped in an inline <Phrase inline> (underlined, its group shown
// on hover/focus and in the margin), and the box is removed. Runs after remarkOutline, so the
// document model (phrase bank, search, conformance) still sees the source as written.
// A phrase that cannot be found verbatim inside one text run keeps its box: nothing is dropped.

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
}
interface FileLike { path?: string }

const EXEMPLARS = /[\\/]content[\\/]exemplars[\\/]/;
const CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote']);

function textOf(node: MdNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Elements of a paragraph that holds only JSX elements (MDX unravels it to flow), else null. */
function jsxOnly(node: MdNode): MdNode[] | null {
  if (node.type !== 'paragraph' || !node.children?.length) return null;
  const elements = node.children.filter((c) => c.type === 'mdxJsxTextElement');
  const rest = node.children.filter((c) => c.type !== 'mdxJsxTextElement');
  return elements.length && rest.every((c) => c.type === 'text' && !c.value?.trim()) ? elements : null;
}

/** Wraps the first occurrence of `quote` in a text node under `node`; false when none holds it. */
function wrapIn(node: MdNode, quote: string, phrase: MdNode): boolean {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text') {
      const at = child.value!.indexOf(quote);
      if (at === -1) continue;
      const mark: MdNode = {
        type: 'mdxJsxTextElement',
        name: 'Phrase',
        attributes: [...(phrase.attributes ?? []), { type: 'mdxJsxAttribute', name: 'inline', value: null }],
        children: [{ type: 'text', value: quote }],
      };
      const before = child.value!.slice(0, at);
      const after = child.value!.slice(at + quote.length);
      const parts = [before && { type: 'text', value: before }, mark, after && { type: 'text', value: after }].filter(Boolean) as MdNode[];
      children.splice(i, 1, ...parts);
      return true;
    }
    // Never nest one phrase mark inside another.
    if (child.type === 'mdxJsxTextElement' && child.name === 'Phrase') continue;
    if (child.children && wrapIn(child, quote, phrase)) return true;
  }
  return false;
}

function markPhrases(parent: MdNode): void {
  let paragraph: MdNode | undefined;
  const kept: MdNode[] = [];
  for (const child of parent.children ?? []) {
    const unravelled = jsxOnly(child);
    const elements = unravelled ?? (child.type === 'mdxJsxFlowElement' ? [child] : null);
    if (elements) {
      const left = elements.filter((el) => !(el.name === 'Phrase' && paragraph && wrapIn(paragraph, textOf(el).trim(), el)));
      if (left.length === elements.length) kept.push(child);
      else if (left.length > 0) kept.push(unravelled ? { ...child, children: left } : child);
      continue;
    }
    if (child.type === 'paragraph' || child.type === 'heading') paragraph = child;
    else if (CONTAINERS.has(child.type)) markPhrases(child);
    kept.push(child);
  }
  parent.children = kept;
}

export function remarkPhraseMarks() {
  // The tree is mdast; MdNode names only the fields this plugin reads.
  return (tree: object, file: FileLike) => {
    if (!file.path || !EXEMPLARS.test(file.path)) return;
    markPhrases(tree as MdNode);
  };
}
