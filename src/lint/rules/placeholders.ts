// jingjian:placeholders — one canonical placeholder form so readers and tools can see them:
// exemplars (and plain documents) use the × form of GB/T 9704's own examples (××市, ×年×月×日,
// ×次); templates use descriptive 【】 slots (【单位名称】). Scattered forms (X, XX, x, xx, *,
// XXXX, ○○, □□) are reported, and in exemplars normalised to × by --fix.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { forEachNode, lintContext } from '../context.ts';
import { CJK, proseBlocks } from '../prose.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    { name: 'the × form in an exemplar', path: 'content/exemplars/example.mdx', source: '×年×月×日，××市××局共开展谈心谈话×次，Word 文件用 docx 或 xlsx 格式。\n' },
    { name: 'the 【】 form in a template', path: 'content/templates/example.mdx', source: '【单位名称】领导班子共开展谈心谈话【数量】次。\n' },
  ],
  notOk: [
    {
      name: 'scattered forms in an exemplar',
      path: 'content/exemplars/example.mdx',
      source: '共开展谈心谈话X次，向XX家单位征求意见，庆祝建党xx周年，*年*月，做好XXXX工作。\n',
      messages: ['1:8-1:9: 占位符“X”不是本站的统一形式，范例中应写作“×”。', '1:12-1:14: 占位符“XX”不是本站的统一形式，范例中应写作“××”。', '1:26-1:28: 占位符“xx”不是本站的统一形式，范例中应写作“××”。', '1:31-1:32: 占位符（*）被 Markdown 当作了强调符号（页面上显示为斜体），范例中应写作“×”。', '1:33-1:34: 占位符（*）被 Markdown 当作了强调符号（页面上显示为斜体），范例中应写作“×”。', '1:38-1:42: 占位符“XXXX”不是本站的统一形式，范例中应写作“××”。'],
      fixed: '共开展谈心谈话×次，向××家单位征求意见，庆祝建党××周年，×年×月，做好××工作。\n',
    },
    {
      name: 'a template slot left in an exemplar',
      path: 'content/exemplars/example.mdx',
      source: '【单位名称】领导班子认真查摆问题。\n',
      messages: ['1:1-1:7: 范例中不应出现模板占位符“【单位名称】”：请写出具体内容，需要隐去的写作“××”形式。'],
    },
    {
      name: 'the × form in a template',
      path: 'content/templates/example.mdx',
      source: '××领导班子共开展谈心谈话X次。\n',
      messages: ['1:1-1:3: 模板中的占位符应写作【】形式并写明要填什么（如“【单位名称】”“【数量】”），不是“××”。', '1:14-1:15: 模板中的占位符应写作【】形式并写明要填什么（如“【单位名称】”“【数量】”），不是“X”。'],
    },
  ],
};

const RUN = /[XxＸｘ＊*○□×]+/g;
const SLOT = /【[^【】\n]{1,20}】/g;
const isNeighbour = (c: string | undefined) => !!c && (CJK.test(c) || /[\u3000-\u303f\uff01-\uff5e“”‘’、…—]/.test(c));

const placeholders = lintRule<Root>({ origin: 'jingjian:placeholders', url: ruleUrl('placeholders') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  if (ctx.kind === 'guidance') return;
  const template = ctx.kind === 'template';
  const out: Finding[] = [];
  for (const { block, mention } of proseBlocks(ctx)) {
    const text = block.text;
    for (const m of text.matchAll(RUN)) {
      const run = m[0];
      const i = m.index;
      if (mention(i)) continue;
      const prev = text[i - 1];
      const next = text[i + run.length];
      // A letter or digit next to it makes it Latin text (Xbox, 3x4), not a placeholder.
      if (/[A-Za-z0-9_]/.test(prev ?? '') || /[A-Za-z0-9_]/.test(next ?? '')) continue;
      if (!isNeighbour(prev) && !isNeighbour(next)) continue;
      if (template) {
        out.push(findingIn(block, i, run.length, ctx.toPoint, { reason: `模板中的占位符应写作【】形式并写明要填什么（如“【单位名称】”“【数量】”），不是“${run}”。`, actual: run }));
        continue;
      }
      if (/^×+$/.test(run)) continue;
      const expected = run.length === 1 ? '×' : '××';
      out.push(findingIn(block, i, run.length, ctx.toPoint, { reason: `占位符“${run}”不是本站的统一形式，范例中应写作“${expected}”。`, actual: run, expected, fixable: true }));
    }
    if (!template) {
      for (const m of text.matchAll(SLOT)) {
        if (mention(m.index)) continue;
        out.push(findingIn(block, m.index, m[0].length, ctx.toPoint, { reason: `范例中不应出现模板占位符“${m[0]}”：请写出具体内容，需要隐去的写作“××”形式。`, actual: m[0] }));
      }
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
        out.push({
          reason: '占位符（*）被 Markdown 当作了强调符号（页面上显示为斜体），范例中应写作“×”。',
          start: ctx.toPoint(at),
          end: ctx.toPoint(at + 1),
          actual: '*',
          expected: '×',
          fix: { start: at, end: at + 1, text: '×' },
        });
      }
    });
  }
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default placeholders;
