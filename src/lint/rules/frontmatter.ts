// jingjian:frontmatter — the frontmatter against the zod schemas the site's content collection
// uses (src/schemas/content.ts): the block the folder requires (exemplar / templateSpec /
// guidance), every block present, and a title. Errors point at the field's line.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { PAGE_SCHEMAS, REFUSED_FIELDS, REQUIRED_BLOCK, type PageFolder } from '../../schemas/content.ts';
import { locateFrontmatterField } from '../../schemas/locate.ts';
import { lintContext } from '../context.ts';
import { report, ruleUrl, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: '完整的范例字段',
      path: 'content/exemplars/example.mdx',
      source:
        '---\ntitle: 区××局党委对照检查材料\nexemplar:\n  docType: leadership\n  follows: leadership-2021-dangshi\n  year: 2021\n  theme: 党史学习教育专题民主生活会\n  subject: 班子\n  source: 据某区直单位材料整理，已脱敏\n  status: experimental\n---\n\n正文。\n',
    },
    { name: 'content/ 以外的 Markdown 文件不需要 frontmatter', source: '正文。\n' },
  ],
  notOk: [
    {
      name: '取值错误和缺少字段',
      path: 'content/exemplars/example.mdx',
      source: '---\ntitle: 对照检查材料\nexemplar:\n  docType: leader\n  follows: leadership-2021-dangshi\n  year: 21\n---\n\n正文。\n',
      messages: ['3:1: frontmatter 的 exemplar.theme 缺少必填字段。', '3:1: frontmatter 的 exemplar.subject 缺少必填字段，可选值：班子、个人。', '3:1: frontmatter 的 exemplar.source 缺少必填字段。', '3:1: frontmatter 的 exemplar.status 缺少必填字段，可选值：experimental、reviewed。', '4:3: frontmatter 的 exemplar.docType 写的是“leader”，只能是 leadership、personal、inspection 之一。', '6:3: frontmatter 的 exemplar.year 写的是“21”，应不小于 2000。'],
    },
    {
      name: '缺少所在目录要求的字段块',
      path: 'content/guidance/example.mdx',
      source: '---\ntitle: 写作指导\n---\n\n正文。\n',
      messages: ['1:1: frontmatter 缺少 guidance 块：位于 content/guidance/ 的文件必须有这个块，请参照同一目录中已有文件补齐。'],
    },
    {
      name: '没有 title，还有未知字段',
      path: 'content/guidance/example.mdx',
      source: '---\nguidance:\n  topic: 标点\n  status: experimental\n  colour: red\n---\n\n正文。\n',
      messages: ['1:1: frontmatter 缺少 title（页面标题）。', '2:1: frontmatter 的 guidance 有未知字段“colour”（拼写错误？）。'],
    },
    {
      name: '可带入 HTML、网址或属性的 Starlight 字段',
      path: 'content/guidance/example.mdx',
      source:
        '---\ntitle: 写作指导\nhead:\n  - tag: script\n    content: alert(1)\nbanner:\n  content: <img src=x onerror=alert(1)>\nsidebar:\n  order: 1\n  attrs:\n    onclick: alert(1)\neditUrl: javascript:alert(1)\nguidance:\n  topic: 标点\n  status: experimental\n---\n\n正文。\n',
      messages: [
        '3:1: frontmatter 不允许字段“head”：它能向页面的 <head> 加入脚本、外部样式表或跳转到其他网站的 meta 标签。请删除这个字段。',
        '6:1: frontmatter 不允许字段“banner”：横幅内容按 HTML 原样输出，可带脚本和事件属性。请删除这个字段。',
        '10:3: frontmatter 不允许字段“sidebar.attrs”：它给侧栏链接加任意 HTML 属性（如 onclick），在每个页面上都会生效。请删除这个字段。',
        '12:1: frontmatter 不允许字段“editUrl”：“编辑此页”链接可指向任意地址（包括 javascript:）。请删除这个字段。',
      ],
    },
    {
      name: '这类页面用不到的字段',
      path: 'content/exemplars/example.mdx',
      source:
        '---\ntitle: 对照检查材料\nauthor: 张三\nexemplar:\n  docType: leadership\n  follows: leadership-2021-dangshi\n  year: 2021\n  theme: 党史学习教育专题民主生活会\n  subject: 班子\n  source: 据某区直单位材料整理，已脱敏\n  status: experimental\n---\n\n正文。\n',
      messages: ['3:1: frontmatter 有未知字段“author”（拼写错误？）：只能写 title、description、sidebar 和 exemplar。'],
    },
    {
      name: 'YAML 格式错误',
      path: 'content/exemplars/example.mdx',
      source: '---\ntitle: [未闭合\n---\n\n正文。\n',
      messages: ['2:12: frontmatter 不是合法的 YAML：Flow sequence in block collection must be sufficiently indented and end with a ]。请检查缩进（用空格，不用制表符）和引号、括号是否成对。'],
    },
    {
      name: 'content/ 下缺少 frontmatter 的文件',
      path: 'content/templates/example.mdx',
      source: '正文。\n',
      messages: ['1:1: 文件缺少 frontmatter：位于 content/templates/ 的文件开头必须有 --- 包围的 title 和 templateSpec 块。'],
    },
  ],
};

