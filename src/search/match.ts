// Paragraph hits in a page's text: every unit that contains the phrase (compared after the
// same normalisation as the index), with an excerpt around the first occurrence.
import { normalize } from './tokenize.ts';
import type { SearchDoc, SearchHit } from './types.ts';

/** Characters of context kept on each side of the phrase in an excerpt. */
const CONTEXT = 40;

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Cuts an excerpt of `text` around [start, end), on code point boundaries. */
function excerpt(text: string, start: number, end: number): SearchHit['excerpt'] {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end));
  const b = before.slice(-CONTEXT).join('');
  const a = after.slice(0, CONTEXT).join('');
  return {
    before: (before.length > CONTEXT ? '…' : '') + b,
    match: text.slice(start, end),
    after: a + (after.length > CONTEXT ? '…' : ''),
  };
}

export interface HitContext {
  /** Site base ending in "/", e.g. "/jingjian/". */
  base: string;
  /** Keep only units serving this template section. */
  section?: string;
  /** Compare ignoring punctuation and width (`phrase` is then in loose form): the fallback. */
  loose?: boolean;
}

/** The units of `doc` that contain `phrase` (already normalised, loose or not), as hits. */
export function hitsIn(doc: SearchDoc, phrase: string, context: HitContext): SearchHit[] {
  if (!phrase) return [];
  const page = context.base + doc.url;
  const hits: SearchHit[] = [];
  for (const [anchor, sectionIndex, text] of doc.units) {
    const section = doc.sections[sectionIndex];
    const key = section?.key ?? '';
    if (context.section && key !== context.section) continue;
    const n = normalize(text, { loose: context.loose });
    const found = occurrences(n.text, phrase);
    if (!found.length) continue;
    const first = found[0]!;
    const start = n.offsets[first]!;
    const end = n.offsets[first + phrase.length - 1]! + 1;
    const shown = excerpt(text, start, end);
    // A loose hit highlights the text as written on the page, which the exact phrase is not.
    const query = `?hl=${encodeURIComponent(context.loose ? shown.match : phrase)}`;
    hits.push({
      url: page + query + (anchor ? `#${anchor}` : ''),
      page,
      title: doc.title,
      kind: doc.kind,
      docType: doc.docType,
      year: doc.year,
      theme: doc.theme,
      section: section?.label ?? '',
      sectionKey: key,
      anchor,
      excerpt: shown,
      count: found.length,
      exact: !context.loose,
    });
  }
  return hits;
}
