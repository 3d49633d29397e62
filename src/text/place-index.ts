// The place-name index in two forms. `compilePlaceIndex` turns the raw division lists into
// compact JSON-ready data (names and stems already filtered, de-duplicated and grouped by level
// and suffix); it runs in Node for the CLI and at site-build time for the check page, so both
// match the same names. `loadPlaceIndex` makes that data ready to search with a few string
// splits and Map inserts, no regular expressions per name: the check page's worker gets the
// index in tens of milliseconds instead of building it from 45,000 raw names at start.
import { PLACE_WHITELIST } from './place-whitelist.ts';
import type { PlaceNames } from './place-names.ts';

export type PlaceLevel = '省级' | '市级' | '县级' | '乡级';

export interface Stem {
  level: PlaceLevel;
  suffix: string;
}

/**
 * Every name the index matches, once, in the data's order: the name's stem (大同 of 大同市) and a
 * code for its group, the level and suffix (市级, 市), and whether the stem is also matched on
 * its own before an organ's name (大同应急管理局). Stems are shipped once: names are stem + suffix.
 */
export interface PlaceIndexData {
  version: 1;
  /** "level|suffix": "市级|市", "县级|自治县" … */
  groups: string[];
  /** The stems joined by `|`. */
  stems: string;
  /** One character per stem: String.fromCharCode(CODE_BASE + group * 2 + (stem matched on its own ? 1 : 0)). */
  codes: string;
  /** Province stems, longest first (山西, 黑龙江). */
  provinceStems: string[];
}

const CODE_BASE = 0x30;

export interface PlaceIndex {
  names: Map<string, PlaceLevel>;
  stems: Map<string, Stem>;
  /** Province stems, flagged on their own. */
  provinceStems: RegExp;
  /** 1 at the code of each last character of a name (市, 县, 区 …): only these can end a name. */
  lastChars: Uint8Array;
  /**
   * Last character of a name → the character before it → the length of the longest name that
   * ends with those two: a text position is only looked up when its last two characters can
   * end a name, and only for lengths that names ending so have.
   */
  endings: Map<number, Map<number, number>>;
  /** Last character of a stem matched on its own → the characters before it (all such stems have two or more). */
  stemEndings: Map<number, Set<number>>;
}

export const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|街道|民族乡|省|市|县|区|旗|盟|州|镇|乡)$/;
const WHITELIST = new Set(PLACE_WHITELIST);

/** The suffix a masked name keeps: 自治区 rather than 壮族自治区, whose people would narrow the place down. */
export const kindSuffix = (suffix: string) => suffix.replace(/^.+(自治[区州县旗])$/, '$1');

/** Every division with its level, in the order the index gives precedence (first one wins). */
function* divisions(names: PlaceNames): Generator<[string, PlaceLevel]> {
  for (const p of names.provinces) yield [p, '省级'];
  for (const c of names.cities) yield [c, '市级'];
  for (const a of names.areas) yield [a, '县级'];
  for (const s of names.streets) yield [s, '乡级'];
  for (const [province, cities] of Object.entries(names.hkmotw)) {
    yield [province, '省级'];
    for (const [city, areas] of Object.entries(cities)) {
      yield [city, '市级'];
      for (const a of areas) yield [a, '县级'];
    }
  }
}

/** The index's data from the raw division lists (Node and site build). */
export function compilePlaceIndex(names: PlaceNames): PlaceIndexData {
  const seenNames = new Set<string>();
  const seenStems = new Set<string>();
  const groups: string[] = [];
  const stems: string[] = [];
  let codes = '';
  const provinceStems = new Set<string>();
  for (const [name, level] of divisions(names)) {
    if (!SUFFIX.test(name) || name.length < 2 || WHITELIST.has(name)) continue;
    const full = SUFFIX.exec(name)![0];
    const stem = name.slice(0, -full.length);
    if (!stem || WHITELIST.has(stem)) continue;
    if (level === '省级' && stem.length >= 2) provinceStems.add(stem);
    if (seenNames.has(name)) continue;
    seenNames.add(name);
    // A stem first seen here is matched on its own too (the first name with that stem wins).
    const own = stem.length >= 2 && !seenStems.has(stem);
    if (own) seenStems.add(stem);
    const group = `${level}|${full}`;
    if (!groups.includes(group)) groups.push(group);
    stems.push(stem);
    codes += String.fromCharCode(CODE_BASE + groups.indexOf(group) * 2 + (own ? 1 : 0));
  }
  return { version: 1, groups, stems: stems.join('|'), codes, provinceStems: [...provinceStems].sort((a, b) => b.length - a.length) };
}

/** The searchable index from its data (about 10–20 ms for the 33,000 names). */
export function loadPlaceIndex(data: PlaceIndexData): PlaceIndex {
  const groups = data.groups.map((g) => {
    const [level, suffix] = g.split('|') as [PlaceLevel, string];
    return { level, suffix, stem: { level, suffix: kindSuffix(suffix) } satisfies Stem };
  });
  const names = new Map<string, PlaceLevel>();
  const stems = new Map<string, Stem>();
  const lastChars = new Uint8Array(0x10000);
  const endings = new Map<number, Map<number, number>>();
  const stemEndings = new Map<number, Set<number>>();
  const list = data.stems.split('|');
  for (let i = 0; i < list.length; i++) {
    const code = data.codes.charCodeAt(i) - CODE_BASE;
    const group = groups[code >> 1]!;
    const name = list[i]! + group.suffix;
    names.set(name, group.level);
    const last = name.charCodeAt(name.length - 1);
    lastChars[last] = 1;
    let before = endings.get(last);
    if (!before) endings.set(last, (before = new Map()));
    const prev = name.charCodeAt(name.length - 2);
    before.set(prev, Math.max(before.get(prev) ?? 0, name.length));
    if (code & 1) {
      const stem = list[i]!;
      stems.set(stem, group.stem);
      let stemBefore = stemEndings.get(stem.charCodeAt(stem.length - 1));
      if (!stemBefore) stemEndings.set(stem.charCodeAt(stem.length - 1), (stemBefore = new Set()));
      stemBefore.add(stem.charCodeAt(stem.length - 2));
    }
  }
  return { names, stems, provinceStems: new RegExp(data.provinceStems.join('|'), 'g'), lastChars, endings, stemEndings };
}
