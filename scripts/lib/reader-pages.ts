// What a reader reads on the site's own content pages (exemplars with their annotations,
// templates, guidance), taken from the built HTML, not from the search index's records: the
// benchmark's ground truth for those pages, and the pages stock Pagefind indexes beside the
// synthetic ones. Page chrome is left out (labels such as “订正” or “✓ 可用”, heading anchor
// links, buttons, download links, the exemplar's metadata box, the annotation switches); each
// block and each part of an annotation is its own line, so no query matches across two of them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';

/** Chrome inside the content area: not text of the document. */
const CHROME = [
  'script', 'style', 'button', '.sr-only', '.sl-anchor-link', '.jj-meta', '.jj-downloads', '.jj-badge',
  '.jj-ann__kind', '.jj-dodont__label', '#template-outline', '.jj-template strong', '.jj-conformance',
  // The annotation switches: their legend and hints (“原文哪里错了、怎样改的”) are controls.
  '.jj-annotation-tools',
].join(', ');
/** Inline parts a reader sees as separate texts: made blocks so lines break between them. */
const PARTS = '.jj-ann__change, .jj-ann__text, del, ins';

export interface ReaderPage {
  /** URL path, e.g. "/guidance/causes/". */
  key: string;
  title: string;
  /** Title and text, one line per block. */
  text: string;
  /** The same content as a minimal HTML page for stock Pagefind (data-pagefind-body). */
  html: string;
}

function prune(node: Nodes, chrome: Set<Nodes>, parts: Set<Nodes>): void {
  if (!('children' in node)) return;
  node.children = node.children.filter((c) => !chrome.has(c));
  for (const c of node.children) {
    if (c.type === 'element' && parts.has(c)) c.tagName = 'div';
    prune(c, chrome, parts);
  }
  // "原文 … → 现作 …": the words around the before/after texts are labels.
  if (node.type === 'element' && (node.properties.className as string[] | undefined)?.includes('jj-ann__change')) node.children = node.children.filter((c) => c.type !== 'text');
}

/** The reader's text of one built page, or undefined when it has no content area. */
export function readerPage(file: string, key: string): ReaderPage | undefined {
  const tree = fromHtml(readFileSync(file, 'utf8')) as Root;
  const content = select('.sl-markdown-content', tree) as Element | undefined;
  const title = select('h1', tree);
  if (!content || !title) return undefined;
  prune(content, new Set(selectAll(CHROME, content)), new Set(selectAll(PARTS, content)));
  const titleText = toText(title).trim();
  const text = [titleText, ...toText(content).split('\n').map((l) => l.trim()).filter(Boolean)].join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${titleText}</title></head><body><main data-pagefind-body><h1>${titleText}</h1>${toHtml(content)}</main></body></html>`;
  return { key, title: titleText, text, html };
}

/** The site's own content pages (from the content folder's file names) as built in `dist`. */
export function readerPages(contentDir: string, dist: string): ReaderPage[] {
  const pages: ReaderPage[] = [];
  for (const folder of ['exemplars', 'templates', 'guidance']) {
    for (const f of readdirSync(join(contentDir, folder)).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_')).sort()) {
      const key = `/${folder}/${f.replace(/\.mdx?$/, '')}/`;
      const file = join(dist, key, 'index.html');
      const page = existsSync(file) ? readerPage(file, key) : undefined;
      if (page) pages.push(page);
    }
  }
  return pages;
}
