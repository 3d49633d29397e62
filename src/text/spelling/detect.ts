// Misspelling detection by model, after pycorrector's detect → candidates → score pipeline:
// a character is suspect when replacing it by a same-sound or look-alike character completes a
// frequent word; the replacement is kept only when it makes the local segmentation much more
// probable under the dictionary's unigram model (a little less suffices where the character
// pairs with neither neighbour in running text and the replacement bonds with one: char-pairs.ts),
// and the text there is no word of a second dictionary (CC-CEDICT); less still where the
// document writes the corrected word elsewhere beside the same character (a drafter misspells
// a term once among its correct uses: 黛头强化 where 带头强化 stands above). Look-alikes come from the
// decompositions and, as a wider net needing more evidence, from drawn glyphs. Idioms (jieba's
// i/l words) have one written form: one confusable character away from one is reported whatever
// its frequency. Fixed terms with a character missing, extra or two swapped and redundant pairs
// are found by lookups in the same data; a doubled character by comparing the text with and
// without it. Every finding is a guess (a warning with a suggestion), never an automatic fix.
import { SEED1, SEED2, step1, step2 } from './code-table.ts';
import { confusionKind, confusionKindOf, nearSound, pairBit, MIN_TARGET_FREQ, PAIR_12, PAIR_13, PAIR_23, PAIR_24, PAIR_34, PAIR_TERM, WILDCARD, wordFreq, type SpellingModel, type TermVariant } from './data.ts';
import { pairLevel, STRONG, UNSEEN } from './char-pairs.ts';
import { FIXED_TERMS, REDUNDANT } from './terms.ts';

export type MisspellingKind = 'sound' | 'near-sound' | 'shape' | 'term' | 'term-extra' | 'redundant' | 'duplicate';

export interface Misspelling {
  index: number;
  length: number;
  actual: string;
  expected: string;
  kind: MisspellingKind;
  /** The word or term the correction makes. */
  word: string;
  /**
   * A weaker guess, reported only where the document writes the corrected word elsewhere with
   * the same neighbour: the corrected word with the character before it, and with the one after.
   */
  echo?: [string, string];
}

/** Natural-log gain in segmentation probability a replacement must bring. */
const MIN_GAIN = 9;
/**
 * The gain that suffices where running text says more: the character occurs next to neither
 * neighbour in running text, and the replacement is bonded to one of them (党可 → 党课).
 */
const CONTEXT_GAIN = 8;
/** The gain a look-alike from the glyph table needs (a wider net than the decompositions: more evidence). */
const GLYPH_GAIN = 10;
/**
 * The gain that suffices where the document itself says more: the corrected word stands
 * elsewhere in it beside the same character (萤头强化 where 带头强化 is written twice), and
 * the text's character makes no pair of running text with one of its neighbours.
 */
const ECHO_GAIN = 6;
/** Characters either side of a suspect that the segmentation is scored over. */
const CONTEXT = 4;
const NUMERALS = /[一二三四五六七八九十百千万零两几]/;
/** Doubled function characters are the wording rule's (它们的重复由 wording 报告). */
const WORDING_DOUBLES = '的了是在和与对把被将从为并';

/**
 * The first index from `from` whose character is (or, with han = false, is not) in U+4E00–U+9FFF,
 * or text.length: the runs of Chinese text the detector reads. A loop rather than a /[一-鿿]+/g
 * match: a million runs per 2,000 files made the match objects cost ~2% of the check.
 */
function nextHan(text: string, from: number, han = true): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) === han) break;
    i++;
  }
  return i;
}

let scratch = new Float64Array(256);

/**
 * Max-probability segmentation of run[from, to) (jieba's DAG route), reading `code` at
 * position `at` instead of the run's own character: the score, and, when asked, at each word
 * start the word's length and dictionary frequency.
 */
export function segment(run: string, model: SpellingModel, from = 0, to = run.length, at = -1, code = 0, lengths?: Uint8Array, counts?: Float64Array, words?: Int32Array): number {
  if (scratch.length < to - from + 1) scratch = new Float64Array(2 * (to - from + 1));
  scratchKey = -1;
  return segmentFrom(to - 1, run, model, from, to, at, code, lengths, counts, words);
}