const BLOCKS = Object.values(REQUIRED_BLOCK);

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  input?: unknown;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

const CJK = /[\u4e00-\u9fff]/;

function describeIssue(issue: Issue, field: string): string {
  const at = `frontmatter 的 ${field}`;
  const shown = issue.input === undefined ? '' : `写的是“${typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input)}”，`;
  const optionsOf = (values: unknown[] | undefined) => (values ?? []).map(String).join('、');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        const options = issue.expected === 'enum' || issue.values ? '' : '';
        return `${at} 缺少必填字段${options}。`;
      }
      return `${at} ${shown}类型应为${({ string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '字段块' } as Record<string, string>)[issue.expected ?? ''] ?? issue.expected}。`;
    case 'invalid_value':
      return issue.input === undefined ? `${at} 缺少必填字段，可选值：${optionsOf(issue.values)}。` : `${at} ${shown}只能是 ${optionsOf(issue.values)} 之一。`;
    case 'too_small':
      return issue.origin === 'array' ? `${at} 至少要有 ${issue.minimum} 项。` : issue.origin === 'string' ? `${at} ${shown}至少要有 ${issue.minimum} 个字。` : `${at} ${shown}应不小于 ${issue.minimum}。`;
    case 'too_big':
      return issue.origin === 'string' ? `${at} ${shown}不能超过 ${issue.maximum} 个字。` : `${at} ${shown}应不大于 ${issue.maximum}。`;
    case 'unrecognized_keys':
      return `${at} 有未知字段“${(issue.keys ?? []).join('”“')}”（拼写错误？）。`;
    default:
      return `${at} ${shown}${CJK.test(issue.message) ? issue.message : '格式不对'}。`;
  }
}

/** zod reports a missing enum as an invalid value with no input; name the options. */
function enumValues(schema: unknown, path: PropertyKey[]): unknown[] | undefined {
  let s = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown; entries?: Record<string, unknown> }; options?: unknown[] } | undefined;
  for (const key of path) s = s?.shape?.[String(key)] as typeof s;
  while (s?.def?.innerType) s = s.def.innerType as typeof s;
  return s?.options;
}

const pointOf = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });

