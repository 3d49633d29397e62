// jingjian:person-names — a suspected real person's name: a surname and one or two characters
// next to a title (局长张三) or before 同志 (王小明同志), found by the de-identification matcher
// (src/text/identifying-names.ts). A name is a guess (many words start with a surname), so this
// is a warning with the de-identified form to write; places, companies, numbers and addresses
// are certain and stay errors of jingjian:de-identification.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { lintContext } from '../context.ts';
import { report, ruleUrl, type RuleExamples } from '../report.ts';
import { identifyingFindings } from './de-identification.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: 'de-identified names, set phrases and national leaders',
      source: '以习近平同志为核心的党中央，有的同志、任何同志，局长×××，局长高度重视，×××同志带队督导。\n',
    },
  ],
  notOk: [
    {
      name: 'people next to a title or 同志',
      source: '局长张三，王小明同志参加会议。\n',
      messages: ['1:3-1:5: 出现疑似真实人名“张三”：范例须脱敏，应写作“×××”。', '1:6-1:9: 出现疑似真实人名“王小明”：范例须脱敏，应写作“×××”。'],
    },
  ],
};

const personNames = lintRule<Root>({ origin: 'jingjian:person-names', url: ruleUrl('person-names') }, (tree, file) => {
  const describe = (n: { text: string; replacement: string }) => ({ reason: `出现疑似真实人名“${n.text}”：范例须脱敏，应写作“${n.replacement}”。`, expected: n.replacement });
  const out = identifyingFindings(lintContext(tree, file), (n) => n.kind === 'person', describe);
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default personNames;
