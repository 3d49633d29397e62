// jingjian:punctuation — GB/T 15834-2011 in Chinese text: half-width , ; : ? ! ( ) and ASCII
// quotes; quotes and brackets that do not pair (look-alikes such as ″ included, and an opening
// quote used to close); nested quote order (“” outside, ‘’ inside; 《》 outside, 〈〉 inside);
// …… and ——. The checks are the importer's too (src/text/punctuation.ts): what the importer
// changes is what --fix changes; this rule words each issue.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { findPunctuationIssues, LOOK_ALIKE_NAMES, MARK_NAMES, type PunctuationIssue } from '../../text/punctuation.ts';
import { lintContext } from '../context.ts';
import { proseBlocks } from '../prose.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: 'full-width punctuation, paired and nested quotes',
      source: '有的同志认为“理论学习是‘软任务’”，学习《关于认真学习〈中国共产党纪律处分条例〉的通知》……2021—2022年——这是关键。\n',
    },
    { name: 'a half-width mark with a space on one side and digits on the other is Western typing', source: '时间10:30, 比例2.5。\n' },
    { name: 'Latin, numbers and URLs', source: '下载 Word (.docx) 文件，见 https://example.com/a?b=1,2 或 e-mail: a@b.cn，时间10:30，共1,000元。\n' },
  ],
  notOk: [
    {
      name: 'half-width punctuation in Chinese text',
      source: '严守党的政治纪律和政治规矩,落实中央八项规定精神;比如:是否到位?\n',
      messages: ['1:14-1:15: 中文句中使用了半角逗号“,”，应为全角逗号“，”。', '1:25-1:26: 中文句中使用了半角分号“;”，应为全角分号“；”。', '1:28-1:29: 中文句中使用了半角冒号“:”，应为全角冒号“：”。', '1:33-1:34: 中文句中使用了半角问号“?”，应为全角问号“？”。'],
      fixed: '严守党的政治纪律和政治规矩，落实中央八项规定精神；比如：是否到位？\n',
    },
    {
      name: 'half-width brackets and ASCII quotes',
      source: '增强"四个意识"(政治意识等)。\n',
      messages: ['1:3-1:4: 中文句中使用了英文直引号（"），应为前引号（“）。', '1:8-1:9: 中文句中使用了英文直引号（"），应为后引号（”）。', '1:9-1:10: 中文句中使用了半角括号“(”，应为全角括号“（”。', '1:15-1:16: 中文句中使用了半角括号“)”，应为全角括号“）”。'],
      fixed: '增强“四个意识”（政治意识等）。\n',
    },
    {
      name: 'a look-alike closing quote and an opening quote used to close',
      source: '认为理论学习是“软任务″，坚持“一切为了群众“的观念。\n',
      messages: ['1:12-1:13: 双撇号（″）不是引号，应为后引号（”）。', '1:23-1:24: 误用前引号（“）作后引号，应为后引号（”）。'],
      fixed: '认为理论学习是“软任务”，坚持“一切为了群众”的观念。\n',
    },
    {
      name: 'single-quote look-alikes, a full-width hyphen as a dash, a quoted Latin word',
      source: '他说“这是′软任务′”，目标－任务。\n\n请下载"Word"文件。\n',
      messages: ['1:6-1:7: 撇号（′）不是引号，应为前引号（‘）。', '1:10-1:11: 撇号（′）不是引号，应为后引号（’）。', '1:15-1:16: 破折号应写作“——”（占两个字的位置），不是“－”。', '3:4-3:5: 中文句中使用了英文直引号（"），应为前引号（“）。', '3:9-3:10: 中文句中使用了英文直引号（"），应为后引号（”）。'],
      fixed: '他说“这是‘软任务’”，目标——任务。\n\n请下载“Word”文件。\n',
    },
    {
      name: 'unpaired quotes and brackets',
      source: '引用“套路模式时只有前引号。学习《条例时。\n\n后引号”多余。\n',
      messages: ['1:3-1:4: 前引号（“）没有对应的后引号（”）。', '1:17-1:18: 书名号（《）没有对应的书名号（》）。', '3:4-3:5: 后引号（”）没有对应的前引号（“）。'],
    },
    {
      name: 'one half-width half of a pair is one defect, not also an unpaired bracket; a full stop before a quotation',
      source: '认真贯彻《党委（党组)落实规定》，提高认识.“以人民为中心”深入人心。\n',
      messages: ['1:11-1:12: 中文句中使用了半角括号“)”，应为全角括号“）”。', '1:22-1:23: 中文句中使用了半角句号“.”，应为全角句号“。”。'],
      fixed: '认真贯彻《党委（党组）落实规定》，提高认识。“以人民为中心”深入人心。\n',
    },
    {
      name: 'nesting order of quotes and title marks',
      source: '‘软任务’不能当借口，学习《关于学习《条例》的通知》。\n',
      messages: ['1:1-1:2: 最外层引号应使用双引号（“”），单引号（‘’）只用于引号里面一层。', '1:19-1:20: 书名号里面一层应使用单书名号“〈〉”，不是“《”。'],
    },
    {
      name: 'ellipsis and dash written wrongly',
      source: '学习研讨、征求意见...坚持问题导向—深刻剖析原因。。。\n',
      messages: ['1:10-1:13: 省略号应写作“……”（六个点，占两个字的位置），不是“...”。', '1:19-1:20: 破折号应写作“——”（占两个字的位置），不是“—”。', '1:26-1:29: 省略号应写作“……”（六个点，占两个字的位置），不是“。。。”。'],
      fixed: '学习研讨、征求意见……坚持问题导向——深刻剖析原因……\n',
    },
    {
      name: 'a 慎用 example is exempt, but an annotation is checked outside its quotes',
      source: '<Dont>严守纪律,落实规定。</Dont>\n\n<Annotation kind="correction">原文作“规矩,落实”,已订正。</Annotation>\n',
      messages: ['3:41-3:42: 中文句中使用了半角逗号“,”，应为全角逗号“，”。'],
      fixed: '<Dont>严守纪律,落实规定。</Dont>\n\n<Annotation kind="correction">原文作“规矩,落实”，已订正。</Annotation>\n',
    },
  ],
};