/** A top-level or sidebar field the page schema does not accept: refused with its reason, or unknown. */
function refusedField(path: string, folder: PageFolder | undefined): string {
  const reason = REFUSED_FIELDS[path] ?? (path.startsWith('sidebar.') ? undefined : REFUSED_FIELDS[path.split('.')[0]!]);
  if (reason) return `frontmatter 不允许字段“${path}”：${reason}。请删除这个字段。`;
  const block = folder && folder !== 'other' ? REQUIRED_BLOCK[folder] : 'exemplar / templateSpec / guidance 之一';
  const allowed = path.startsWith('sidebar.') ? 'sidebar 下只能写 order、label、hidden' : `只能写 title、description、sidebar 和 ${block}`;
  return `frontmatter 有未知字段“${path}”（拼写错误？）：${allowed}。`;
}

const frontmatter = lintRule<Root>({ origin: 'jingjian:frontmatter', url: ruleUrl('frontmatter') }, (tree, file) => {
  const ctx = lintContext(tree, file);
  const required = ctx.folder ? REQUIRED_BLOCK[ctx.folder] : undefined;
  if (ctx.frontmatter === undefined) {
    if (required) {
      report(file, { reason: `文件缺少 frontmatter：位于 content/${ctx.folder}/ 的文件开头必须有 --- 包围的 title 和 ${required} 块。`, start: { line: 1, column: 1 } });
    }
    return;
  }
  const yamlStart = ctx.frontmatterNode?.position?.start ?? { line: 1, column: 1 };
  if (ctx.frontmatter === null) {
    const doc = parseDocument(ctx.frontmatterNode?.value ?? '', { prettyErrors: true });
    const error = doc.errors[0];
    const pos = error?.linePos?.[0];
    const reason = (error?.message ?? '').split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    report(file, {
      reason: `frontmatter 不是合法的 YAML：${reason || '无法解析'}。请检查缩进（用空格，不用制表符）和引号、括号是否成对。`,
      start: pos ? { line: yamlStart.line + pos.line, column: pos.col } : yamlStart,
    });
    return;
  }
  const fm = ctx.frontmatter;
  if (required && !(required in fm)) {
    report(file, { reason: `frontmatter 缺少 ${required} 块：位于 content/${ctx.folder}/ 的文件必须有这个块，请参照同一目录中已有文件补齐。`, start: yamlStart });
  }
  const hasBlock = BLOCKS.some((k) => k in fm);
  if ((ctx.folder || hasBlock) && (typeof fm.title !== 'string' || !fm.title.trim())) {
    report(file, { reason: 'frontmatter 缺少 title（页面标题）。', start: yamlStart });
  }
  const schema = PAGE_SCHEMAS[ctx.folder ?? 'other'];
  const result = schema.safeParse(fm, { reportInput: true });
  if (result.success) return;
  const found: Array<{ line: number; column: number; reason: string }> = [];
  const at = (path: string) => locateFrontmatterField(ctx.source, path) ?? yamlStart;
  for (const issue of result.error.issues as Issue[]) {
    const [head] = issue.path.map(String);
    const missing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
    // Reported above in the contributor's terms.
    if (head === 'title' || (issue.path.length === 1 && head === required && missing)) continue;
    if (issue.code === 'unrecognized_keys' && (issue.path.length === 0 || (issue.path.length === 1 && head === 'sidebar'))) {
      for (const key of issue.keys ?? []) {
        const path = [...issue.path.map(String), key].join('.');
        found.push({ ...pointOf(at(path)), reason: refusedField(path, ctx.folder) });
      }
      continue;
    }
    if (missing && issue.code === 'invalid_type') {
      const values = enumValues(schema, issue.path);
      if (values) {
        issue.code = 'invalid_value';
        issue.values = values;
      }
    }
    const path = issue.path.map(String).join('.');
    // A missing field is reported at its parent block.
    const where = missing ? at(issue.path.slice(0, -1).map(String).join('.')) : at(path);
    found.push({ line: where.line, column: missing ? 1 : where.column, reason: describeIssue(issue, path) });
  }
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const f of found) report(file, { reason: f.reason, start: { line: f.line, column: f.column } });
});

export default frontmatter;
