// jingjian:lost-markers — a paragraph that reads as a numbered item or a 一是/二是 paragraph
// written without its number: a （二） between （一） and （三） written as plain text, the last of
// a group, the heading of a group whose 1. 2. start again. The document model finds the
// paragraph by its shape (src/docmodel/lost-markers.ts); which paragraph it was is a judgement,
// so this is a warning with the number to insert, never a fix. Certain numbering errors
// (skips without such a paragraph, repeats, order, styles) stay errors of jingjian:numbering.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { isLostMarker } from '../../docmodel/index.ts';
import { lintContext } from '../context.ts';
import { report, ruleUrl, type RuleExamples } from '../report.ts';
import { numberedDocument } from './numbering.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: '每条都有编号，各条之后的说明段落写法相同',
      source: '一、存在的问题\n\n（一）理论学习不够深入。一是学得少。二是学得浅。\n\n（二）担当作为不够。一是怕担责。二是怕出错。\n\n（三）作风不够扎实。一是不深入。二是不细致。\n\n以上问题，我们将认真整改。\n',
    },
  ],
  notOk: [
    {
      name: '一组中间和末尾丢了编号的标题：在该段提示，不自动修复',
      source: '一、存在的问题\n\n（一）理论学习不够深入。一是学得少。二是学得浅。\n\n担当作为不够。一是怕担责。二是怕出错。\n\n（三）作风不够扎实。一是不深入。二是不细致。\n\n作风建设不够。一是不严格。二是不经常。\n',
      messages: [
        '5:1-5:1: 此段像是丢了编号的“（二）”：前后编号之间缺少“（二）”，若此段正是这一条，请在段首加上“（二）”。',
        '9:1-9:1: 此段像是丢了编号的“（四）”：此段的写法与前面各条相同，却没有编号，若此段正是这一条，请在段首加上“（四）”。',
      ],
    },
    {
      name: '其下的编号重新开始：前面一段像是丢了编号的上一级标题',
      source: '一、整改落实情况\n\n（一）聚焦学习\n\n1.学习不够。要加强。\n\n2.制度不严。要完善。\n\n落实巡察整改情况\n\n1.分工不明确。已调整。\n\n2.谈心不深入。已改进。\n',
      messages: ['9:1-9:1: 此段像是丢了编号的“（二）”：其下的编号从“1.”重新开始，若此段正是这一条，请在段首加上“（二）”。'],
    },
    {
      name: '“一是、二是”系列中丢了序号的一段',
      source: '一、存在的问题\n\n（一）学习不够\n\n一是学得少。平时看得少。\n\n学得浅。没有深入。\n\n三是用得少。登录不经常。\n',
      messages: ['7:1-7:1: 此段像是丢了开头的“二是”：前后两条之间缺少“二是”，若此段正是这一条，请在段首加上“二是”。'],
    },
  ],
};

const lostMarkers = lintRule<Root>({ origin: 'jingjian:lost-markers', url: ruleUrl('lost-markers') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  if (!numberedDocument(ctx)) return;
  for (const d of ctx.outline().defects) {
    // Nothing is wrong in the text, a number is missing before it: actual '' (remark-lint's form).
    if (isLostMarker(d)) report(file, { reason: d.message, start: d.position.start, end: d.position.end, actual: '', ...(d.expected !== undefined ? { expected: d.expected } : {}) });
  }
});

export default lostMarkers;
