// De-identification (脱敏): the one matcher for what would identify the unit — real divisions
// (province, city, county, township), companies, people, street addresses, phone, ID-card and
// e-mail — each found with its kind, place and the × form that replaces it. The linter's
// de-identification rule reports every finding; the importer replaces them (deidentify).
import { findPlaces, placeIndex, type PlaceLevel } from './places.ts';
import { replaceSpans } from './replace-spans.ts';

export type DivisionKind = 'province' | 'city' | 'county' | 'township';
export type IdentifierKind = DivisionKind | 'company' | 'person' | 'address' | 'mobile' | 'landline' | 'id-number' | 'email';

/** What kind of name was removed, as an annotation may say it (never the name itself). */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  province: '真实省级地名',
  city: '真实市级地名',
  county: '真实县区名',
  township: '真实乡镇街道名',
  company: '真实企业名称',
  person: '真实人名',
  address: '门牌地址',
  mobile: '手机号码',
  landline: '固定电话号码',
  'id-number': '身份证号码',
  email: '电子邮件地址',
};

export interface IdentifyingName {
  kind: IdentifierKind;
  /** The name as found. */
  text: string;
  /** Offset in the text searched. */
  index: number;
  /** The × form that replaces it. */
  replacement: string;
}

const KIND_OF_LEVEL: Record<PlaceLevel, DivisionKind> = { 省级: 'province', 市级: 'city', 县级: 'county', 乡级: 'township' };
export const LEVEL_OF_KIND: Record<DivisionKind, PlaceLevel> = { province: '省级', city: '市级', county: '县级', township: '乡级' };

export const isDivision = (kind: IdentifierKind): kind is DivisionKind => kind in LEVEL_OF_KIND;

/**
 * Real places: the place index's matcher, plus the short name of a city or county written right
 * after another place (河南郑州, 山西新绛), which names a place by its context and nothing else.
 */
function findDivisions(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  const { stems } = placeIndex();
  for (const hit of findPlaces(text)) {
    found.push({ kind: KIND_OF_LEVEL[hit.level], text: hit.name, index: hit.index, replacement: hit.masked });
    let end = hit.index + hit.length;
    for (;;) {
      let next: IdentifyingName | undefined;
      for (let len = 4; len >= 2 && !next; len--) {
        const stem = text.slice(end, end + len);
        const known = stems.get(stem);
        if (stem.length === len && (known?.level === '市级' || known?.level === '县级')) next = { kind: KIND_OF_LEVEL[known.level], text: stem, index: end, replacement: `××${known.suffix}` };
      }
      // 河南郑州市: the full name is a hit of its own.
      if (!next || findPlaces(text.slice(next.index, next.index + next.text.length + 1)).length) break;
      found.push(next);
      end += next.text.length;
    }
  }
  return found;
}

// Words after which a company name starts (查处汇洋公司 → 汇洋公司, 地址是光明路18号 → 光明路18号).
const BEFORE_NAME = /查处|督促|约谈|检查|要求|责令|针对|关于|包括|其中|地址|住址|[的了在对与和向为是由从及等被把将该本其各于到]/g;
/** Stems that name a kind of company, not a company. */
const GENERIC_COMPANY = /^(?:分|子|总|母|上市|国有|国营|民营|私营|外资|合资|中资|物业|保险|建筑|施工|运输|劳务|中介|空壳|皮包|投资|担保|房地产|开发|科技|管理|服务|咨询|供电|供水|燃气|电力|电网|通信|快递|物流|责任|有限|股份|城投|平台|融资|国企|央企|企业|集体|本地|外地|当地|省属|市属|区属|县属|相关|有关|涉事|下属|所属|上述|一家|多家|这家|几家|两家)+$/;
const COMPANY = /股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|公司/g;
/** Already de-identified (××公司) or no name at all (某公司). */
const MASKED = /[×某]/;

/** Where the name before `at` starts: after the last word that cannot be part of it. */
function nameStart(text: string, runStart: number, at: number): number {
  const before = [...text.slice(runStart, at).matchAll(BEFORE_NAME)].pop();
  return before ? runStart + before.index + before[0].length : runStart;
}

function findCompanies(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  for (const m of text.matchAll(COMPANY)) {
    const runStart = m.index - (/[\u4e00-\u9fff×（）]{0,16}$/.exec(text.slice(0, m.index))?.[0].length ?? 0);
    let start = nameStart(text, runStart, m.index);
    // The name starts after a placeholder or an opening bracket: ××生产企业（汇洋矿业有限公司）.
    const cut = Math.max(text.lastIndexOf('（', m.index - 1), text.lastIndexOf('×', m.index - 1));
    if (cut >= start) start = cut + 1;
    const stem = text.slice(start, m.index);
    if (stem.length < 2 || GENERIC_COMPANY.test(stem) || MASKED.test(stem)) continue;
    found.push({ kind: 'company', text: stem + m[0], index: start, replacement: '××公司' });
  }
  return found;
}

