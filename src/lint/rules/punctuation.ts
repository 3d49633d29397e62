// jingjian:punctuation — GB/T 15834-2011 in Chinese text: half-width , ; : ? ! ( ) and ASCII
// quotes; quotes and brackets that do not pair (look-alikes such as ″ included, and an opening
// quote used to close); nested quote order (“” outside, ‘’ inside; 《》 outside, 〈〉 inside);
// …… and ——. Latin text, numbers and URLs are left alone. Hand-written: zhlint and lint-md
// check width and spacing but not pairing, nesting or the genre's look-alikes.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { lintContext } from '../context.ts';
import { CJK, proseBlocks, type ProseBlock } from '../prose.ts';
import { findingIn, report, ruleUrl, type Finding, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: 'full-width punctuation, paired and nested quotes',
      source: '有的同志认为“理论学习是‘软任务’”，学习《关于认真学习〈中国共产党纪律处分条例〉的通知》……2021—2022年——这是关键。\n',
    },
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
      name: 'unpaired quotes and brackets',
      source: '引用“套路模式时只有前引号。学习《条例时。\n\n后引号”多余。\n',
      messages: ['1:3-1:4: 前引号（“）没有对应的后引号（”）。', '1:17-1:18: 书名号（《）没有对应的书名号（》）。', '3:4-3:5: 后引号（”）没有对应的前引号（“）。'],
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

const HALF_WIDTH: Record<string, [string, string]> = {
  ',': ['逗号', '，'],
  ';': ['分号', '；'],
  ':': ['冒号', '：'],
  '?': ['问号', '？'],
  '!': ['叹号', '！'],
  '(': ['括号', '（'],
  ')': ['括号', '）'],
};
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '「': '」', '『': '』' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const NAMES: Record<string, string> = { '“': '前引号', '”': '后引号', '‘': '前引号', '’': '后引号', '《': '书名号', '》': '书名号', '〈': '书名号', '〉': '书名号', '（': '括号', '）': '括号', '【': '方括号', '】': '方括号', '「': '引号', '」': '引号', '『': '引号', '』': '引号' };
/** Characters that look like quotes but are not: (name, the quote it stands for when it closes / opens). */
const LOOKALIKES: Record<string, string> = { '″': '双撇号', '〃': '同上号', '＂': '全角直引号', '„': '低位引号', '‟': '反向引号', '〝': '双花引号', '〞': '双花引号', '‶': '反向双撇号' };
// Latin runs, numbers, URLs and e-mail addresses are not Chinese text.
const NON_CHINESE = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”‘’]+|www\.[\w.-]+[^\s\u3000-\u303f\uff00-\uffef“”‘’]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PAIRED_OR_LOOKALIKE = new RegExp(`[${[...Object.keys(PAIRS), ...CLOSERS.keys(), ...Object.keys(LOOKALIKES)].join('')}]`, 'g');
const LEADING_MARKER = /^\s*\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*\)/;

const unclosed = (c: string) => `${NAMES[c]}（${c}）没有对应的${c === '“' || c === '‘' ? '后引号' : NAMES[c]}（${PAIRS[c]}）。`;
const isChineseChar = (c: string | undefined) => !!c && (CJK.test(c) || /[\u3000-\u303f\uff01-\uff5e“”‘’—…]/.test(c));

function neighbours(text: string, i: number, len = 1): [string | undefined, string | undefined] {
  let p = i - 1;
  while (p >= 0 && text[p] === ' ') p--;
  let n = i + len;
  while (n < text.length && text[n] === ' ') n++;
  return [text[p], text[n]];
}

function chineseContext(text: string, i: number, len = 1): boolean {
  const [prev, next] = neighbours(text, i, len);
  return isChineseChar(prev) || isChineseChar(next);
}

