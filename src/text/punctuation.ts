// Punctuation in Chinese text (GB/T 15834-2011): half-width , ; : ? ! ( ) and straight quotes;
// quotes and brackets that do not pair (look-alikes such as ″ included, and an opening quote used
// to close); nested quote order (“” outside, ‘’ inside; 《》 outside, 〈〉 inside); …… and ——.
// Latin text, numbers and URLs are left alone. Each issue says whether its replacement is
// safe wherever it is found: the linter's punctuation rule reports every issue and offers those
// as --fix, the importer applies them (normalisePunctuation). Hand-written: zhlint and lint-md
// check width and spacing but not pairing, nesting or the genre's look-alikes.
import { replaceSpans } from './replace-spans.ts';
import { leadingMarker } from '../docmodel/index.ts';

export type PunctuationIssueKind =
  | 'half-width' // , ; : ? ! ( ) in Chinese text
  | 'straight-quote' // " or ' in Chinese text
  | 'look-alike' // ″ ＂ ′ … standing for a quote
  | 'opener-as-closer' // “…“
  | 'outer-single-quote' // ‘…’ with no “…” around it
  | 'nested-title-mark' // 《…《…》…》
  | 'unclosed'
  | 'unopened'
  | 'ellipsis'
  | 'dash';

export interface PunctuationIssue {
  kind: PunctuationIssueKind;
  index: number;
  length: number;
  actual: string;
  /** The mark that should stand there (for unclosed/unopened: the missing partner). */
  expected?: string;
  /** True when replacing `actual` by `expected` is right wherever the issue is found. */
  fixable: boolean;
}

/** Names of the marks, as messages say them. */
export const MARK_NAMES: Record<string, string> = {
  ',': '逗号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '.': '句号',
  '(': '括号',
  ')': '括号',
  '“': '前引号',
  '”': '后引号',
  '‘': '前引号',
  '’': '后引号',
  '《': '书名号',
  '》': '书名号',
  '〈': '书名号',
  '〉': '书名号',
  '（': '括号',
  '）': '括号',
  '【': '方括号',
  '】': '方括号',
  '「': '引号',
  '」': '引号',
  '『': '引号',
  '』': '引号',
};

const FULL_WIDTH: Record<string, string> = { '.': '。', ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
export const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '「': '」', '『': '』' };
export const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

interface QuoteFamily {
  straight: string;
  /** Marks that stand for a quote of this family, by name. */
  lookAlikes: Record<string, string>;
  open: string;
  close: string;
}

/** Quote families: the straight quote, its look-alikes and the curly pair. */
const FAMILIES: QuoteFamily[] = [
  { straight: '"', lookAlikes: { '″': '双撇号', '〃': '同上号', '＂': '全角直引号', '„': '低位引号', '‟': '反向引号', '〝': '双花引号', '〞': '双花引号', '‶': '反向双撇号' }, open: '“', close: '”' },
  { straight: "'", lookAlikes: { '′': '撇号', '＇': '全角直撇号' }, open: '‘', close: '’' },
];
/** Each family with one pattern for all its marks: scanning with it is much faster than a loop over characters. */
const QUOTE_FAMILIES = FAMILIES.map((f) => ({ ...f, marks: new RegExp(`[${f.straight}${f.open}${f.close}${Object.keys(f.lookAlikes).join('')}]`, 'g') }));
export const LOOK_ALIKE_NAMES: Record<string, string> = Object.assign({}, ...FAMILIES.map((f) => f.lookAlikes));

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// Latin runs, numbers, URLs and e-mail addresses are not Chinese text.
// The lookbehind starts an address only where a run of its characters starts: without it a
// long run of letters with no @ is rescanned from every position (quadratic).
const NON_CHINESE = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”‘’]+|www\.[\w.-]+[^\s\u3000-\u303f\uff00-\uffef“”‘’]*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PAIRED_OR_LOOK_ALIKE = new RegExp(`[${[...Object.keys(PAIRS), ...CLOSERS.keys(), ...Object.keys(LOOK_ALIKE_NAMES)].join('')}]`, 'g');

const isChineseChar = (c: string | undefined) => !!c && (CJK.test(c) || /[\u3000-\u303f\uff01-\uff5e“”‘’—…×]/.test(c));

/**
 * A mark is in Chinese text when a Chinese character touches it, or stands on both sides past
 * spaces (规矩 , 落实). A space on one side and Latin or digits on the other is Western typing
 * (10:30, 比例; Word (.docx)).
 */
function chineseContext(text: string, i: number, len = 1): boolean {
  if (isChineseChar(text[i - 1]) || isChineseChar(text[i + len])) return true;
  let p = i - 1;
  while (p >= 0 && text[p] === ' ') p--;
  let n = i + len;
  while (n < text.length && text[n] === ' ') n++;
  return isChineseChar(text[p]) && isChineseChar(text[n]);
}

