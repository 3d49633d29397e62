// jingjian:lost-markers — the last of a group of numbered items or 一是/二是 paragraphs written
// without its number: nothing skips, only the paragraph's shape (src/docmodel/lost-markers.ts)
// says it was an item, so this is a warning with the number to insert, never a fix. Where the
// numbers skip or start again, a number is certainly missing: jingjian:numbering reports that
// as an error, at the paragraph that seems to have lost it.
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
      name: '一组末尾丢了编号的标题：在该段提示，不自动修复',
      source: '一、存在的问题\n\n（一）理论学习不够深入。一是学得少。二是学得浅。\n\n（二）担当作为不够。一是怕担责。二是怕出错。\n\n作风建设不够。一是不严格。二是不经常。\n',
      messages: ['7:1-7:1: 此段像是丢了编号的“（三）”：此段的写法与前面各条相同，却没有编号，若此段正是这一条，请在段首加上“（三）”。'],
    },
    {
      name: '“一是、二是”系列末尾丢了序号的一段',
      source: '一、存在的问题\n\n（一）学习不够\n\n一是学得少。平时看得少。\n\n二是学得浅。没有深入。\n\n用得少。登录不经常。\n',
      messages: ['9:1-9:1: 此段像是丢了开头的“三是”：此段的写法与前面的“二是”等各条相同，却没有“三是”，若此段正是这一条，请在段首加上“三是”。'],
    },
  ],
};

const lostMarkers = lintRule<Root>({ origin: 'jingjian:lost-markers', url: ruleUrl('lost-markers') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  if (!numberedDocument(ctx)) return;
  for (const d of ctx.outline().defects) {
    // Nothing is wrong in the text, a number is missing before it: actual '' (remark-lint's form).
    if (isLostMarker(d) && !d.inGap) report(file, { reason: d.message, start: d.position.start, end: d.position.end, actual: '', ...(d.expected !== undefined ? { expected: d.expected } : {}) });
  }
});

export default lostMarkers;