// The scores right of a replaced position do not depend on the replacement: after the plain
// segmentation of a window, each candidate re-scores only the positions up to it.
let scratchKey = -1;

/** The plain window's score, its per-position scores kept in `scratch` for segmentWith(). */
function plainWindow(run: string, model: SpellingModel, from: number, to: number): number {
  if (run !== wordsRun) return segment(run, model, from, to);
  scratchKey = -1;
  const score = windowFrom(to - 1, run, model, from, to, -1, 0);
  scratchKey = from * 65536 + to;
  return score;
}

/** segment() with `code` at `at`, after plainWindow() on the same window. */
function segmentWith(run: string, model: SpellingModel, from: number, to: number, at: number, code: number): number {
  if (scratchKey !== from * 65536 + to) plainWindow(run, model, from, to);
  return run === wordsRun ? windowFrom(at, run, model, from, to, at, code) : segmentFrom(at, run, model, from, to, at, code);
}

/**
 * segmentFrom() over a window of the run segmentRun() read last: the dictionary values of the
 * words that do not cover `at` are read from runWords, not looked up again (the windows of
 * 2,000 files re-probed the hash table ~3 million times for what the run's segmentation had
 * just looked up). Same loop, same order of comparisons, same scores.
 */
function windowFrom(start: number, run: string, model: SpellingModel, from: number, to: number, at: number, code: number): number {
  const best = scratch;
  if (start === to - 1) best[to - from] = 0;
  for (let j = start; j >= from; j--) {
    let top = model.unknown + best[j + 1 - from]!;
    // Words from j of at most `known` characters end before `at`: the run's values hold.
    const known = at < j ? 4 : at - j;
    let L = 1;
    let stopped = false;
    for (; L <= known && j + L <= to; L++) {
      const w = runWords[j * 4 + L - 1]!;
      if (w === -1) {
        stopped = true; // no word goes on from here
        break;
      }
      if (w < 0) continue;
      const p = model.wordStats[2 * w]! + best[j + L - from]!;
      if (p > top) top = p;
    }
    if (!stopped && L <= 4 && j + L <= to) {
      // The longer words reach `at`: hashed as segmentFrom does, `code` read there.
      let a = SEED1;
      let b = SEED2;
      for (let k = j; k < j + L - 1; k++) {
        a = step1(a, run.charCodeAt(k));
        b = step2(b, run.charCodeAt(k));
      }
      for (; L <= 4 && j + L <= to; L++) {
        const c = j + L - 1 === at ? code : run.charCodeAt(j + L - 1);
        a = step1(a, c);
        b = step2(b, c);
        const w = L === 1 ? model.words.single(c) : model.words.get(a, b);
        if (w === -1) break;
        if (w < 0) continue;
        const p = model.wordStats[2 * w]! + best[j + L - from]!;
        if (p > top) top = p;
      }
    }
    best[j - from] = top;
  }
  return best[0]!;
}

function segmentFrom(start: number, run: string, model: SpellingModel, from: number, to: number, at: number, code: number, lengths?: Uint8Array, counts?: Float64Array, words?: Int32Array): number {
  const best = scratch;
  if (start === to - 1) best[to - from] = 0;
  for (let j = start; j >= from; j--) {
    let top = model.unknown + best[j + 1 - from]!;
    let len = 1;
    let word = -1;
    let a = SEED1;
    let b = SEED2;
    for (let L = 1; L <= 4 && j + L <= to; L++) {
      const c = j + L - 1 === at ? code : run.charCodeAt(j + L - 1);
      a = step1(a, c);
      b = step2(b, c);
      const w = L === 1 ? model.words.single(c) : model.words.get(a, b);
      if (words) words[j * 4 + L - 1] = w;
      if (w === -1) break; // no word goes on from here
      if (w < 0) continue;
      const p = model.wordStats[2 * w]! + best[j + L - from]!;
      if (p > top) {
        top = p;
        len = L;
        word = w;
      }
    }
    best[j - from] = top;
    if (lengths) lengths[j] = len;
    // Read once, for the word kept, and only when asked (the windows' scores need none).
    if (counts) counts[j] = word < 0 ? 0 : model.wordStats[2 * word + 1]!;
  }
  return best[0]!;
}

