// Lints one file's bytes: strict UTF-8 decoding, a size limit, parsing and the rules. Whatever
// the input, the result is a VFile with messages (a broken file gets one error with its
// position); nothing here throws for bad content.
import { VFile } from 'vfile';
import { invalidUtf8Offset } from '../text/utf8.ts';
import { MAX_BYTES } from './mdx-safety-check.ts';
import { RULE_IDS } from './preset.ts';
import { lintProcessor, syntaxNeeds, syntaxOf, type LintConfig } from './processor.ts';
import { SOURCE } from './report.ts';

export interface LintedFile {
  file: VFile;
  /** False when the file could not be decoded or parsed: --fix must leave it alone. */
  parsed: boolean;
}

function fail(file: VFile, ruleId: string, reason: string, place: { line: number; column: number }): LintedFile {
  const m = file.message(reason, { place, ruleId, source: SOURCE });
  m.fatal = true;
  return { file, parsed: false };
}

/** Chinese explanation of an MDX/Markdown parse error, keeping the parser's own words as a note. */
function describeParseError(reason: string): string {
  const hints: Array<[RegExp, string]> = [
    [/closing tag|closing slash|Unexpected end of file before name/i, '组件标签没有成对闭合：检查 <Annotation>…</Annotation> 等标签是否配对、嵌套是否正确'],
    [/expression|Unexpected character/i, '正文中的 { } < > 会被当作代码：请删去或改为全角“｛｝＜＞”，组件标签要成对闭合'],
    [/lazy/i, '组件内的内容缩进或空行不对：开始和结束标签各占一行，中间内容前后空一行'],
  ];
  const hint = hints.find(([re]) => re.test(reason))?.[1] ?? '请检查此处的 MDX 语法：正文中的 { } < > 请改为全角，组件标签要成对闭合';
  return `无法解析此文件（MDX 语法错误），其余规则未运行：${hint}。解析器原文：${reason}`;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function lintBytes(path: string, bytes: Uint8Array, config: LintConfig = {}): LintedFile {
  const syntax = syntaxOf(path) ?? 'md';
  if (bytes.length > MAX_BYTES) {
    const file = new VFile({ path, value: '' });
    return fail(file, 'parse', `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_BYTES / 1024 / 1024} MB 的上限：一篇范例一般不超过 200 KB，请检查是否粘贴了多余内容或把多篇材料合在了一个文件里。`, { line: 1, column: 1 });
  }
  let source: string;
  try {
    source = STRICT_UTF8.decode(bytes);
  } catch {
    const bad = Math.max(0, invalidUtf8Offset(bytes));
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split(/\r\n|\r|\n/);
    const file = new VFile({ path, value: '' });
    return fail(
      file,
      'parse',
      `文件不是合法的 UTF-8 编码（第 ${bad + 1} 字节处）：请用 UTF-8 编码另存此文件；GBK 编码的材料请先用 npm run import 导入。`,
      { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
    );
  }
  return lintSource(path, source, config, syntax);
}

/**
 * Markdown parsing is super-linear on some shapes (thousands of nested containers or unclosed
 * brackets); real content is nowhere near these limits, so such a file is rejected up front
 * rather than left to parse for minutes.
 */
const LIMITS: Array<{ char: string; max: number; what: string }> = [
  { char: '[', max: 2000, what: '方括号“[”' },
  { char: '*', max: 5000, what: '星号“*”' },
  { char: '_', max: 5000, what: '下划线“_”' },
  { char: '<', max: 5000, what: '尖括号“<”' },
  { char: '{', max: 5000, what: '花括号“{”' },
  { char: '`', max: 5000, what: '反引号“`”' },
];
const MAX_INDENT = 160;
const MAX_CONTAINERS = 32;

/** Emphasis delimiters are paired within a paragraph at a cost that grows with the square of their number there. */
const MAX_EMPHASIS_PER_PARAGRAPH = 500;

function emphasisRun(source: string): number | undefined {
  let count = 0;
  let blank = true;
  // By code: source[i] would make a string for every Chinese character of every file.
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 /* \n */) {
      if (blank) count = 0;
      blank = true;
    } else if (c !== 32 /* space */ && c !== 9 /* \t */ && c !== 13 /* \r */) {
      blank = false;
      if ((c === 42 /* * */ || c === 95 /* _ */) && ++count > MAX_EMPHASIS_PER_PARAGRAPH) return i;
    }
  }
  return undefined;
}