/** Half-width , ; : ? ! and parentheses; a pair of parentheses gets one verdict for both halves. */
function halfWidth(text: string, ignored: (i: number) => boolean, out: PunctuationIssue[]): void {
  const partner = new Map<number, number>();
  const open: number[] = [];
  for (const m of text.matchAll(/[()]/g)) {
    if (m[0] === '(') open.push(m.index);
    else if (open.length) {
      const o = open.pop()!;
      partner.set(o, m.index).set(m.index, o);
    }
  }
  for (const m of text.matchAll(/[,;:?!()]/g)) {
    const i = m.index;
    const c = m[0];
    if (ignored(i)) continue;
    if ((c === ',' || c === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    let chinese = chineseContext(text, i);
    const p = partner.get(i);
    if (p !== undefined) {
      // A pair is Chinese when it holds Chinese or touches it: 文件(docx), not Word (.docx).
      const [a, b] = p < i ? [p, i] : [i, p];
      chinese = CJK.test(text.slice(a + 1, b)) || isChineseChar(text[a - 1]) || isChineseChar(text[b + 1]);
    }
    if (chinese) out.push({ kind: 'half-width', index: i, length: 1, actual: c, expected: FULL_WIDTH[c]!, fixable: true });
  }
  // A full stop typed as "." right after a Chinese character, ending the sentence: not a
  // decimal point (1.5), a numbering mark (1.), a file name (材料.docx) or an ellipsis (...).
  // The next sentence may open with a quotation or a title (认识.“以人民为中心”……).
  for (const m of text.matchAll(/(?<!\.)\.(?!\.)/g)) {
    const i = m.index;
    if (ignored(i) || !isChineseChar(text[i - 1]) || !/^(?:$|\s|[\u4e00-\u9fff”’）》“‘《（])/.test(text.slice(i + 1, i + 2))) continue;
    out.push({ kind: 'half-width', index: i, length: 1, actual: '.', expected: '。', fixable: true });
  }
}

/**
 * Straight quotes and look-alikes become curly by where they stand among the paragraph's quotes
 * of the same family, curly ones included (“两个确立″ closes with ”). They are fixable when the
 * family then pairs up; a look-alike that closes an open quote is fixable anyway. Returns the
 * role each look-alike takes, for the pairing check.
 */
function straightQuotes(text: string, ignored: (i: number) => boolean, out: PunctuationIssue[]): Map<number, string> {
  const roles = new Map<number, string>();
  for (const family of QUOTE_FAMILIES) {
    const { lookAlikes } = family;
    const marks: Array<{ i: number; c: string; to: string; closesOpen: boolean }> = [];
    let open = false;
    let balanced = true;
    for (const m of text.matchAll(family.marks)) {
      const i = m.index;
      const c = m[0];
      let role: 'open' | 'close' | undefined;
      if (c === family.open) role = 'open';
      else if (c === family.close) {
        // don’t: an apostrophe, not a quote.
        if (c === '’' && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
        role = 'close';
      } else if ((c === family.straight || c in lookAlikes) && !ignored(i)) {
        if (c === "'" && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
        role = open ? 'close' : 'open';
        marks.push({ i, c, to: role === 'open' ? family.open : family.close, closesOpen: open });
      }
      if (role === 'open') {
        if (open) balanced = false;
        open = true;
      } else if (role === 'close') {
        if (!open) balanced = false;
        open = false;
      }
    }
    if (open) balanced = false;
    // A straight pair is Chinese when either half is, or it holds Chinese (“Word”文件).
    const chinese = new Set<number>();
    marks.forEach((m, k) => {
      if (m.c !== family.straight || !chineseContext(text, m.i)) return;
      chinese.add(m.i);
      const other = m.to === family.open ? marks[k + 1] : marks[k - 1];
      if (balanced && other?.c === family.straight && other.to !== m.to) chinese.add(other.i);
    });
    for (const m of marks) {
      if (m.c === family.straight) {
        if (chinese.has(m.i)) out.push({ kind: 'straight-quote', index: m.i, length: 1, actual: m.c, expected: m.to, fixable: balanced });
      } else {
        roles.set(m.i, m.to);
        out.push({ kind: 'look-alike', index: m.i, length: 1, actual: m.c, expected: m.to, fixable: balanced || m.closesOpen });
      }
    }
  }
  return roles;
}

/** The next quote mark of the same family after index i (roles of look-alikes aside). */
function nextOfFamily(text: string, i: number, opener: string, skip: (i: number) => boolean): string | undefined {
  const closer = PAIRS[opener]!;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if ((c === opener || c === closer) && !skip(j)) return c;
  }
  return undefined;
}

/** Pairing and nesting of full-width quotes and brackets, look-alikes read as the quote they stand for. */
function pairing(text: string, skip: (i: number) => boolean, roles: Map<number, string>, out: PunctuationIssue[]): void {
  const stack: Array<{ c: string; i: number }> = [];
  const has = (c: string) => stack.some((s) => s.c === c);
  const unclosed = (u: { c: string; i: number }) => out.push({ kind: 'unclosed', index: u.i, length: 1, actual: u.c, expected: PAIRS[u.c]!, fixable: false });
  for (const m of text.matchAll(PAIRED_OR_LOOK_ALIKE)) {
    const i = m.index;
    if (skip(i)) continue;
    const c = roles.get(i) ?? m[0];
    if (c in LOOK_ALIKE_NAMES) continue;
    if (c === '’' && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    if (c in PAIRS) {
      const top = stack[stack.length - 1];
      if ((c === '“' || c === '‘') && top?.c === c) {
        // “甲“乙” — the second “ opens 乙 (its ” follows), so the first lost its partner;
        // “甲“，乙 — nothing closes the second, so it was typed for the first's ”.
        if (nextOfFamily(text, i, c, skip) === PAIRS[c]) {
          unclosed(stack.pop()!);
          stack.push({ c, i });
          continue;
        }
        out.push({ kind: 'opener-as-closer', index: i, length: 1, actual: c, expected: PAIRS[c]!, fixable: true });
        stack.pop();
        continue;
      }
      if (c === '‘' && !has('“') && !has('‘')) out.push({ kind: 'outer-single-quote', index: i, length: 1, actual: c, expected: '“', fixable: false });
      else if (c === '《' && has('《')) out.push({ kind: 'nested-title-mark', index: i, length: 1, actual: c, expected: '〈', fixable: false });
      stack.push({ c, i });
      continue;
    }
    const opener = CLOSERS.get(c);
    if (!opener) continue;
    const depth = stack.map((s) => s.c).lastIndexOf(opener);
    if (depth === -1) {
      out.push({ kind: 'unopened', index: i, length: 1, actual: c, expected: opener, fixable: false });
      continue;
    }
    // An inner mark may have been left open by a nested one that this closes.
    while (stack.length > depth + 1) unclosed(stack.pop()!);
    stack.pop();
  }
  for (const u of stack) unclosed(u);
}

/** Ellipsis (……) and dash (——) written with other marks. */
function ellipsisAndDash(text: string, ignored: (i: number) => boolean, out: PunctuationIssue[]): void {
  for (const m of text.matchAll(/\.{3,}|。{2,}|…+|⋯+|—+|―+|－+|-{2,}|─+/g)) {
    const s = m[0];
    const i = m.index;
    if (ignored(i)) continue;
    if (s[0] === '…' && (s.length === 2 || s.length === 4)) continue;
    if (s === '——' || s === '————') continue;
    const chinese = chineseContext(text, i, s.length);
    if (/^[.。…⋯]/.test(s)) {
      if (s[0] === '.' && !chinese) continue;
      out.push({ kind: 'ellipsis', index: i, length: s.length, actual: s, expected: '……', fixable: true });
      continue;
    }
    // A single — or － between numbers (2021—2022) is a connector, not a dash.
    const prev = text[i - 1];
    const next = text[i + s.length];
    if (s.length === 1 && (/[\dA-Za-z]/.test(prev ?? '') || /[\dA-Za-z]/.test(next ?? '') || !chinese)) continue;
    if ((s[0] === '-' || s[0] === '－') && !chinese) continue;
    out.push({ kind: 'dash', index: i, length: s.length, actual: s, expected: '——', fixable: true });
  }
}

/**
 * Every punctuation issue in a text, in text order. `skip` marks indexes that are not the
 * author's own writing (a quoted mention in commentary).
 */
export function findPunctuationIssues(text: string, skip: (index: number) => boolean = () => false): PunctuationIssue[] {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(NON_CHINESE)) spans.push([m.index, m.index + m[0].length]);
  // A numbering marker such as a half-width "(一)" is the numbering rule's to report.
  const leading = leadingMarker(text);
  const markerEnd = leading ? leading.start + leading.raw.length : 0;
  if (leading) spans.push([0, markerEnd]);
  const ignored = (i: number) => spans.some(([a, b]) => i >= a && i < b) || skip(i);
  const out: PunctuationIssue[] = [];
  halfWidth(text, ignored, out);
  const roles = straightQuotes(text, ignored, out);
  // A half-width bracket already reported for its width pairs as the full-width one it should
  // be (“（党组)” is one defect, not also an unclosed “（”); a marker's brackets ("（四)") pair
  // by themselves.
  let pairText = text;
  for (const f of out) if (f.kind === 'half-width' && f.expected && '()'.includes(f.actual)) pairText = pairText.slice(0, f.index) + f.expected + pairText.slice(f.index + 1);
  pairing(pairText, (i) => i < markerEnd || skip(i), roles, out);
  ellipsisAndDash(text, ignored, out);
  return out.sort((a, b) => a.index - b.index);
}

export interface PunctuationResult {
  text: string;
  /** How many marks were changed. */
  changed: number;
  /** Straight quotes left as they were because they do not pair. */
  unpairedQuotes: boolean;
}

/** Applies every safe fix: full-width marks in Chinese text, curly quotes where they pair, …… and ——. */
export function normalisePunctuation(input: string): PunctuationResult {
  const issues = findPunctuationIssues(input);
  const fixes = issues.flatMap((f) => (f.fixable && f.expected !== undefined ? [{ start: f.index, end: f.index + f.length, text: f.expected }] : []));
  const { output, applied } = replaceSpans(input, fixes);
  const unpairedQuotes = issues.some((f) => f.kind === 'straight-quote' && !f.fixable);
  return { text: output, changed: applied.length, unpairedQuotes };
}