let lengthsBuffer = new Uint8Array(256);
let countsBuffer = new Float64Array(256);
let suspectBuffer = new Uint8Array(256);
/** The dictionary value of run[j, j + L) at j * 4 + L - 1 for the run segmentRun() read last (wordsRun), up to where no word went on. */
let runWords = new Int32Array(1024);
let wordsRun: string | undefined;

/** The run's best segmentation into lengthsBuffer / countsBuffer (word length and frequency at each word start). */
function segmentRun(run: string, model: SpellingModel): void {
  if (lengthsBuffer.length < run.length) {
    lengthsBuffer = new Uint8Array(run.length * 2);
    countsBuffer = new Float64Array(run.length * 2);
    suspectBuffer = new Uint8Array(run.length * 2);
  }
  if (runWords.length < run.length * 4) runWords = new Int32Array(run.length * 8);
  segment(run, model, 0, run.length, -1, 0, lengthsBuffer, countsBuffer, runWords);
  wordsRun = run;
}

/**
 * Positions not inside a frequent word of the run's best segmentation: where typos hide. A
 * very frequent character standing alone (的, 在, 是) is no suspect: the unigram model cannot
 * tell 在 from 再, and skipping them keeps the check fast. Reads the run's segmentation from
 * segmentRun(); reuses its buffers (no allocation per run), valid until the next call.
 */
function suspects(run: string): Uint8Array {
  const suspect = suspectBuffer.fill(0, 0, run.length);
  for (let j = 0; j < run.length; j += lengthsBuffer[j]!) {
    const L = lengthsBuffer[j]!;
    const count = countsBuffer[j]!;
    if (L === 1 ? count < COMMON_ALONE : count < MIN_TARGET_FREQ) suspect.fill(1, j, j + L);
  }
  return suspect;
}

const isWord = (w: string, model: SpellingModel) => w.length > 1 && wordFreq(model, w) >= MIN_TARGET_FREQ;

/**
 * The text up to i ends with a frequent word in its best segmentation and the text from i + 1
 * starts with one: 工作|作风 and 共产党|党员 are such junctions, 加强|制|制度 is none (强制 is a
 * word, but not where the text is read as 加强).
 */
function isJunction(run: string, i: number, model: SpellingModel): boolean {
  const lengths = new Uint8Array(run.length + 1);
  const counts = new Float64Array(run.length + 1);
  segment(run, model, 0, i + 1, -1, 0, lengths, counts);
  let j = 0;
  while (j + lengths[j]! <= i) j += lengths[j]!;
  // Terms longer than the segmentation's four characters end a word too (民主生活会|会前).
  const longTerm = () => [5, 6, 7, 8].some((L) => i + 1 - L >= 0 && wordFreq(model, run, i + 1 - L, i + 1) >= MIN_TARGET_FREQ);
  if ((i + 1 - j < 2 || counts[j]! < MIN_TARGET_FREQ) && !longTerm()) return false;
  for (let L = 2; L <= 4 && i + 1 + L <= run.length; L++) if (wordFreq(model, run, i + 1, i + 1 + L) >= MIN_TARGET_FREQ) return true;
  return false;
}

/** A frequent word of 2–4 characters in `run` that covers positions i to j. */
function coveredByWord(run: string, i: number, j: number, model: SpellingModel, minFreq: number): boolean {
  for (let L = 2; L <= 4; L++) {
    for (let a = Math.max(0, j - L + 1); a <= i && a + L <= run.length; a++) {
      if (wordFreq(model, run, a, a + L) >= minFreq) return true;
    }
  }
  return false;
}

/** A single character this frequent is a function word when it stands alone (的, 在). */
const COMMON_ALONE = 50000;


/** A word of the second dictionary covers position i: the text there is a correct word. */
function inKnownWord(run: string, i: number, model: SpellingModel): boolean {
  for (let L = 2; L <= 4; L++) for (let a = Math.max(0, i - L + 1); a <= i && a + L <= run.length; a++) if (model.known.lookup(run, a, a + L) >= 0) return true;
  return false;
}

/**
 * Position i is a repeated A or the x between them in A x A (歇一歇, 立行立改, 边议边改): a
 * deliberate form, not a slip. The last slot stays open (再接再励 is the typo of 再接再厉).
 * Function characters repeat by chance (的…的) and make no pattern.
 */
