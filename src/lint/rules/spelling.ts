// jingjian:spelling — misspellings found by a model rather than a list (src/text/spelling/):
// a same-sound or look-alike character that, replaced, turns an improbable segmentation into a
// frequent word or a fixed term (再接再励 → 再接再厉), with less evidence where the character
// makes no pair of running text with its neighbours and the replacement does (方项 → 方向),
// look-alikes also by how the glyphs are drawn (绍织 → 组织), and with less evidence still where
// the file writes the corrected word elsewhere beside the same character (黛头强化 → 带头); an idiom with one same-sound,
// near-sound or look-alike character, however rare the idiom (各自为阵 → 各自为政); a fixed term
// (提法) with a character missing, extra (党风廉政治建设) or two swapped; redundant pairs (还尚);
// a doubled character that is no word. Every finding is a guess: a warning with the suggested
// correction, never an automatic fix.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { spellingModel } from '../../text/spelling/data.ts';
import { findMisspellings, type Misspelling } from '../../text/spelling/detect.ts';
import { lintContext } from '../context.ts';
import { certainWording } from './wording.ts';
import type { Point } from '../../docmodel/index.ts';
import { proseBlocks } from '../prose.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: '正确的文字、成语、叠词和固定提法',
      source: '坚定拥护“两个确立”、坚决做到“两个维护”，发扬钉钉子精神，经常红红脸、出出汗，实实在在改进工作作风，再接再厉，认真对照查摆问题。\n',
    },
    {
      name: '用语词典确知的错字只由 wording 报告一次（附修复），不再重复提示',
      source: '我们要再接再励。\n',
    },
    {
      name: '批注用引号引用原文的错字',
      source: '再接再厉。\n\n<Annotation kind="correction" was="再接再励" now="再接再厉">原文误作“再接再励”。</Annotation>\n',
    },
  ],
  notOk: [
    {
      name: '同音字和形近字',
      source: '我们要全力以付，坚持不械，工作纪聿执行不严。\n',
      messages: [
        '1:7-1:8: “付”疑为“赴”之误（“全力以赴”）：同音字误用，请核对。',
        '1:12-1:13: “械”疑为“懈”之误（“坚持不懈”）：同音字误用，请核对。',
        '1:17-1:18: “聿”疑为“律”之误（“纪律”）：形近字误用，请核对。',
      ],
    },
    {
      name: '字与前后字在通行语料中都不相连，换成同音字则与邻字紧密相连',
      source: '把握正确的方项，明确下一步搭算。\n',
      messages: ['1:7-1:8: “项”疑为“向”之误（“方向”）：同音字误用，请核对。', '1:14-1:15: “搭”疑为“打”之误（“打算”）：同音字误用，请核对。'],
    },
    {
      name: '单看把握不足的同音、形近字，本文他处在同样的上下文中写作正确的词',
      source: '一是带头强化政治忠诚。二是黛头强化理论武装。\n',
      messages: ['1:14-1:15: “黛”疑为“带”之误（“带头”，本文他处写作“带头”）：同音字误用，请核对。'],
    },
    {
      name: '按字形相近（常用字体中字形接近、笔画数相近）的形近字',
      source: '要敬畏绍织，深入剖拆原因。\n',
      messages: ['1:4-1:5: “绍”疑为“组”之误（“组织”）：形近字误用，请核对。', '1:10-1:11: “拆”疑为“析”之误（“剖析”）：形近字误用，请核对。'],
    },
    {
      name: '不在常用字之列、字形与常用字几乎一样的字',
      source: '深入开展党史学习教肓。\n',
      messages: ['1:10-1:11: “肓”疑为“育”之误（“教育”）：形近字误用，请核对。'],
    },
    {
      name: '成语中的同音字、音近字（不论成语常用与否）',
      source: '工作中的过且过、各自为阵的现象仍然存在。\n',
      messages: ['1:4-1:5: “的”疑为“得”之误（“得过且过”）：同音字误用，请核对。', '1:12-1:13: “阵”疑为“政”之误（“各自为政”）：音近字误用，请核对。'],
    },
    {
      name: '固定提法错字、缺字或字序颠倒',
      source: '坚持以人民为中新，加强党风廉建设。\n',
      messages: ['1:8-1:9: “新”疑为“心”之误（“以人民为中心”）：同音字误用，请核对。', '1:12-1:17: “党风廉建设”疑为“党风廉政建设”：固定提法缺字或字序颠倒，请核对。'],
    },
    {
      name: '固定提法中多了一个字（连接词“和”“等”之类除外）',
      source: '加强党风廉政治建设，推进全面从严格治党。\n',
      messages: ['1:3-1:10: “党风廉政治建设”疑为“党风廉政建设”：固定提法多了一个字，请核对。', '1:13-1:20: “全面从严格治党”疑为“全面从严治党”：固定提法多了一个字，请核对。'],
    },
    {
      name: '语义重复和多余的重复字',
      source: '整改还尚未完成，整改落落实不到位。\n',
      messages: ['1:3-1:5: “还尚”语义重复，应为“尚”：请删去多余的字。', '1:11-1:13: “落落”重复了一个“落”，不成词：请删去重复的字。'],
    },
  ],
};

