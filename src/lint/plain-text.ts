// A parser for plain-text documents (.txt, e.g. a seed or a file before import): one paragraph
// per non-empty line, as the document model reads plain text, with exact positions, so every
// rule sees a .txt file as it would see the same text imported as one paragraph per line.
import type { Root } from 'mdast';
import { pointLocator } from '../docmodel/index.ts';

export function plainTextTree(source: string): Root {
  const toPoint = pointLocator(source);
  // Marked so that the rules read the outline with the document model's plain-text reading
  // (parseText: titles, Markdown residue such as **一、…**), as the importer and check page do.
  const root: Root = { type: 'root', children: [], position: { start: toPoint(0), end: toPoint(source.length) }, data: { plainText: true } as Root['data'] };
  for (const m of source.matchAll(/[^\r\n]+/g)) {
    const lead = /^[\s\u3000\ufeff]*/.exec(m[0])![0].length;
    const value = m[0].slice(lead).trimEnd();
    if (!value) continue;
    const start = toPoint(m.index + lead);
    const end = toPoint(m.index + lead + value.length);
    root.children.push({ type: 'paragraph', children: [{ type: 'text', value, position: { start, end } }], position: { start, end } });
  }
  return root;
}

/** unified plugin: parse the file as plain text. */
export function remarkPlainText(this: { parser?: unknown }): void {
  this.parser = (doc: string) => plainTextTree(doc);
}