function inParallel(run: string, i: number): boolean {
  const same = (a: number, b: number) => a >= 0 && b < run.length && run[a] === run[b] && !WORDING_DOUBLES.includes(run[a]!);
  return same(i, i + 2) || same(i - 2, i) || same(i - 1, i + 1);
}

/** The character at i makes no pair of running text with either neighbour (组 in 副绍长 does). */
function isStranger(run: string, i: number, model: SpellingModel): boolean {
  const pairs = model.pairs;
  if (!pairs) return false;
  const c = run.charCodeAt(i);
  return (i === 0 || pairLevel(pairs, run.charCodeAt(i - 1), c) === UNSEEN) && (i + 1 === run.length || pairLevel(pairs, c, run.charCodeAt(i + 1)) === UNSEEN);
}

/** The character at i makes no pair of running text with one of its neighbours at least. */
function isHalfStranger(run: string, i: number, model: SpellingModel): boolean {
  const pairs = model.pairs;
  if (!pairs) return false;
  const c = run.charCodeAt(i);
  return (i > 0 && pairLevel(pairs, run.charCodeAt(i - 1), c) === UNSEEN) || (i + 1 < run.length && pairLevel(pairs, c, run.charCodeAt(i + 1)) === UNSEEN);
}

/** Character `code` read at i is strongly bonded to a neighbour in running text. */
function bondsAt(run: string, i: number, code: number, model: SpellingModel): boolean {
  const pairs = model.pairs!;
  return (i > 0 && pairLevel(pairs, run.charCodeAt(i - 1), code) === STRONG) || (i + 1 < run.length && pairLevel(pairs, code, run.charCodeAt(i + 1)) === STRONG);
}

/**
 * Char code → LOOKALIKE | GLYPH_LOOKALIKE while it is a look-alike of the character typoAt()
 * tests (set and cleared there: a candidate is then tested by one read, not a list search).
 */
const lookalikes = new Uint8Array(0x10000);
const LOOKALIKE = 1;
const GLYPH_LOOKALIKE = 2;

