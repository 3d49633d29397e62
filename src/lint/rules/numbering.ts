// jingjian:numbering — GB/T 9704-2012 §7.3.3 numbering (一、 → （一） → 1. → （1）) and
// 一是/二是 runs. The document model finds every defect with its position; this rule only turns
// the model's defects into messages, so the linter and the pages never disagree. These are
// certain errors: a skip or a restart is reported at the paragraph that seems to have lost the
// number when there is one; a paragraph that only looks like a lost item (the end of a group,
// no skip) is a guess, reported by jingjian:lost-markers.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { isLostMarker, leadingMarker } from '../../docmodel/index.ts';
import { lintContext, type LintContext } from '../context.ts';
import { report, ruleUrl, type RuleExamples } from '../report.ts';
import { exactOffset } from '../text.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: '四级编号依次使用，每级在上一级下重新起编',
      source: '一、存在的问题\n\n（一）理论学习不够深入。\n\n1.学习不系统。\n\n（1）学得少。\n\n（2）学得浅。\n\n2.联系实际不够。\n\n（二）担当作为不够。\n\n1.有畏难情绪。\n\n二、原因剖析\n',
    },
    { name: '完整的“一是、二是”系列', source: '一、存在的问题\n\n一是学习不够。二是联系实际不够。三是转化成果不够。\n' },
  ],
  notOk: [
    {
      name: '半角括号（可自动修复）',
      source: '一、存在的问题\n\n(一)理论学习不够深入。\n',
      messages: ['3:1-3:4: 编号“(一)”使用了半角括号，应使用全角括号“（一）”。'],
      fixed: '一、存在的问题\n\n（一）理论学习不够深入。\n',
    },
    {
      name: '编号后的标点（GB/T 15834 B.3）',
      source: '一，存在的问题\n\n（一）、理论学习不够深入。\n\n1、学习不系统。\n',
      messages: [
        '1:1-1:3: 一级标题编号应写作“一、”（数字后用顿号），不是“一，”。',
        '3:1-3:5: 编号“（一）”后不加标点，多了“、”。',
        '5:1-5:3: 三级标题编号应写作“1.”（数字后用半角下脚点），不是“1、”。',
      ],
      fixed: '一、存在的问题\n\n（一）理论学习不够深入。\n\n1.学习不系统。\n',
    },
    {
      name: '跳级',
      source: '一、整改措施\n\n1.强化理论学习。\n',
      messages: ['3:1-3:3: “1.”跳过了层级：上一级之下应先有“（一）”这一层，再用“1.”。'],
    },
    {
      name: '跳号、重号和顺序颠倒的编号',
      source: '一、存在的问题\n\n（一）甲。\n\n（三）乙。\n\n（三）丙。\n\n（二）丁。\n',
      messages: ['5:1-5:4: “（三）”之前缺少“（二）”，编号不应跳号。', '7:1-7:4: 编号“（三）”与上一条重复，应为“（四）”。', '9:1-9:4: 编号“（二）”顺序颠倒，此处应为“（四）”。'],
    },
    {
      name: '跳号处有一段像是丢了编号：在该段报告，建议加上的编号（不自动修复）',
      source: '一、存在的问题\n\n（一）理论学习不够深入。一是学得少。二是学得浅。\n\n担当作为不够。一是怕担责。二是怕出错。\n\n（三）作风不够扎实。一是不深入。二是不细致。\n',
      messages: ['5:1-5:1: 此段像是丢了编号的“（二）”：前后编号之间缺少“（二）”，若此段正是这一条，请在段首加上“（二）”。'],
    },
    {
      name: '编号重新开始，前面一段像是丢了编号的上一级标题',
      source: '一、整改落实情况\n\n（一）聚焦学习\n\n1.学习不够。要加强。\n\n2.制度不严。要完善。\n\n落实巡察整改情况\n\n1.分工不明确。已调整。\n\n2.谈心不深入。已改进。\n',
      messages: ['9:1-9:1: 此段像是丢了编号的“（二）”：其下的编号从“1.”重新开始，若此段正是这一条，请在段首加上“（二）”。'],
    },
    {
      name: '“一是、二是”系列跳号处丢了序号的一段',
      source: '一、存在的问题\n\n（一）学习不够\n\n一是学得少。平时看得少。\n\n学得浅。没有深入。\n\n三是用得少。登录不经常。\n',
      messages: ['7:1-7:1: 此段像是丢了开头的“二是”：前后两条之间缺少“二是”，若此段正是这一条，请在段首加上“二是”。'],
    },
    {
      name: '接着上一组往下编号',
      source: '一、存在的问题\n\n（一）甲。\n\n1.子一。\n\n2.子二。\n\n（二）乙。\n\n3.子三。\n',
      messages: ['11:1-11:3: “3.”接续了上一节的编号；新的上级标题之下应从“1.”重新编号。'],
    },
    {
      name: '同一上级标题下编号重新开始，前面没有像是丢了编号的段落',
      source: '一、存在的问题\n\n（一）理论学习不够深入。\n\n1.学习不系统。\n\n2.联系实际不够。\n\n1.有畏难情绪。\n',
      messages: ['9:1-9:3: 编号在同一上级标题下从“1.”重新开始，很可能缺少上一级标题“（二）”。'],
    },
    {
      name: '跨部分接续编号',
      source: '一、存在的问题\n\n（一）理论学习不够深入。\n\n（二）担当作为不够。\n\n二、原因剖析\n\n（三）理想信念有所松懈。\n\n（四）宗旨意识有所淡化。\n',
      messages: ['9:1-9:4: “（三）”接续了上一节的编号；新的上级标题之下应从“（一）”重新编号。'],
    },
    {
      name: '不完整和中断的“一是、二是”系列',
      source: '一、存在的问题\n\n一是学习不够。\n\n二、原因剖析\n\n一是思想不够重视。三是制度执行不严。\n',
      messages: ['3:1-3:3: 只有“一是”，没有“二是”：一项内容不必分条，或补齐后续各条。', '7:10-7:12: “三是”之前缺少“二是”。'],
    },
    {
      name: '与上一段只隔一个换行的编号段',
      source: '一、存在的问题\n\n（一）理论学习不够深入。\n（二）担当作为不够。\n',
      messages: ['3:13-4:1: 这一行与上一行之间只有一个换行，Markdown 会把两行并成一段显示，编号“（二）”因此不成为新的一条：请在两行之间空一行。'],
      fixed: '一、存在的问题\n\n（一）理论学习不够深入。\n\n（二）担当作为不够。\n',
    },
    {
      name: '写成 Markdown 标题的编号标题',
      source: '## 一、存在的问题\n\n（一）理论学习不够深入。\n',
      messages: ['1:1-1:4: 编号标题“一、存在的问题”写成了 Markdown 标题，多了行首的“## ”：编号行照原样书写，层级由编号决定。'],
      fixed: '一、存在的问题\n\n（一）理论学习不够深入。\n',
    },
  ],
};