function checkBlock(pb: ProseBlock, toPoint: Parameters<typeof findingIn>[3], out: Finding[]): void {
  const { block, mention } = pb;
  const text = block.text;
  const skipped: Array<[number, number]> = [];
  for (const m of text.matchAll(NON_CHINESE)) skipped.push([m.index, m.index + m[0].length]);
  const leading = LEADING_MARKER.exec(text);
  if (leading) skipped.push([0, leading[0].length]);
  const ignored = (i: number) => skipped.some(([a, b]) => i >= a && i < b) || mention(i);
  const at = (i: number, len: number, fields: Parameters<typeof findingIn>[4]) => out.push(findingIn(block, i, len, toPoint, fields));

  // Half-width , ; : ? ! and parentheses (paired, so both halves get the same verdict).
  const parenPartner = new Map<number, number>();
  const open: number[] = [];
  for (const m of text.matchAll(/[()]/g)) {
    if (m[0] === '(') open.push(m.index);
    else if (open.length) {
      const o = open.pop()!;
      parenPartner.set(o, m.index).set(m.index, o);
    }
  }
  for (const m of text.matchAll(/[,;:?!()]/g)) {
    const i = m.index;
    const c = m[0];
    const hw = HALF_WIDTH[c]!;
    if (ignored(i)) continue;
    const [prev, next] = neighbours(text, i);
    if ((c === ',' || c === ':') && /\d/.test(prev ?? '') && /\d/.test(next ?? '')) continue;
    let chinese = chineseContext(text, i);
    const partner = parenPartner.get(i);
    if (partner !== undefined) {
      // A pair is Chinese when it holds Chinese or touches it: 文件(docx), not Word (.docx).
      const [a, b] = partner < i ? [partner, i] : [i, partner];
      chinese = CJK.test(text.slice(a + 1, b)) || isChineseChar(text[a - 1]) || isChineseChar(text[b + 1]);
    }
    if (chinese) at(i, 1, { reason: `中文句中使用了半角${hw[0]}“${c}”，应为全角${hw[0]}“${hw[1]}”。`, actual: c, expected: hw[1], fixable: true });
  }

  // ASCII quotes: fixed as pairs, so only when they pair up.
  for (const [q, pair] of [['"', ['“', '”']], ["'", ['‘', '’']]] as const) {
    const all: number[] = [];
    for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) if (!ignored(i)) all.push(i);
    const chinese = all.filter((i) => chineseContext(text, i));
    if (!chinese.length) continue;
    all.forEach((i, k) => {
      if (!chinese.includes(i)) return;
      const expected = pair[k % 2]!;
      at(i, 1, { reason: `中文句中使用了英文直引号（${q}），应为${k % 2 ? '后' : '前'}引号（${expected}）。`, actual: q, expected, fixable: all.length % 2 === 0 });
    });
  }

  // Pairing and nesting of full-width quotes and brackets, look-alikes included.
  const stack: Array<{ c: string; i: number }> = [];
  const has = (c: string) => stack.some((s) => s.c === c);
  for (const m of text.matchAll(PAIRED_OR_LOOKALIKE)) {
    const i = m.index;
    let c = m[0];
    if (mention(i)) continue;
    if (c in LOOKALIKES) {
      const closes = stack[stack.length - 1]?.c === '“';
      const expected = closes ? '”' : '“';
      at(i, 1, { reason: `${LOOKALIKES[c]}（${c}）不是引号，应为${closes ? '后' : '前'}引号（${expected}）。`, actual: c, expected, fixable: closes });
      c = expected;
    }
    if (c === '’' && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    if (c in PAIRS) {
      const top = stack[stack.length - 1];
      if ((c === '“' || c === '‘') && top?.c === c) {
        const expected = PAIRS[c]!;
        at(i, 1, { reason: `误用前引号（${c}）作后引号，应为后引号（${expected}）。`, actual: c, expected, fixable: true });
        stack.pop();
        continue;
      }
      if (c === '‘' && !has('“') && !has('‘')) {
        at(i, 1, { reason: '最外层引号应使用双引号（“”），单引号（‘’）只用于引号里面一层。', actual: c, expected: '“' });
      } else if (c === '《' && has('《')) {
        at(i, 1, { reason: '书名号里面一层应使用单书名号“〈〉”，不是“《”。', actual: c, expected: '〈' });
      }
      stack.push({ c, i });
      continue;
    }
    const opener = CLOSERS.get(c);
    if (!opener) continue;
    const depth = stack.map((s) => s.c).lastIndexOf(opener);
    if (depth === -1) {
      at(i, 1, { reason: `${NAMES[c]}（${c}）没有对应的${c === '”' || c === '’' ? '前引号' : NAMES[c]}（${opener}）。`, actual: c });
      continue;
    }
    // An inner half-width pair may have been closed by a nested mark that this closes.
    while (stack.length > depth + 1) {
      const u = stack.pop()!;
      at(u.i, 1, { reason: unclosed(u.c), actual: u.c });
    }
    stack.pop();
  }
  for (const u of stack) at(u.i, 1, { reason: unclosed(u.c), actual: u.c });

  // Ellipsis (……) and dash (——).
  for (const m of text.matchAll(/\.{3,}|。{2,}|…+|⋯+|—+|―+|－{2,}|-{2,}|─+/g)) {
    const s = m[0];
    const i = m.index;
    if (ignored(i)) continue;
    if (s[0] === '…' && (s.length === 2 || s.length === 4)) continue;
    if (s === '——' || s === '————') continue;
    const [prev, next] = neighbours(text, i, s.length);
    const chinese = isChineseChar(prev) || isChineseChar(next);
    const ellipsis = /^[.。…⋯]/.test(s);
    if (ellipsis) {
      if ((s[0] === '.' || s[0] === '-') && !chinese) continue;
      at(i, s.length, { reason: `省略号应写作“……”（六个点，占两个字的位置），不是“${s}”。`, actual: s, expected: '……', fixable: true });
      continue;
    }
    // A single — between numbers (2021—2022) is a connector, not a dash.
    if (s === '—' && (/[\dA-Za-z]/.test(prev ?? '') || /[\dA-Za-z]/.test(next ?? '') || !chinese)) continue;
    if (s[0] === '-' && !chinese) continue;
    at(i, s.length, { reason: `破折号应写作“——”（占两个字的位置），不是“${s}”。`, actual: s, expected: '——', fixable: true });
  }
}

const punctuation = lintRule<Root>({ origin: 'jingjian:punctuation', url: ruleUrl('punctuation') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  const out: Finding[] = [];
  for (const pb of proseBlocks(ctx)) checkBlock(pb, ctx.toPoint, out);
  out.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const f of out) report(file, f);
});

export default punctuation;