function typoAt(run: string, i: number, model: SpellingModel): Misspelling | undefined {
  const code = run.charCodeAt(i);
  const group = model.soundGroup[code - 0x4e00]!;
  const shapes = model.shapeNeighbours.get(code);
  // A same-sound or look-alike partner at all (the glyph table aside).
  const narrow = group !== 0 || shapes !== undefined;
  // The glyph table is a wider net: its look-alikes only where the text's character is a
  // stranger to its neighbours, and with a larger gain. The stranger test is made once, when
  // first needed: up front only for a character that has nothing but glyph look-alikes (five in
  // six positions never meet a glyph look-alike among the completions).
  let stranger: boolean | undefined;
  const glyphs = model.glyphNeighbours.get(code);
  if (!narrow && !(glyphs && (stranger = isStranger(run, i, model)))) return undefined;
  const from = Math.max(0, i - CONTEXT);
  const to = Math.min(run.length, i + CONTEXT + 1);
  let base: number | undefined;
  let found: Misspelling | undefined;
  // The best candidate too weak on its own, kept in case the document echoes it: where it
  // reads (the finding is made once, at the end: weak candidates are many).
  let echoAt: [number, number, number, MisspellingKind | undefined] | undefined;
  let echoGain = ECHO_GAIN;
  // The lowest gain any candidate is taken with; below MIN_GAIN only with the pairs' support.
  let bestGain = CONTEXT_GAIN;
  // A character without a sound group matches no candidate by sound (0x10000 is no Uint16 value).
  const soundMatch = group || 0x10000;
  const { completionStart, completionCodes, completionGroups } = model;
  if (shapes) for (const d of shapes) lookalikes[d] = LOOKALIKE;
  if (glyphs) for (const d of glyphs) lookalikes[d]! |= GLYPH_LOOKALIKE;
  // Windows of 2–4 characters over i, the character at i read as '?'; a window that no key
  // begins with ends the scan from that start.
  for (let s = Math.max(0, i - 3); s <= i; s++) {
    let a = SEED1;
    let b = SEED2;
    for (let k = s; k < Math.min(run.length, s + 4); k++) {
      const c = k === i ? WILDCARD : run.charCodeAt(k);
      a = step1(a, c);
      b = step2(b, c);
      // No probe for the first character alone: a key's prefixes are entries, so where it
      // begins no key, the two-character lookup fails too.
      if (k === s) continue;
      const set = model.completions.get(a, b);
      if (set === -1) break;
      if (set < 0 || k < i) continue;
      const end = completionStart[set + 1]!;
      for (let q = completionStart[set]!; q < end; q++) {
        const d = completionCodes[q]!;
        // Neither the same sound nor a look-alike of any kind: the common case (99% of ~50 million
        // candidates in 2,000 files) is settled by two array reads before the full test.
        if (completionGroups[q] !== soundMatch && lookalikes[d] === 0) continue;
        const kind = confusionKindOf(code, group, d, completionGroups[q]!, (lookalikes[d]! & LOOKALIKE) !== 0);
        const wideNet = !kind && (lookalikes[d]! & GLYPH_LOOKALIKE) !== 0 && (stranger ??= isStranger(run, i, model));
        if (!kind && !wideNet) continue;
        base ??= plainWindow(run, model, from, to);
        const gain = segmentWith(run, model, from, to, i, d) - base;
        // Taken on its own: it beats the best so far, a glyph look-alike by more than GLYPH_GAIN,
        // and it clears MIN_GAIN or the character pairs support it (tested inline: a closure for
        // the lazy pairs test would put `stranger` in a heap context for every suspect).
        if (!(wideNet && gain <= GLYPH_GAIN) && gain > bestGain && (gain > MIN_GAIN || ((stranger ??= isStranger(run, i, model)) && bondsAt(run, i, d, model)))) {
          bestGain = gain;
          found = candidate(run, s, i, k, d, kind);
        } else if (!found && gain > echoGain && isHalfStranger(run, i, model)) {
          echoGain = gain;
          echoAt = [s, k, d, kind];
        }
      }
    }
  }
  if (shapes) for (const d of shapes) lookalikes[d] = 0;
  if (glyphs) for (const d of glyphs) lookalikes[d] = 0;
  // Checked last, as few positions get this far.
  if (!found && echoAt) {
    const [s, k, d, kind] = echoAt;
    found = { ...candidate(run, s, i, k, d, kind), echo: [run.slice(Math.max(0, s - 1), i) + String.fromCharCode(d) + run.slice(i + 1, k + 1), run.slice(s, i) + String.fromCharCode(d) + run.slice(i + 1, k + 2)] };
  }
  if (found && (inParallel(run, i) || inKnownWord(run, i, model))) return undefined;
  return found;
}

/** The finding that reads code d at i, completing the word run[s, k] there. */
function candidate(run: string, s: number, i: number, k: number, d: number, kind: MisspellingKind | undefined): Misspelling {
  const expected = String.fromCharCode(d);
  return { index: i, length: 1, actual: run[i]!, expected, kind: kind ?? 'shape', word: run.slice(s, i) + expected + run.slice(i + 1, k + 1) };
}

function termsIn(run: string, model: SpellingModel, out: Misspelling[]): void {
  for (let i = 0; i < run.length; i++) {
    // Variants have three characters or more, and their first two are marked in the pair table:
    // 96% of the positions in 2,000 files need no lookup.
    if (i + 3 > run.length || (pairBuffer[i]! & PAIR_TERM) === 0) continue;
    let found: TermVariant | undefined;
    let a = SEED1;
    let b = SEED2;
    for (let L = 1; L <= model.maxVariantLength && i + L <= run.length; L++) {
      const c = run.charCodeAt(i + L - 1);
      a = step1(a, c);
      b = step2(b, c);
      const v = L === 1 ? model.termVariants.single(c) : model.termVariants.get(a, b);
      if (v === -1) break;
      if (v >= 0) found = model.variants[v];
    }
    if (!found) continue;
    const { term, kind, at, variant } = found;
    const L = variant.length;
    // The term itself, written right, around the lookalike (忘初心 inside 不忘初心).
    if (run.slice(Math.max(0, i - term.length), i + L + term.length).includes(term)) continue;
    // A shortened term whose edge belongs to a neighbouring word is another phrase.
    if (at === undefined && (isWord(run.slice(Math.max(0, i - 1), i + 1), model) || isWord(run.slice(i + L - 1, i + L + 1), model))) continue;
    if (at !== undefined) out.push({ index: i + at, length: 1, actual: variant[at]!, expected: term[at]!, kind, word: term });
    else out.push({ index: i, length: L, actual: variant, expected: term, kind, word: term });
    i += L - 1;
  }
}