interface HeadingNode {
  type: string;
  depth?: number;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Words that start a paragraph of their own in these documents (整改情况：…). */
const LABEL_LINE = /^(?:整改情况|整改措施|整改时限|责任人|责任单位|完成情况|整改进展)[：:]/;

/**
 * A numbered line joined to the previous one by a single newline: Markdown shows one paragraph
 * and the number starts no item. Certain when the next line starts with a marker or a label,
 * so the fix (a blank line) is safe; other single line breaks are left alone.
 */
function joinedLines(ctx: LintContext, file: unknown): void {
  for (const block of ctx.texts()) {
    if (block.where !== 'body' || block.components.length) continue;
    for (let i = block.text.indexOf('\n'); i !== -1; i = block.text.indexOf('\n', i + 1)) {
      const next = block.text.slice(i + 1);
      const marker = leadingMarker(next);
      if (!marker && !LABEL_LINE.test(next)) continue;
      const offset = exactOffset(block, i);
      if (offset === undefined) continue;
      const what = marker ? `编号“${marker.raw}”因此不成为新的一条` : '下一行的内容因此接在上一段末尾';
      report(file, {
        reason: `这一行与上一行之间只有一个换行，Markdown 会把两行并成一段显示，${what}：请在两行之间空一行。`,
        start: ctx.toPoint(offset),
        end: ctx.toPoint(offset + 1),
        actual: '\n',
        expected: '\n\n',
        fix: { start: offset, end: offset + 1, text: '\n\n' },
      });
    }
  }
}

/** Templates and guidance describe numbering in prose; only documents are numbered. */
export const numberedDocument = (ctx: LintContext): boolean => ctx.kind !== 'template' && ctx.kind !== 'guidance';

const numbering = lintRule<Root>({ origin: 'jingjian:numbering', url: ruleUrl('numbering') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  if (!numberedDocument(ctx)) return;
  if (ctx.source.includes('\n')) joinedLines(ctx, file);
  const outline = ctx.outline();
  for (const d of outline.defects) {
    if (isLostMarker(d) && !d.inGap) continue;
    const start = d.position.start.offset;
    const end = d.position.end.offset;
    const safe = d.fixable && d.actual !== undefined && d.expected !== undefined && start !== undefined && end !== undefined && ctx.source.slice(start, end) === d.actual;
    report(file, {
      reason: d.message,
      start: d.position.start,
      end: d.position.end,
      ...(d.actual !== undefined ? { actual: d.actual } : {}),
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
      ...(safe ? { fix: { start: start!, end: end!, text: d.expected! } } : {}),
    });
  }
  // `## 一、…`: the model reads the level from the number; the hashes are residue.
  for (const node of outline.nodes) {
    if (node.type !== 'section' || !node.marker || !node.block) continue;
    const md = node.block.node as HeadingNode | undefined;
    if (md?.type !== 'heading' || md.position?.start.offset === undefined) continue;
    const from = md.position.start.offset;
    const hashes = /^#{1,6}[ \t]+/.exec(ctx.source.slice(from, from + 16))?.[0];
    if (!hashes) continue;
    report(file, {
      reason: `编号标题“${node.marker.raw}${node.title}”写成了 Markdown 标题，多了行首的“${hashes}”：编号行照原样书写，层级由编号决定。`,
      start: ctx.toPoint(from),
      end: ctx.toPoint(from + hashes.length),
      actual: hashes,
      expected: '',
      fix: { start: from, end: from + hashes.length, text: '' },
    });
  }
});

export default numbering;
