// `npm run lint:content -- [paths] [--fix] [--frail] [--format text|json|github|gitlab]`
// (started by cli.ts). Lints content files with the Jingjian rules. Hand-rolled rather than unified-engine: input is
// decoded as strict UTF-8 with the position of a bad byte, a file that cannot be parsed is an
// error with a position and the run goes on, --fix never writes a file that did not parse,
// and messages and the summary are in Chinese.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileKindOf, readDraft } from '../content-files.ts';
import { ImportError } from '../import/errors.ts';
import { applyFixes } from './fix.ts';
import { lintBytes, lintSource } from './lint.ts';
import './spelling-node.ts';
import { RULE_IDS, type RuleSetting, type Severity } from './preset.ts';
import type { LintConfig } from './processor.ts';
import { FORMATS, format, summarize, type FileReport, type Format } from './reporters.ts';
import { VFile } from 'vfile';

const USAGE = `用法：npm run lint:content -- [路径…] [选项]

检查 content/ 下的模板、范例和写作指导（.md、.mdx），也可检查起草中的材料（.txt、.docx）：
材料按自查页面的方式读取（一行一段），除 mdx-safety、frontmatter 外的规则都会运行，并自动选用最相符的模板。
不写路径时检查 content/。

选项：
  --fix                 只做安全的自动修复（写回文件）；无法解析的文件不会被改动
  --frail               有警告也以非零状态退出（用于 CI）
  --format <格式>       text（默认）、json、github（GitHub Actions 注释）、gitlab（GitLab Code Quality）
  --rule <规则=级别>    调整单条规则：off、warn、error，可多次使用，如 --rule wording=warn
  --follows <模板 id>   没有 frontmatter 的文件和 .txt、.docx 材料按此模板检查结构（材料默认自动选择）
  --config <文件>       配置文件（默认读取当前目录的 jingjian-lint.json，如存在）
  -h, --help            显示本帮助

规则：${RULE_IDS.join('、')}
`;

class UsageError extends Error {}

const SEVERITIES: Severity[] = ['off', 'warn', 'error'];

function readConfig(path: string | undefined): LintConfig {
  const file = path ?? (existsSync('jingjian-lint.json') ? 'jingjian-lint.json' : undefined);
  if (!file) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`无法读取配置文件 ${file}：${(e as Error).message}`);
  }
  const rules = (data as { rules?: unknown })?.rules ?? {};
  if (typeof rules !== 'object' || Array.isArray(rules)) throw new UsageError(`配置文件 ${file} 的 rules 应为 { "规则": "off|warn|error" }。`);
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    if (!RULE_IDS.includes(id.replace(/^jingjian:/, ''))) throw new UsageError(`配置文件 ${file} 中的规则“${id}”不存在，可用的规则有：${RULE_IDS.join('、')}。`);
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (!SEVERITIES.includes(severity as Severity)) throw new UsageError(`配置文件 ${file} 中规则“${id}”的级别“${String(severity)}”无效，应为 off、warn 或 error。`);
  }
  return { rules: Object.fromEntries(Object.entries(rules as Record<string, RuleSetting>).map(([k, v]) => [k.replace(/^jingjian:/, ''), v])) };
}

const LINTABLE_IN_DIR = /\.(md|mdx|markdown)$/i;
const LINTABLE = /\.(md|mdx|markdown|txt|docx)$/i;

/** Why a path cannot be read, in words, from a file-system error. */
function unreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? '没有读取权限（请检查文件或文件夹的权限）' : `无法读取（${code ?? (e as Error).message}）`;
}

/**
 * Files under the given paths. A missing path, an unreadable folder and anything that is not a
 * regular file (a pipe named .mdx would block the run) are reported, not fatal: the run goes on.
 */