/**
 * Four characters that are no word of either dictionary but an idiom or set phrase with one
 * character replaced by a same-sound, near-sound or look-alike one (再接再励, 迫不急待, 各自为阵): an idiom has one
 * written form, so its frequency need not outweigh the text's (most idioms are rare).
 */
/**
 * The four characters from s read as ordinary frequent words rather than as the idiom: the one
 * at `at` belongs to a word reaching outside them (这些|话不说 is no 二话不说), or frequent words
 * fill all four and are together not far less probable than the idiom (毫无|意义 is no
 * 毫无疑义; 谈笑|风声 is much less likely than 谈笑风生).
 */
function readsAsWords(run: string, model: SpellingModel, s: number, at: number, idiom: string): boolean {
  let logp = 0;
  for (let j = 0; j < s + 4; j += lengthsBuffer[j]!) {
    const end = j + lengthsBuffer[j]!;
    if (end <= s) continue;
    if (end - j < 2 || countsBuffer[j]! < MIN_TARGET_FREQ) return false;
    if (j < s || end > s + 4) return j <= at && at < end;
    logp += model.logp[model.words.lookup(run, j, end)]!;
  }
  return model.logp[model.words.lookup(idiom)]! - logp < MIN_GAIN;
}

/** The idiom four characters from s are one confusable character away from, if any. */
function idiomAt(run: string, model: SpellingModel, s: number): Misspelling | undefined {
  const { table, start, codes } = model.idiomCompletions;
  const pairs = model.idiomPairs;
  // An idiom with one character replaced keeps the pairs that do not touch it (adjacent or one
  // apart): most windows share none with any idiom and need no lookup (idiomsIn() read the
  // places of the adjacent pairs into pairBuffer once for the run).
  const has12 = (pairBuffer[s]! & PAIR_12) !== 0;
  const has23 = (pairBuffer[s + 1]! & PAIR_23) !== 0;
  const has34 = (pairBuffer[s + 2]! & PAIR_34) !== 0;
  if (!has12 && !has34) return undefined;
  for (let k = 0; k < 4; k++) {
    const kept =
      k === 0 ? has23 && has34
      : k === 1 ? has34 && (pairs[pairBit(run.charCodeAt(s), run.charCodeAt(s + 2))]! & PAIR_13) !== 0
      : k === 2 ? has12 && (pairs[pairBit(run.charCodeAt(s + 1), run.charCodeAt(s + 3))]! & PAIR_24) !== 0
      : has12 && has23;
    if (!kept) continue;
    let a = SEED1;
    let b = SEED2;
    let set = -1;
    for (let j = 0; j < 4; j++) {
      const c = j === k ? WILDCARD : run.charCodeAt(s + j);
      a = step1(a, c);
      b = step2(b, c);
      // As in typoAt: no probe for the first character alone, the second probe fails where it would.
      if (j === 0) continue;
      set = table.get(a, b);
      if (set === -1) break; // no idiom begins so
    }
    if (set < 0) continue;
    if (model.words.lookup(run, s, s + 4) >= 0 || model.known.lookup(run, s, s + 4) >= 0) return undefined;
    const actual = run.charCodeAt(s + k);
    for (let q = start[set]!; q < start[set + 1]!; q++) {
      const kind = confusionKind(model, actual, codes[q]!) ?? (nearSound(model, actual, codes[q]!) ? 'near-sound' : undefined);
      if (!kind) continue;
      const expected = String.fromCharCode(codes[q]!);
      const word = run.slice(s, s + k) + expected + run.slice(s + k + 1, s + 4);
      if (!readsAsWords(run, model, s, s + k, word)) return { index: s + k, length: 1, actual: run[s + k]!, expected, kind, word };
    }
  }
  return undefined;
}

/** The places (PAIR_12 … PAIR_TERM) of the run's adjacent pairs in model.idiomPairs, at the first character's index. */
let pairBuffer = new Uint8Array(256);

