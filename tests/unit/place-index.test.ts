// The precompiled place index (src/text/place-index.ts): what the check page's worker receives
// as JSON must find every real division name that the raw lists hold, at its level, so that the
// page and the CLI de-identify the same places.
import { describe, expect, it } from 'vitest';
import { compilePlaceIndex, loadPlaceIndex, SUFFIX } from '../../src/text/place-index.ts';
import { placeNames } from '../../src/text/place-names.ts';
import { findPlaces } from '../../src/text/places.ts';
import { PLACE_WHITELIST } from '../../src/text/place-whitelist.ts';

const names = placeNames();

describe('place index', () => {
  it('finds every province, city, county and township name of the raw lists, each at its level', () => {
    const whitelist = new Set(PLACE_WHITELIST);
    const levels: Array<[string[], string]> = [
      [names.provinces, '省级'],
      [names.cities, '市级'],
      [names.areas, '县级'],
      [names.streets, '乡级'],
    ];
    const firstLevel = new Map<string, string>();
    for (const [list, level] of levels) for (const n of list) if (!firstLevel.has(n)) firstLevel.set(n, level);
    const missed: string[] = [];
    let checked = 0;
    for (const [name, level] of firstLevel) {
      const stem = name.replace(SUFFIX, '');
      // Two-character names count only before an organ's name (和县应急管理局), and whitelisted ones never.
      if (name.length < 3 || !SUFFIX.test(name) || whitelist.has(name) || whitelist.has(stem)) continue;
      checked++;
      const hit = findPlaces(`，${name}。`)[0];
      if (hit?.name !== name || hit.level !== level) missed.push(`${name} ${level} → ${hit?.name} ${hit?.level}`);
    }
    expect(checked).toBeGreaterThan(30_000);
    expect(missed).toEqual([]);
  });

  it('is the same index after a round trip through JSON, as the browser bundle ships it', () => {
    const data = compilePlaceIndex(names);
    const shipped = loadPlaceIndex(JSON.parse(JSON.stringify(data)));
    const local = loadPlaceIndex(data);
    expect([...shipped.names]).toEqual([...local.names]);
    expect([...shipped.stems]).toEqual([...local.stems]);
    expect(shipped.stems.get('大同')).toEqual({ level: '市级', suffix: '市' });
    expect(shipped.names.get('新疆维吾尔自治区')).toBe('省级');
    expect(findPlaces('赴广西壮族自治区和新疆调研')).toMatchObject([
      { name: '广西壮族自治区', masked: '××自治区' },
      { name: '新疆', masked: '××省' },
    ]);
  });
});
