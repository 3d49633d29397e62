// Maintainer script: distils src/text/spelling/char-pairs.bin, the character-pair context the
// misspelling model uses, from the open-gram word language model that SunPinyin ships (Debian
// packages sunpinyin-data and sunpinyin-utils; CC BY-SA 3.0). The output is committed, so
// neither package is needed to build or test the site; run this only to regenerate it:
//
//   apt-get install sunpinyin-data sunpinyin-utils && node scripts/distill-char-pairs.ts
//
// From the model's unigram and bigram probabilities it estimates how often two characters
// follow each other in running text — inside a word (党课) or across a word boundary (党|可以,
// from the bigrams, with the back-off mass spread by first characters) — and keeps, for the
// most frequent characters, which pairs occur at all and which occur far more often than
// chance (pointwise mutual information, PMI). No package on npm carries such statistics.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { encodeCharPairs } from '../src/text/spelling/char-pairs.ts';

/** Characters kept, most frequent first (the confusion sets use the 4,000 commonest). */
const CHARS = 6000;
/** A pair seen less often than e⁻⁶ times chance counts as never seen. */
const ATTESTED_PMI = -6;
/** A pair seen at least e² times as often as chance is a strong bond (党课, 可以). */
const STRONG_PMI = 2;
const OUT = resolve(import.meta.dirname, '../src/text/spelling/char-pairs.bin');
const isHan = (c: string) => c >= '\u4e00' && c <= '\u9fff';