const KIND_NAMES = { sound: '同音字', 'near-sound': '音近字', shape: '形近字' } as const;

function reasonOf(f: Misspelling): string {
  switch (f.kind) {
    case 'sound':
    case 'near-sound':
    case 'shape':
      return `“${f.actual}”疑为“${f.expected}”之误（“${f.word}”${f.echo ? `，本文他处写作“${f.word}”` : ''}）：${KIND_NAMES[f.kind]}误用，请核对。`;
    case 'term':
      return `“${f.actual}”疑为“${f.expected}”：固定提法缺字或字序颠倒，请核对。`;
    case 'term-extra':
      return `“${f.actual}”疑为“${f.expected}”：固定提法多了一个字，请核对。`;
    case 'redundant':
      return `“${f.actual}”语义重复，应为“${f.expected}”：请删去多余的字。`;
    case 'duplicate':
      return `“${f.actual}”重复了一个“${f.expected}”，不成词：请删去重复的字。`;
  }
}

const MISSING_MODEL = '未能加载错别字检查所需的词典数据，本次未做错别字检查：在命令行中请运行 npm ci 重新安装依赖；在网页中请刷新页面再试。';

const spelling = lintRule<Root>({ origin: 'jingjian:spelling', url: ruleUrl('spelling') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  const model = spellingModel();
  if (!model) {
    report(file, { reason: MISSING_MODEL, start: { line: 1, column: 1 } });
    return;
  }
  const out: Finding[] = [];
  const blocks = proseBlocks(ctx);
  // The file's whole prose: a weaker guess stands where the file writes its word elsewhere.
  const document = blocks.map(({ block }) => block.text).join('\n');
  for (const { block, mention } of blocks) {
    for (const f of findMisspellings(block.text, model, document)) {
      if (mention(f.index)) continue;
      out.push(findingIn(block, f.index, f.length, ctx.toPoint, { reason: reasonOf(f), actual: f.actual, expected: f.expected }));
    }
  }
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  // A typo the dictionary knows for certain (再接再励) is reported once, by jingjian:wording,
  // with its fix; the model's guess at the same place would only repeat it.
  const certain = out.length ? certainWording(ctx) : [];
  for (const f of out) if (!certain.some((w) => overlaps(w, f))) report(file, f);
});

const before = (a: Point, b: Point) => a.line < b.line || (a.line === b.line && a.column < b.column);
const overlaps = (a: Finding, b: Finding) => before(a.start, b.end ?? b.start) && before(b.start, a.end ?? a.start);

export default spelling;