/** Fills pairBuffer for the run (read by termsIn and idiomsIn). */
function pairsOf(run: string, model: SpellingModel): void {
  if (pairBuffer.length < run.length) pairBuffer = new Uint8Array(run.length * 2);
  for (let j = 0; j + 1 < run.length; j++) pairBuffer[j] = model.idiomPairs[pairBit(run.charCodeAt(j), run.charCodeAt(j + 1))]!;
}

function idiomsIn(run: string, model: SpellingModel, out: Misspelling[]): void {
  for (let s = 0; s + 4 <= run.length; s++) {
    const found = idiomAt(run, model, s);
    if (!found) continue;
    out.push(found);
    s += 3;
  }
}

/** Natural-log loss in local probability beyond which a doubled character is taken as a slip. */
const DUPLICATE_LOSS = 5;

function keepsBothCopies(run: string, without: string, i: number, model: SpellingModel): boolean {
  const from = Math.max(0, i - CONTEXT - 1);
  return segment(run, model, from, Math.min(run.length, i + CONTEXT + 2)) - segment(without, model, from, Math.min(without.length, i + CONTEXT + 1)) > -DUPLICATE_LOSS;
}

function duplicatesIn(run: string, model: SpellingModel, out: Misspelling[]): void {
  for (let i = 0; i + 1 < run.length; i++) {
    // Codes first: run[i] makes a new string per Chinese character (ten million per 2,000 files).
    if (run.charCodeAt(i) !== run.charCodeAt(i + 1)) continue;
    const c = run[i]!;
    if (NUMERALS.test(c) || WORDING_DOUBLES.includes(c)) continue;
    if (run[i + 2] === c) {
      // Three in a row is never a word (层层层).
      out.push({ index: i + 1, length: 2, actual: c + c, expected: c, kind: 'duplicate', word: c });
      i += 2;
      continue;
    }
    // AABB (实实在在, 方方面面) and ABB/AAB words (红红脸, 出出汗) are words, as is any
    // dictionary word over both characters (常常, 人人).
    if (run[i + 2] !== undefined && run[i + 2] === run[i + 3]) continue;
    if (i >= 2 && run[i - 2] === run[i - 1]) continue;
    if (coveredByWord(run, i, i + 1, model, 1)) continue;
    // The first copy ends a word and the second starts one (工作作风, 重要要求, 共产党党内).
    if (isJunction(run, i, model)) continue;
    // Remove one copy: the other must then belong to a word.
    const without = run.slice(0, i) + run.slice(i + 1);
    if (!coveredByWord(without, i, i, model, 1)) continue;
    // Otherwise the language model decides: both copies are kept only when the text with them
    // is not far less probable than without one (学习习惯: 学习|习惯 is likelier than 学|习惯).
    if (keepsBothCopies(run, without, i, model)) continue;
    out.push({ index: i, length: 2, actual: c + c, expected: c, kind: 'duplicate', word: c });
    i++;
  }
}

/**
 * Fixed terms of five or more characters, by first character (termsWithExtraIn): a shorter one
 * with a character more is often a phrase of its own (为民服务, 为人民服务).
 */
const TERMS_BY_FIRST = new Map<number, string[]>();
for (const t of FIXED_TERMS) if (t.length >= 5) TERMS_BY_FIRST.set(t.charCodeAt(0), [...(TERMS_BY_FIRST.get(t.charCodeAt(0)) ?? []), t]);
/** Char code → 1 when TERMS_BY_FIRST has it: one array read per position instead of a Map lookup. */
const TERM_FIRSTS = new Uint8Array(0x10000);
for (const c of TERMS_BY_FIRST.keys()) TERM_FIRSTS[c] = 1;
/** Characters that stand inside a term's words as grammar (党风和廉政建设, 意识形态等工作), not as a slip. */
const JOINERS = '的地得着了和与及并或之等、';

/** Where in run[i, i + term.length + 1) one character stands inside `term` (1 … length − 1), or −1. */
function extraAt(run: string, i: number, term: string): number {
  let k = 0;
  while (k < term.length && run[i + k] === term[k]) k++;
  if (k === 0 || k >= term.length) return -1;
  for (let j = k; j < term.length; j++) if (run[i + j + 1] !== term[j]) return -1;
  return k;
}