export function structuralProblem(source: string): { reason: string; offset: number } | undefined {
  const emphasis = emphasisRun(source);
  if (emphasis !== undefined) return { reason: `同一段中的星号“*”和下划线“_”超过 ${MAX_EMPHASIS_PER_PARAGRAPH} 个，结构异常，无法安全解析：正文中的这类符号请改为全角或删去。`, offset: emphasis };
  for (const { char, max, what } of LIMITS) {
    let count = 0;
    for (let i = source.indexOf(char); i !== -1; i = source.indexOf(char, i + 1)) {
      if (++count > max) return { reason: `文件中的${what}超过 ${max} 个，结构异常，无法安全解析：正文中的这类符号请改为全角或删去。`, offset: i };
    }
  }
  for (const m of source.matchAll(/^([ \t]*)((?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])[ \t]+)*)/gm)) {
    const indent = m[1]!.replace(/\t/g, '    ').length;
    const containers = (m[2]!.match(/[-*+>]|\d{1,9}[.)]/g) ?? []).length;
    if (indent > MAX_INDENT || containers > MAX_CONTAINERS) {
      return { reason: `文件结构嵌套过深（行首缩进 ${indent} 列、${containers} 层列表或引用），无法安全解析：请把内容改为平铺的段落。`, offset: m.index };
    }
  }
  return undefined;
}

export function lintSource(path: string, source: string, config: LintConfig = {}, syntax = syntaxOf(path) ?? 'md'): LintedFile {
  const file = new VFile({ path, value: source });
  const problem = structuralProblem(source);
  if (problem) {
    const before = source.slice(0, problem.offset).split(/\r\n|\r|\n/);
    return fail(file, 'parse', problem.reason, { line: before.length, column: before[before.length - 1]!.length + 1 });
  }
  const processor = lintProcessor(syntax, config, syntaxNeeds(source));
  let tree;
  try {
    tree = processor.parse(file);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : { line: e.line ?? 1, column: e.column ?? 1 };
    if (error instanceof RangeError) return fail(file, 'parse', '文件结构嵌套过深（列表、引用或组件层层嵌套），无法解析：请把内容改为平铺的段落。', { line: 1, column: 1 });
    return fail(file, 'parse', describeParseError(e.reason ?? e.message ?? String(error)), { line: place.line ?? 1, column: place.column ?? 1 });
  }
  // Every finding is a VFileMessage, an Error: capturing a stack for each of the 100,000
  // findings of a hostile file costs seconds, and no message ever shows one.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    processor.runSync(tree, file);
  } catch (error) {
    const e = error as { reason?: string; source?: string; place?: { start?: { line: number; column: number } } };
    if (/Unknown keyword/.test(e.reason ?? '')) {
      const keyword = /`([^`]*)`/.exec(e.reason ?? '')?.[1] ?? '';
      return fail(file, 'suppression', `无法识别的检查指令“lint ${keyword}”：只能写 {/* lint ignore 规则名 */}（也可用 enable、disable）。`, e.place?.start ?? { line: 1, column: 1 });
    }
    // A rule that cannot cope with a pathological tree must not take the whole run down.
    const deep = error instanceof RangeError;
    return fail(
      file,
      deep ? 'parse' : 'internal',
      deep ? '文件结构嵌套过深（列表、引用或组件层层嵌套），无法检查：请把内容改为平铺的段落。' : `检查此文件时出错：${(error as Error).message}。请把此文件附在问题报告中。`,
      { line: 1, column: 1 },
    );
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  for (const m of file.messages) {
    // remark-message-control reports an unknown rule id in English; say it in Chinese.
    if (m.source === 'unified-message-control') {
      const id = /`'?([^`']*)'?`/.exec(m.reason)?.[1] ?? '';
      m.reason = m.message = `检查指令中的规则“${id}”不存在，可用的规则有：${RULE_IDS.join('、')}。`;
      m.source = SOURCE;
      m.ruleId = 'suppression';
      m.fatal = true;
    }
  }
  return { file, parsed: true };
}