const ADDRESS = /(路|街|大道|巷|胡同)\d+号/g;
/** A street named without a number, right after a word of place (在解放路走访, 位于人民街). */
const STREET = /(?<=在|到|于|赴|至|沿|住|经)([\u4e00-\u9fff]{2,3}?)(大街|大道|路|街|巷|胡同)(?![\u4e00-\u9fff]?[道线径面口上边]|[镇乡村区办坊])/g;
/** Roads and streets that are not names (思路, 步行街, 这条路). */
const GENERIC_STREET = /^[这那一哪每各本该此条]|[各等]|(?:道|马|公|铁|思|出|弯|套|歧|网|线|岔|半|正|邪|回头|商业|步行|美食|高速|之|的|新|老|走|上|下|退|后|前|来)$/;

function findStreets(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  for (const m of text.matchAll(STREET)) {
    if (GENERIC_STREET.test(m[1]!) || MASKED.test(m[1]!)) continue;
    found.push({ kind: 'address', text: m[0], index: m.index, replacement: `××${m[2]}` });
  }
  return found;
}

function findAddresses(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const runStart = m.index - (/[\u4e00-\u9fff]{1,6}$/.exec(text.slice(0, m.index))?.[0].length ?? 0);
    const start = nameStart(text, runStart, m.index);
    const name = text.slice(start, m.index);
    if (!name || MASKED.test(name)) continue;
    found.push({ kind: 'address', text: name + m[0], index: start, replacement: `××${m[1]}××号` });
  }
  return found;
}

// The most common single-character surnames; enough to tell 张××同志 from 有的同志.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤';
const TITLES = '(?:书记|副书记|局长|副局长|主任|副主任|厅长|副厅长|处长|副处长|科长|副科长|部长|县长|区长|市长|镇长|乡长|组长|队长|院长|校长|所长|经理|董事长|主席)';
/** Words that start with a surname but are not names (任何同志, 高度重视). */
const NOT_NAMES = new Set(['任何', '高度', '全体', '万名', '于是', '于此', '方面', '程度', '周边', '白天', '金额', '石油', '龙头', '江河', '常态', '黄金', '许多']);
const PERSON_AFTER_TITLE = new RegExp(`${TITLES}([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})(?=同志|[，。、；：！？（）\\s])`, 'g');
const PERSON_BEFORE_COMRADE = new RegExp(`(?<=^|[，。、；：！？（）“\\s]|和|与|及)([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})(?=同志)`, 'g');
/** National leaders are named in these documents by necessity and identify no unit. */
const PUBLIC_FIGURES = new Set(['习近平', '毛泽东', '邓小平', '江泽民', '胡锦涛', '周恩来']);

function findPeople(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  for (const re of [PERSON_AFTER_TITLE, PERSON_BEFORE_COMRADE]) {
    // The pattern's lookbehind is tried at every character; most texts name no 同志 at all.
    if (re === PERSON_BEFORE_COMRADE && !text.includes('同志')) continue;
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      const index = m.index + m[0].length - name.length;
      if (PUBLIC_FIGURES.has(name) || NOT_NAMES.has(name.slice(0, 2)) || /[长记任员部处科组主]$/.test(name)) continue;
      found.push({ kind: 'person', text: name, index, replacement: '×××' });
    }
  }
  return found;
}

const ID_CARD = /(?<![\dXx])\d{17}[\dXx](?![\dA-Za-z])/g;
const MOBILE = /(?<![\d.-])1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g;
const LANDLINE = /(?<![\d.-])(?:0\d{2,3}-?\d{7,8}|\(0\d{2,3}\)\d{7,8}|（0\d{2,3}）\d{7,8})(?!\d)/g;
// Starts only where a run of address characters starts (linear on long runs without @).
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** GB 11643-1999 check digit, so that any other 18-digit number is left alone. */
export function validIdCard(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

function findNumbers(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  const add = (kind: IdentifierKind, m: RegExpMatchArray) => found.push({ kind, text: m[0], index: m.index!, replacement: '××××' });
  for (const m of text.matchAll(ID_CARD)) if (validIdCard(m[0])) add('id-number', m);
  for (const m of text.matchAll(MOBILE)) add('mobile', m);
  for (const m of text.matchAll(LANDLINE)) add('landline', m);
  // The address pattern tries every run of Latin letters and digits; without an @ none can match.
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) add('email', m);
  return found;
}

/** Every identifying name in a text, in order, without overlaps (the longest wins). */
export function findIdentifyingNames(text: string): IdentifyingName[] {
  const all = [...findNumbers(text), ...findDivisions(text), ...findCompanies(text), ...findAddresses(text), ...findStreets(text), ...findPeople(text)].sort(
    (a, b) => a.index - b.index || b.text.length - a.text.length,
  );
  const kept: IdentifyingName[] = [];
  for (const n of all) {
    const last = kept[kept.length - 1];
    if (last && n.index < last.index + last.text.length) {
      // A company whose name starts with a place (大同汇洋公司) is one company name.
      if (n.kind === 'company' && n.index + n.text.length > last.index + last.text.length && n.index <= last.index) kept[kept.length - 1] = n;
      continue;
    }
    kept.push(n);
  }
  return kept;
}

/** Replaces every identifying name by its × form. */
export function deidentify(text: string): { text: string; replacements: IdentifyingName[] } {
  const replacements = findIdentifyingNames(text);
  const { output } = replaceSpans(text, replacements.map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.replacement })));
  return { text: output, replacements };
}