const side = (quote: string) => ('“‘'.includes(quote) ? '前' : '后');

/** The message for one issue. */
function describe(f: PunctuationIssue): string {
  const c = f.actual;
  const e = f.expected ?? '';
  switch (f.kind) {
    case 'half-width':
      return `中文句中使用了半角${MARK_NAMES[c]}“${c}”，应为全角${MARK_NAMES[c]}“${e}”。`;
    case 'straight-quote':
      return `中文句中使用了英文直引号（${c}），应为${side(e)}引号（${e}）。`;
    case 'look-alike':
      return `${LOOK_ALIKE_NAMES[c]}（${c}）不是引号，应为${side(e)}引号（${e}）。`;
    case 'opener-as-closer':
      return `误用前引号（${c}）作后引号，应为后引号（${e}）。`;
    case 'outer-single-quote':
      return '最外层引号应使用双引号（“”），单引号（‘’）只用于引号里面一层。';
    case 'nested-title-mark':
      return '书名号里面一层应使用单书名号“〈〉”，不是“《”。';
    case 'unclosed':
      return `${MARK_NAMES[c]}（${c}）没有对应的${c === '“' || c === '‘' ? '后引号' : MARK_NAMES[c]}（${e}）。`;
    case 'unopened':
      return `${MARK_NAMES[c]}（${c}）没有对应的${c === '”' || c === '’' ? '前引号' : MARK_NAMES[c]}（${e}）。`;
    case 'ellipsis':
      return `省略号应写作“……”（六个点，占两个字的位置），不是“${c}”。`;
    case 'dash':
      return `破折号应写作“——”（占两个字的位置），不是“${c}”。`;
  }
}

const punctuation = lintRule<Root>({ origin: 'jingjian:punctuation', url: ruleUrl('punctuation') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  const out: Finding[] = [];
  for (const { block, mention } of proseBlocks(ctx)) {
    for (const f of findPunctuationIssues(block.text, mention)) {
      // Unpaired marks have no replacement: the missing partner is named in the message only.
      const replaces = f.kind !== 'unclosed' && f.kind !== 'unopened';
      out.push(findingIn(block, f.index, f.length, ctx.toPoint, { reason: describe(f), actual: f.actual, ...(replaces && f.expected ? { expected: f.expected, fixable: f.fixable } : {}) }));
    }
  }
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default punctuation;
