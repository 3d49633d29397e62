// jingjian:wording — the certain part of the genre's dictionary (src/lint/data/wording.ts):
// wrong fixed terms and typos that are wrong wherever they occur (两个确定, 以下/一下, 片面/偏面,
// 其他/其它 …), each with a safe fix, and accidental duplication (落实落实) without flagging
// legitimate doubles (学习习近平, 方方面面, 钉钉子, 红红脸, 洗洗脸, 常常, 研究研究). The entries that
// are right in most but not all contexts (的/地/得, 作出/做出) are guesses: jingjian:confusables.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { lintContext, type LintContext } from '../context.ts';
import { LEGITIMATE_DOUBLES, WORDING, type WordingEntry } from '../data/wording.ts';
import { proseBlocks } from '../prose.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: '正当的叠词和正确用法',
      source: '深入学习习近平新时代中国特色社会主义思想，以实实在在的举措，方方面面都要发扬钉钉子精神，经常红红脸、出出汗、洗洗脸，常常反思，一步一步抓落实，对问题进行了深入的研究，做得不够的地方以下逐条说明，作出部署，其他事项研究研究再定。\n',
    },
    {
      name: '批注用引号引用原文',
      source: '“两个确立”。\n\n<Annotation kind="correction" was="两个确定" now="两个确立">原文误作“两个确定”。</Annotation>\n',
    },
  ],
  notOk: [
    {
      name: '写错的固定提法和常见错字（可自动修复）',
      source: '认识到“两个确定”的重要性，存在一下问题，看问题偏面，其它工作。\n',
      messages: ['1:5-1:9: “两个确定”应为“两个确立”：固定提法是“两个确立”。', '1:15-1:21: “存在一下问题”应为“存在以下问题”：指下文的内容用“以下”，“一下”表示动作短暂。', '1:25-1:27: “偏面”应为“片面”：“片面”误作“偏面”。', '1:28-1:30: “其它”应为“其他”：现行规范统一用“其他”。'],
      fixed: '认识到“两个确立”的重要性，存在以下问题，看问题片面，其他工作。\n',
    },
    {
      name: '无意中重复的字词',
      source: '抓好整改落实落实，在在会上表态的的问题。\n',
      messages: ['1:7-1:9: “落实”重复了一次（“落实落实”）：删去重复的字。', '1:11-1:12: “在”重复了一次（“在在”）：删去重复的字。', '1:17-1:18: “的”重复了一次（“的的”）：删去重复的字。'],
    },
  ],
};

/**
 * Findings of dictionary entries in the prose of a file. One pass over the text for all the
 * entries: each is one alternative whose own groups are made non-capturing, so the defined
 * group says which entry matched. Shared with jingjian:confusables (the entries that are guesses).
 */
export function wordingMatcher(entries: readonly WordingEntry[]): (ctx: LintContext) => Finding[] {
  const any = new RegExp(entries.map((e) => `(${e.wrong.source.replace(/\((?!\?)/g, '(?:')})`).join('|'), 'g');
  return (ctx) => {
    const out: Finding[] = [];
    for (const { block, mention } of proseBlocks(ctx)) {
      // exec() on the one regex rather than matchAll(), which clones this long alternation for
      // every block (~0.1 s per 2,000 files for this rule and confusables). The same matches:
      // lastIndex starts at 0, and an empty match would move on by one (no "u" flag).
      any.lastIndex = 0;
      for (let m = any.exec(block.text); m; m = any.exec(block.text)) {
        if (m[0] === '') any.lastIndex++;
        const entry = entries[m.slice(1).findIndex((g) => g !== undefined)]!;
        if (mention(m.index)) continue;
        const right = m[0].replace(new RegExp(entry.wrong.source), entry.right);
        out.push(findingIn(block, m.index, m[0].length, ctx.toPoint, { reason: `“${m[0]}”应为“${right}”：${entry.why}。`, actual: m[0], expected: right, fixable: entry.safe }));
      }
    }
    return out;
  };
}

/** The dictionary's certain entries (fixed by --fix); the spelling rule leaves their places to this rule. */
export const certainWording = wordingMatcher(WORDING.filter((e) => e.safe));
const DOUBLE_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
const DOUBLE_CHAR = /([的了是在和与对把被将从为并])\1/g;

const wording = lintRule<Root>({ origin: 'jingjian:wording', url: ruleUrl('wording') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  const out = certainWording(ctx);
  for (const { block, mention } of proseBlocks(ctx)) {
    const text = block.text;
    for (const m of text.matchAll(DOUBLE_WORD)) {
      const word = m[1]!;
      if (mention(m.index) || LEGITIMATE_DOUBLES.has(m[0]) || /^[一二三四五六七八九十两几每]/.test(word)) continue;
      const second = m.index + word.length;
      out.push(findingIn(block, second, word.length, ctx.toPoint, { reason: `“${word}”重复了一次（“${m[0]}”）：删去重复的字。`, actual: m[0], expected: word }));
    }
    for (const m of text.matchAll(DOUBLE_CHAR)) {
      const i = m.index;
      if (mention(i)) continue;
      // AABB forms (是是非非, 的的确确, 实实在在) and 不了了之 are words.
      if ((text[i + 2] && text[i + 2] === text[i + 3]) || (i >= 2 && text[i - 2] === text[i - 1])) continue;
      if (text.slice(i - 1, i + 3) === '不了了之') continue;
      out.push(findingIn(block, i + 1, 1, ctx.toPoint, { reason: `“${m[1]}”重复了一次（“${m[0]}”）：删去重复的字。`, actual: m[0], expected: m[1]! }));
    }
  }
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default wording;