function dataDir(): string {
  const lib = readdirSync('/usr/lib').map((d) => join('/usr/lib', d, 'sunpinyin/data'));
  const dir = ['/usr/share/sunpinyin', ...lib].find((d) => existsSync(join(d, 'lm_sc.t3g')));
  if (!dir) fail('找不到 SunPinyin 的语言模型 lm_sc.t3g。请先安装：apt-get install sunpinyin-data sunpinyin-utils');
  return dir;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** pydict_sc.bin: word count at byte 0, then at the offset stored at byte 8 every word as zero-ended UCS-4, in id order. */
function lexicon(file: string): string {
  const bytes = readFileSync(file);
  const count = bytes.readUInt32LE(0);
  let at = bytes.readUInt32LE(8);
  const lines: string[] = [];
  for (let id = 0; id < count; id++) {
    let word = '';
    for (let c = bytes.readUInt32LE(at); c !== 0; at += 4, c = bytes.readUInt32LE(at)) word += String.fromCodePoint(c);
    at += 4;
    if (word) lines.push(`${word}\t${id}`);
  }
  return lines.join('\n') + '\n';
}

interface Counts {
  chars: string;
  index: Map<string, number>;
  /** Joint mass of explicit pairs, row-major CHARS × CHARS. */
  joint: Float64Array;
  /** Per first character: back-off mass; per second character: its share of word starts. */
  backoff: Float64Array;
  starts: Float64Array;
}

/** tslminfo's lines: the words joined by one space, then three spaces before each number. */
const ENTRY = /^(.*?) {3}([\d.e+-]+)(?: {3}[-\d.e+]+)? \(\d+,\d+\)$/;

/** Streams `tslminfo -v -p` (ARPA with probabilities) and accumulates the pair masses. */
async function accumulate(lm: string, lexiconFile: string): Promise<Counts> {
  const child = spawn('tslminfo', ['-v', '-p', '-l', lexiconFile, lm], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.on('error', () => fail('无法运行 tslminfo。请先安装：apt-get install sunpinyin-utils'));
  const unigrams = new Map<string, number>();
  const listed = new Map<string, number>();
  let level = 0;
  let counts: Counts | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    const section = /^\\(\d)-gram\\/.exec(line);
    if (section) {
      level = Number(section[1]);
      if (level === 2) counts = startCounts(unigrams);
      if (level === 3) break; // trigrams add little to pairs of adjacent characters
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry) continue;
    const words = entry[1]!.split(' ');
    const p = Number(entry[2]);
    if (level === 1) {
      // The first entry (sentence boundary) has no word.
      unigrams.set(words[0]!, p);
    } else if (level === 2 && counts) {
      // Either word may be empty (sentence start or end).
      const [w1 = '', w2 = ''] = words;
      listed.set(w1, (listed.get(w1) ?? 0) + p);
      if (!w1 || !w2) continue;
      const a = counts.index.get(w1.at(-1)!);
      const c = counts.index.get(w2[0]!);
      if (a !== undefined && c !== undefined) counts.joint[a * CHARS + c]! += (unigrams.get(w1) ?? 0) * p;
    }
  }
  child.kill();
  if (!counts) fail('tslminfo 的输出里没有二元语法。');
  for (const [w, p] of unigrams) {
    const a = w ? counts.index.get(w.at(-1)!) : undefined;
    if (a !== undefined) counts.backoff[a]! += p * Math.max(0, 1 - (listed.get(w) ?? 0));
  }
  return counts;
}

/** Character ranking, pairs inside words and word starts, from the unigrams. */
function startCounts(unigrams: Map<string, number>): Counts {
  const mass = new Map<string, number>();
  for (const [w, p] of unigrams) for (const c of w) if (isHan(c)) mass.set(c, (mass.get(c) ?? 0) + p);
  const chars = [...mass].sort((a, b) => b[1] - a[1]).slice(0, CHARS).map(([c]) => c).join('');
  const index = new Map([...chars].map((c, i) => [c, i]));
  const counts: Counts = { chars, index, joint: new Float64Array(CHARS * CHARS), backoff: new Float64Array(CHARS), starts: new Float64Array(CHARS) };
  for (const [w, p] of unigrams) {
    const first = index.get(w[0] ?? '');
    if (first !== undefined) counts.starts[first]! += p;
    for (let k = 0; k + 1 < w.length; k++) {
      const a = index.get(w[k]!);
      const c = index.get(w[k + 1]!);
      if (a !== undefined && c !== undefined) counts.joint[a * CHARS + c]! += p;
    }
  }
  return counts;
}

/** Per first character, the second characters of attested pairs and whether each bond is strong. */
function levels({ joint, backoff, starts }: Counts): Array<Array<[number, boolean]>> {
  const startTotal = starts.reduce((a, b) => a + b, 0);
  const backoffTotal = backoff.reduce((a, b) => a + b, 0);
  const left = new Float64Array(CHARS);
  const right = new Float64Array(CHARS);
  for (let a = 0; a < CHARS; a++) {
    left[a] = backoff[a]!;
    for (let c = 0; c < CHARS; c++) {
      left[a]! += joint[a * CHARS + c]!;
      right[c]! += joint[a * CHARS + c]!;
    }
  }
  for (let c = 0; c < CHARS; c++) right[c]! += (backoffTotal * starts[c]!) / startTotal;
  const total = left.reduce((a, b) => a + b, 0);
  return Array.from({ length: CHARS }, (_, a) => {
    const row: Array<[number, boolean]> = [];
    for (let c = 0; c < CHARS; c++) {
      const m = joint[a * CHARS + c]!;
      if (m <= 0) continue;
      const pmi = Math.log((m * total) / (left[a]! * right[c]!));
      if (pmi > ATTESTED_PMI) row.push([c, pmi >= STRONG_PMI]);
    }
    return row;
  });
}

const dir = dataDir();
const tmp = mkdtempSync(join(tmpdir(), 'jingjian-pairs-'));
try {
  const lexiconFile = join(tmp, 'lexicon.txt');
  writeFileSync(lexiconFile, lexicon(join(dir, 'pydict_sc.bin')));
  const counts = await accumulate(join(dir, 'lm_sc.t3g'), lexiconFile);
  const rows = levels(counts);
  const bytes = encodeCharPairs(counts.chars, rows);
  writeFileSync(OUT, bytes);
  const pairs = rows.reduce((n, r) => n + r.length, 0);
  const strong = rows.reduce((n, r) => n + r.filter(([, s]) => s).length, 0);
  console.log(`${OUT}：${counts.chars.length} 字，${pairs} 个出现过的字对（其中 ${strong} 个紧密），${(bytes.length / 1024).toFixed(0)} KiB`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
