// The one tokenizer of Jingjian's search, imported by the index builder (Node) and by the
// search API (browser), so index-time and query-time segmentation cannot disagree.
//
// Chinese has no spaces, and Pagefind's own segmenters (ICU4X when indexing, the browser's
// Intl.Segmenter when searching) cut words differently. We do not let Pagefind segment at
// all: every character becomes one position, and the token at that position names the
// character and the one after it (an overlapping bigram). A phrase of n ≥ 2 characters is
// then exactly the n − 1 bigram tokens at consecutive positions, which Pagefind's quoted
// (exact) search checks for us. Tokens are written as lowercase ASCII letters and digits,
// which every segmenter and Pagefind's word normaliser leave intact whatever the language.
//
// A one-character query has no bigram of its own, and the last character of a text unit has
// no bigram starting with it; so each record also lists every character it contains once
// (its "character set"), as unigram tokens after the text.

/** Width of one character's code in a token: 36^4 covers every Unicode code point. */
const CODE_WIDTH = 4;

/** True for characters that are not searched: whitespace and invisible format characters. */
function ignored(cp: number): boolean {
  return (
    cp <= 0x20 ||
    cp === 0x7f ||
    cp === 0xa0 ||
    cp === 0x3000 || // ideographic space
    (cp >= 0x2000 && cp <= 0x200f) || // en/em spaces, zero-width space and joiners, marks
    (cp >= 0x2028 && cp <= 0x202f) ||
    cp === 0x205f ||
    cp === 0xfeff
  );
}

/** Folds a code point: ASCII and full-width Latin letters to lowercase ASCII, full-width digits to ASCII. */
function fold(cp: number): number {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20; // A-Z
  if (cp >= 0xff10 && cp <= 0xff19) return cp - 0xff10 + 0x30; // ０-９
  if (cp >= 0xff21 && cp <= 0xff3a) return cp - 0xff21 + 0x61; // Ａ-Ｚ
  if (cp >= 0xff41 && cp <= 0xff5a) return cp - 0xff41 + 0x61; // ａ-ｚ
  return cp;
}

/** A text reduced to the characters search compares, with where each came from. */
export interface Normalized {
  /** Folded text, whitespace removed. */
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the original text. */
  offsets: number[];
}

/** Punctuation and symbols: what the loose comparison ignores besides whitespace. */
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Full-width ASCII forms (！ to ～) to ASCII, so the loose comparison ignores width. */
function foldWidth(cp: number): number {
  return cp >= 0xff01 && cp <= 0xff5e ? cp - 0xfee0 : cp;
}

/**
 * Normalises text for search: whitespace and invisible characters are dropped, Latin
 * letters and digits are folded (full-width to ASCII, upper to lower case). Chinese
 * punctuation is kept as written: “红红脸、出出汗” is a different phrase from “红红脸，出出汗”.
 * With `loose`, punctuation and symbols of either width are dropped too: the comparison of
 * the search's fallback and of the phrase bank's filter, where both of those read the same.
 */
export function normalize(text: string, options: { loose?: boolean } = {}): Normalized {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(fold(options.loose ? foldWidth(cp) : cp));
    if (!ignored(cp) && !(options.loose && PUNCTUATION.test(ch))) {
      out += ch;
      offsets.push(i);
      if (width === 2) offsets.push(i + 1);
    }
    i += width;
  }
  return { text: out, offsets };
}

/** The loose form of a text (see normalize): what the fallback and the phrase filter compare. */
export function looseText(text: string): string {
  return normalize(text, { loose: true }).text;
}

/** Code points of a normalised text. */
function codePoints(text: string): number[] {
  return Array.from(normalize(text).text, (c) => c.codePointAt(0)!);
}

function code(cp: number): string {
  return cp.toString(36).padStart(CODE_WIDTH, '0');
}

/** Token of the character pair at a position (the overlapping bigram). */
export function bigramToken(a: number, b: number): string {
  return code(a) + code(b);
}

/** Token of a single character (used in a record's character set). */
export function unigramToken(cp: number): string {
  return code(cp);
}

/**
 * Tokens of a phrase as Pagefind must find them at consecutive positions: the bigrams of
 * the phrase, or the unigram of a one-character phrase. Empty for an empty phrase.
 */
export function phraseTokens(phrase: string): string[] {
  const chars = codePoints(phrase);
  if (chars.length === 0) return [];
  if (chars.length === 1) return [unigramToken(chars[0]!)];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(bigramToken(chars[i]!, chars[i + 1]!));
  return tokens;
}

/** The quoted (exact) Pagefind query for a phrase, or null when nothing is searchable. */
export function pagefindQuery(phrase: string): string | null {
  const tokens = phraseTokens(phrase);
  return tokens.length ? `"${tokens.join(' ')}"` : null;
}

/**
 * A word Pagefind does not index (no letter or digit) but still counts as a position: put
 * between text units so that no phrase can match across two paragraphs.
 */
export const UNIT_BREAK = '-';

/**
 * The content of one Pagefind record: the bigram tokens of each text unit (paragraph,
 * heading, title) separated by breaks, then the character set of all units.
 */
export function recordContent(units: string[]): string {
  const words: string[] = [];
  const charset = new Set<number>();
  for (const unit of units) {
    const chars = codePoints(unit);
    if (chars.length === 0) continue;
    for (let i = 0; i + 1 < chars.length; i++) words.push(bigramToken(chars[i]!, chars[i + 1]!));
    for (const c of chars) charset.add(c);
    words.push(UNIT_BREAK);
  }
  for (const c of [...charset].sort((a, b) => a - b)) words.push(unigramToken(c));
  return words.join(' ');
}