/**
 * A fixed term with one character too many inside it (党风廉政治建设, 全面从严格治党). A doubled
 * character is the duplicate check's (四个意识识), a joining word is grammar (党风和廉政建设).
 */
function termsWithExtraIn(run: string, out: Misspelling[]): void {
  for (let i = 0; i + 5 < run.length; i++) {
    if (!TERM_FIRSTS[run.charCodeAt(i)]) continue;
    const terms = TERMS_BY_FIRST.get(run.charCodeAt(i))!;
    for (const term of terms) {
      const L = term.length;
      if (run[i + L] !== term[L - 1] || run.startsWith(term, i)) continue;
      const k = extraAt(run, i, term);
      const extra = run[i + k];
      if (k < 0 || JOINERS.includes(extra!) || extra === run[i + k - 1] || extra === run[i + k + 1]) continue;
      out.push({ index: i, length: L + 1, actual: run.slice(i, i + L + 1), expected: term, kind: 'term-extra', word: term });
      i += L;
      break;
    }
  }
}

/** Char code → 1 when a redundant pair (REDUNDANT) begins with it. */
const REDUNDANT_FIRSTS = new Uint8Array(0x10000);
for (const r of REDUNDANT) REDUNDANT_FIRSTS[r.wrong.charCodeAt(0)] = 1;

/** One pass over the run's characters instead of a search per redundant pair (six searches in each of a million runs). */
function mayHoldRedundant(run: string): boolean {
  for (let i = 0; i + 1 < run.length; i++) if (REDUNDANT_FIRSTS[run.charCodeAt(i)]) return true;
  return false;
}

function runFindings(run: string, model: SpellingModel): Misspelling[] {
  const local: Misspelling[] = [];
  // One segmentation of the run, read by idiomsIn and suspects (the other steps keep their own buffers).
  segmentRun(run, model);
  pairsOf(run, model);
  termsIn(run, model, local);
  termsWithExtraIn(run, local);
  idiomsIn(run, model, local);
  if (mayHoldRedundant(run)) for (const r of REDUNDANT) {
    for (let at = run.indexOf(r.wrong); at !== -1; at = run.indexOf(r.wrong, at + 1)) {
      local.push({ index: at, length: r.wrong.length, actual: r.wrong, expected: r.right, kind: 'redundant', word: r.right });
    }
  }
  duplicatesIn(run, model, local);
  const suspect = suspects(run);
  for (const f of local) suspect.fill(0, f.index, f.index + f.length);
  for (let i = 0; i < run.length; i++) {
    if (!suspect[i]) continue;
    const typo = typoAt(run, i, model);
    if (typo) local.push(typo);
  }
  return local;
}

// Sentences recur across a content folder (the same 提法, openings and closing pledges in
// every file), so the findings of each run of Chinese text are remembered per model, up to a
// bound; a repeated run costs one Map lookup.
const MEMO_LIMIT = 50_000;
const memos = new WeakMap<SpellingModel, Map<string, Misspelling[]>>();
let memoEnabled = true;

/** Turns the memory of checked runs off (benchmarks: the cost of a text whose sentences never repeat). */
export function setMisspellingMemo(enabled: boolean): void {
  memoEnabled = enabled;
}

/** A weak guess the document echoes: it writes the corrected word beside the same neighbour elsewhere. */
const echoed = (f: Misspelling, document: string) => !f.echo || f.echo.some((phrase) => phrase.length > f.word.length && document.includes(phrase));

/**
 * Every suspected misspelling in a text, in text order, at most one per character. `document`
 * is the whole text the passage belongs to (a file's prose), where weak guesses find their echo.
 */
export function findMisspellings(text: string, model: SpellingModel, document = text): Misspelling[] {
  let memo = memos.get(model);
  if (!memo) memos.set(model, (memo = new Map()));
  const out: Misspelling[] = [];
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    start = nextHan(text, start);
    end = nextHan(text, start, false);
    if (end - start < 2) continue;
    const run = text.slice(start, end);
    let local = memoEnabled ? memo.get(run) : undefined;
    if (!local) {
      local = runFindings(run, model);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      if (memoEnabled) memo.set(run, local);
    }
    for (const f of local) if (echoed(f, document)) out.push({ ...f, index: f.index + start });
  }
  return out.sort((a, b) => a.index - b.index);
}
