// jingjian:placeholders — one canonical placeholder form so readers and tools can see them:
// exemplars (and plain documents) use the × form of GB/T 9704's own examples (××市, ×××同志,
// ×年×月×日, ×次); templates use descriptive 【】 slots (【单位名称】). Scattered forms (X, XX, x,
// xx, *, XXXX, ○○, □□) are reported, and in exemplars normalised by --fix to the × form the
// importer writes (src/text/placeholders.ts decides it from the words around: ×次, ××局, 局长×××).
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { canonicalPlaceholder, findPlaceholders } from '../../text/placeholders.ts';
import { forEachNode, lintContext } from '../context.ts';
import { proseBlocks } from '../prose.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    { name: '范例中的 ×× 写法', path: 'content/exemplars/example.mdx', source: '×年×月×日，××市××局共开展谈心谈话×次，Word 文件用 docx 或 xlsx 格式。\n' },
    { name: '模板中的【】写法', path: 'content/templates/example.mdx', source: '【单位名称】领导班子共开展谈心谈话【数量】次。\n' },
  ],
  notOk: [
    {
      name: '范例中杂用的占位符写法',
      path: 'content/exemplars/example.mdx',
      source: '共开展谈心谈话X次，向XX家单位征求意见，庆祝建党xx周年，*年*月，做好XXXX工作。\n',
      messages: ['1:8-1:9: 占位符“X”不是本站的统一形式，范例中应写作“×”。', '1:12-1:14: 占位符“XX”不是本站的统一形式，范例中应写作“×”。', '1:26-1:28: 占位符“xx”不是本站的统一形式，范例中应写作“×”。', '1:31-1:32: 占位符（*）被 Markdown 当作了强调符号（页面上显示为斜体），范例中应写作“×”。', '1:33-1:34: 占位符（*）被 Markdown 当作了强调符号（页面上显示为斜体），范例中应写作“×”。', '1:38-1:42: 占位符“XXXX”不是本站的统一形式，范例中应写作“××”。'],
      fixed: '共开展谈心谈话×次，向×家单位征求意见，庆祝建党×周年，×年×月，做好××工作。\n',
    },
    {
      name: '×× 写法随上下文而定：数量、名称、人名',
      path: 'content/exemplars/example.mdx',
      source: '中共XX省纪委，局长*当场表态。\n\n派驻人员○○同志参加，班子成员XX、XX出席。\n',
      messages: ['1:3-1:5: 占位符“XX”不是本站的统一形式，范例中应写作“××”。', '1:11-1:12: 占位符“*”不是本站的统一形式，范例中应写作“×××”。', '3:5-3:7: 占位符“○○”不是本站的统一形式，范例中应写作“×××”。', '3:16-3:18: 占位符“XX”不是本站的统一形式，范例中应写作“×××”。', '3:19-3:21: 占位符“XX”不是本站的统一形式，范例中应写作“×××”。'],
      fixed: '中共××省纪委，局长×××当场表态。\n\n派驻人员×××同志参加，班子成员×××、×××出席。\n',
    },
    {
      name: '范例中遗留的模板占位符',
      path: 'content/exemplars/example.mdx',
      source: '【单位名称】领导班子认真查摆问题。\n',
      messages: ['1:1-1:7: 范例中不应出现模板占位符“【单位名称】”：请写出具体内容，需要隐去的写作“××”形式。'],
    },
    {
      name: '模板中的 ×× 写法',
      path: 'content/templates/example.mdx',
      source: '××领导班子共开展谈心谈话X次。\n',
      messages: ['1:1-1:3: 模板中的占位符应写作【】形式并写明要填什么（如“【单位名称】”“【数量】”），不是“××”。', '1:14-1:15: 模板中的占位符应写作【】形式并写明要填什么（如“【单位名称】”“【数量】”），不是“X”。'],
    },
  ],
};

const placeholders = lintRule<Root>({ origin: 'jingjian:placeholders', url: ruleUrl('placeholders') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  if (ctx.kind === 'guidance') return;
  const template = ctx.kind === 'template';
  const out: Finding[] = [];
  for (const { block, mention } of proseBlocks(ctx)) {
    for (const f of findPlaceholders(block.text, template ? 'template' : 'exemplar')) {
      if (mention(f.index)) continue;
      const at = (reason: string, fix?: string) =>
        out.push(findingIn(block, f.index, f.text.length, ctx.toPoint, { reason, actual: f.text, ...(fix ? { expected: fix, fixable: true } : {}) }));
      if (f.kind === 'cross') at(`模板中的占位符应写作【】形式并写明要填什么（如“【单位名称】”“【数量】”），不是“${f.text}”。`);
      else if (f.kind === 'slot') at(`范例中不应出现模板占位符“${f.text}”：请写出具体内容，需要隐去的写作“××”形式。`);
      else at(`占位符“${f.text}”不是本站的统一形式，范例中应写作“${f.replacement}”。`, f.replacement);
    }
  }
  // *年*月: Markdown takes the pair of asterisks for emphasis and shows an italic 年.
  if (!template) {
    forEachNode(tree, (node) => {
      if (node.type !== 'emphasis' || !node.position) return;
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      if (!/^\*[\u4e00-\u9fff]{1,2}\*$/.test(ctx.source.slice(start, end))) return;
      for (const at of [start, end - 1]) {
        const expected = canonicalPlaceholder('*', ctx.source.slice(at + 1, at + 4), ctx.source.slice(Math.max(0, at - 8), at));
        out.push({
          reason: `占位符（*）被 Markdown 当作了强调符号（页面上显示为斜体），范例中应写作“${expected}”。`,
          start: ctx.toPoint(at),
          end: ctx.toPoint(at + 1),
          actual: '*',
          expected,
          fix: { start: at, end: at + 1, text: expected },
        });
      }
    });
  }
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default placeholders;
