// jingjian:confusables — the guesses of the genre's dictionary (src/lint/data/wording.ts): usages
// that are wrong in most contexts but not all, such as 的/地/得 before a verb or a degree,
// 作出/做出 and 整治/整改. The rule suggests the usual form and never fixes it: a warning, as
// remark-lint reports what needs a reader's judgement (the certain entries are jingjian:wording).
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { lintContext } from '../context.ts';
import { WORDING } from '../data/wording.ts';
import { report, ruleUrl, type RuleExamples } from '../report.ts';
import { wordingMatcher } from './wording.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: 'the usual forms, and 的 where it is right',
      source: '认真地学习党史，贯彻得不够彻底，作出部署，做出样品，进行了深入的研究，开展认真的检查。\n',
    },
  ],
  notOk: [
    {
      name: '的/地/得, 作出/做出 and 整治/整改 (suggested, not fixed)',
      source: '认真的学习党史，贯彻的不够彻底，做出部署，压实整治责任。\n',
      messages: [
        '1:1-1:6: “认真的学习”应为“认真地学习”：修饰动词用“地”。',
        '1:9-1:14: “贯彻的不够”应为“贯彻得不够”：动词后引出程度、结果用“得”。',
        '1:17-1:21: “做出部署”应为“作出部署”：“作出”用于决定、贡献、部署等抽象事物，“做出”用于具体的东西。',
        '1:24-1:28: “整治责任”应为“整改责任”：巡察整改的责任是“整改责任”。',
      ],
    },
  ],
};

const confusableWording = wordingMatcher(WORDING.filter((e) => !e.safe));

const confusables = lintRule<Root>({ origin: 'jingjian:confusables', url: ruleUrl('confusables') }, (tree, file) => {
  const out = confusableWording(lintContext(tree, file));
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default confusables;
