// Deep links from search results: a page opened with `?hl=<phrase>#<paragraph-id>` marks the
// phrase in that paragraph and scrolls it into view. The phrase is found with the same
// normalisation the index used, so it is found across inline markup and line breaks.
import { normalize } from '../tokenize.ts';

interface TextMap {
  nodes: Text[];
  /** Start of each node in the concatenated text. */
  starts: number[];
  text: string;
}

function textMap(root: Element): TextMap {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += n.nodeValue ?? '';
  }
  return { nodes, starts, text };
}

/** Wraps [start, end) of the concatenated text in <mark> elements, one per text node. */
function markRange(map: TextMap, start: number, end: number): HTMLElement[] {
  const marks: HTMLElement[] = [];
  map.nodes.forEach((node, i) => {
    const nodeStart = map.starts[i]!;
    const nodeEnd = nodeStart + (node.nodeValue?.length ?? 0);
    const from = Math.max(start, nodeStart);
    const to = Math.min(end, nodeEnd);
    if (from >= to) return;
    const range = document.createRange();
    range.setStart(node, from - nodeStart);
    range.setEnd(node, to - nodeStart);
    const mark = document.createElement('mark');
    mark.className = 'jj-search-hl';
    range.surroundContents(mark);
    marks.push(mark);
  });
  return marks;
}

/** Marks the first occurrence of `phrase` inside `root`; returns the marks (none if absent). */
export function highlightIn(root: Element, phrase: string): HTMLElement[] {
  const wanted = normalize(phrase).text;
  if (!wanted) return [];
  const map = textMap(root);
  const n = normalize(map.text);
  const at = n.text.indexOf(wanted);
  if (at === -1) return [];
  const start = n.offsets[at]!;
  const end = n.offsets[at + wanted.length - 1]! + 1;
  return markRange(map, start, end);
}

/** A hand-edited link may carry a malformed escape (%E0%A4%A): keep the raw text rather than throw. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Applies `?hl=` of the current URL: marks the phrase in the linked paragraph (or page). */
export function highlightFromUrl(): void {
  const phrase = new URLSearchParams(location.search).get('hl');
  if (!phrase) return;
  const main = document.querySelector('main');
  const content = document.querySelector('main .sl-markdown-content') ?? main;
  if (!content || !main) return;
  const id = safeDecode(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  // The linked paragraph first; otherwise the first occurrence on the page.
  let marks = target ? highlightIn(target, phrase) : [];
  if (!marks.length) marks = highlightIn(content, phrase);
  if (!marks.length) marks = highlightIn(main, phrase); // e.g. a hit in the page title
  const first = marks[0];
  if (!first) return;
  const block = (target && target.contains(first) ? target : first.closest('p, li, h2, h3, h4, h5, h6')) as HTMLElement | null;
  block?.classList.add('jj-search-target');
  (block ?? first).scrollIntoView({ block: 'center' });
}