function collect(paths: string[]): { files: string[]; missing: string[]; problems: Array<{ path: string; reason: string }> } {
  const files: string[] = [];
  const missing: string[] = [];
  const problems: Array<{ path: string; reason: string }> = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      problems.push({ path: dir, reason: `无法检查文件夹“${dir}”：${unreadable(e)}。其余文件照常检查。` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (!LINTABLE_IN_DIR.test(entry.name)) continue;
      else if (entry.isFile()) files.push(p);
      else {
        // A link to a file is checked; a link to a folder is not followed (no loops).
        let target;
        try {
          target = statSync(p);
        } catch (e) {
          problems.push({ path: p, reason: `无法检查“${p}”：${unreadable(e)}。` });
          continue;
        }
        if (target.isFile()) files.push(p);
        else if (!target.isDirectory()) problems.push({ path: p, reason: `“${p}”不是普通文件（可能是管道或设备），未检查。` });
      }
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') missing.push(p);
      else problems.push({ path: p, reason: `无法检查“${p}”：${unreadable(e)}。` });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else if (!LINTABLE.test(p)) missing.push(p);
    else if (stat.isFile()) files.push(p);
    else problems.push({ path: p, reason: `“${p}”不是普通文件（可能是管道或设备），未检查。` });
  }
  return { files: [...new Set(files)], missing, problems };
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** A draft (.txt, .docx) checked by the check page's engine, its findings as lint messages. */
async function checkDraft(path: string, config: LintConfig, follows: string | undefined, fix: boolean, bytes?: Uint8Array): Promise<{ file: VFile; fixed: number }> {
  const file = new VFile({ path });
  let source;
  try {
    source = await readDraft(path, bytes);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    // ImportError reads "<file>[:line:column]：<message>"; the reporter prints the path itself.
    const at = e.message.startsWith(e.file) ? /^:(\d+):(\d+)：/.exec(e.message.slice(e.file.length)) : null;
    const reason = e.message.startsWith(e.file) ? e.message.slice(e.file.length).replace(/^(:\d+:\d+)?：/, '') : e.message;
    const m = file.message(reason, { place: { line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1) }, ruleId: 'input', source: 'jingjian' });
    m.fatal = true;
    return { file, fixed: 0 };
  }
  // Loaded for drafts only: a run over content files never needs the check page's engine.
  const { check } = await import('../check/engine.ts');
  const run = (text: string) => check(text, { template: follows ?? 'auto', ...(config.rules ? { rules: config.rules } : {}) });
  let result = run(source.text);
  let fixed = 0;
  const fixes = result.findings.filter((f) => f.fix);
  // Only a UTF-8 text file is written back: a .docx or a GBK file would lose its format.
  if (fix && fixes.length && source.format === 'text' && source.encoding?.startsWith('UTF-8')) {
    const { output, applied } = applyFixes(source.text, fixes);
    const bytes = new TextEncoder().encode(output);
    writeFileSync(path, source.encoding === 'UTF-8 (BOM)' ? Buffer.concat([UTF8_BOM, bytes]) : bytes);
    fixed = applied;
    result = run(output);
  }
  for (const f of result.findings) {
    const m = file.message(f.message, { place: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } }, ruleId: f.ruleId, source: 'jingjian' });
    m.fatal = f.severity === 'error';
    if (f.actual !== undefined) m.actual = f.actual;
    if (f.expected !== undefined) m.expected = [f.expected];
    if (f.fix) Object.assign(m, { fix: f.fix });
  }
  return { file, fixed };
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        fix: { type: 'boolean' },
        frail: { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        rule: { type: 'string', multiple: true },
        follows: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message.replace(/^Unknown option/, '未知选项')}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  let config: LintConfig;
  try {
    if (!FORMATS.includes(values.format as Format)) throw new UsageError(`未知的输出格式“${values.format}”，可用：${FORMATS.join('、')}。`);
    config = readConfig(values.config);
    const rules = { ...config.rules };
    for (const r of values.rule ?? []) {
      const [id, severity] = r.split('=');
      if (!id || !RULE_IDS.includes(id.replace(/^jingjian:/, ''))) throw new UsageError(`--rule 中的规则“${id}”不存在，可用的规则有：${RULE_IDS.join('、')}。`);
      if (!SEVERITIES.includes(severity as Severity)) throw new UsageError(`--rule ${r}：级别应为 off、warn 或 error。`);
      rules[id.replace(/^jingjian:/, '')] = severity as Severity;
    }
    if (values.follows) {
      const current = rules['template-conformance'];
      const severity = (Array.isArray(current) ? current[0] : current) ?? 'error';
      rules['template-conformance'] = [severity, { follows: values.follows }];
    }
    config = { rules };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }

  // The npm script passes `content` itself; `npm run lint:content -- file.mdx` means that file only.
  const paths = process.env.npm_lifecycle_event === 'lint:content' && positionals[0] === 'content' && positionals.length > 1 ? positionals.slice(1) : positionals;
  const { files, missing, problems } = collect(paths.length ? paths : ['content']);
  const reports: FileReport[] = [];
  for (const p of missing) {
    const file = new VFile({ path: p });
    const m = file.message(`找不到可检查的文件“${p}”：路径不存在，或不是 .md、.mdx、.txt、.docx 文件。`, { place: { line: 1, column: 1 }, ruleId: 'input', source: 'jingjian' });
    m.fatal = true;
    reports.push({ path: p, file, fixed: 0 });
  }
  for (const { path: p, reason } of problems) {
    const file = new VFile({ path: p });
    file.message(reason, { place: { line: 1, column: 1 }, ruleId: 'input', source: 'jingjian' }).fatal = true;
    reports.push({ path: p, file, fixed: 0 });
  }
  for (const p of files) {
    const shown = relative(process.cwd(), resolve(p)) || p;
    let bytes: Buffer;
    try {
      bytes = readFileSync(p);
    } catch (e) {
      const file = new VFile({ path: p });
      file.message(`无法检查此文件：${unreadable(e)}。其余文件照常检查。`, { place: { line: 1, column: 1 }, ruleId: 'input', source: 'jingjian' }).fatal = true;
      reports.push({ path: shown, file, fixed: 0 });
      continue;
    }
    if (fileKindOf(p) === 'draft') {
      const { file, fixed } = await checkDraft(p, config, values.follows, !!values.fix, bytes);
      reports.push({ path: shown, file, fixed });
      continue;
    }
    let result = lintBytes(p, bytes, config);
    let fixed = 0;
    if (values.fix && result.parsed) {
      const source = String(result.file.value);
      const { output, applied } = applyFixes(source, result.file.messages);
      if (applied && output !== source) {
        // The decoder drops a byte-order mark; a file that had one keeps it.
        const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        writeFileSync(p, hasBom ? Buffer.concat([UTF8_BOM, Buffer.from(output)]) : output);
        fixed = applied;
        result = lintSource(p, output, config);
      }
    }
    // Reports keep messages only: holding every file's text, and its tree and outline (the
    // rules' shared view in file.data), would make the heap grow with the number of files
    // and every garbage collection slower.
    result.file.value = '';
    result.file.data = {};
    result.file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    reports.push({ path: shown, file: result.file, fixed });
  }
  reports.sort((a, b) => a.path.localeCompare(b.path));
  const f = values.format as Format;
  out(format(reports, f));
  const s = summarize(reports);
  return s.errors > 0 || (values.frail && s.warnings > 0) ? 1 : 0;
}
