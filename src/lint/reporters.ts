// Output formats of the content linter: text for people, JSON for tools, GitHub workflow
// commands and GitLab Code Quality reports for CI annotations on the changed lines.
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { Fix } from './report.ts';

export type Format = 'text' | 'json' | 'github' | 'gitlab';
export const FORMATS: Format[] = ['text', 'json', 'github', 'gitlab'];

export interface FileReport {
  /** Path as shown to the user (relative to the working directory). */
  path: string;
  file: VFile;
  fixed: number;
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  fixed: number;
  fixable: number;
}

interface Msg {
  line?: number;
  column?: number;
  place?: { start?: { line: number; column: number }; end?: { line: number; column: number } } | { line: number; column: number };
  reason: string;
  fatal?: boolean | null;
  ruleId?: string | null;
  source?: string | null;
  actual?: string;
  expected?: string[];
  url?: string;
  fix?: Fix;
}

export function ruleName(m: Msg): string {
  return m.source && m.ruleId ? `${m.source}:${m.ruleId}` : (m.ruleId ?? m.source ?? 'jingjian');
}

function span(m: Msg) {
  const place = m.place as { start?: { line: number; column: number }; end?: { line: number; column: number } } | undefined;
  const start = place?.start ?? { line: m.line ?? 1, column: m.column ?? 1 };
  return { start, end: place?.end };
}

const severity = (m: Msg) => (m.fatal ? 'error' : 'warning');

function suggestion(m: Msg): string {
  const expected = m.expected?.[0];
  if (expected === undefined) return '';
  const auto = m.fix ? '，可用 --fix 自动修复' : '';
  if (expected === '') return `（建议删除“${m.actual ?? ''}”${auto}）`;
  // `actual: ''` is remark-lint's way of saying that something is missing here.
  if (m.actual === '') return `（建议在此加上“${expected}”${auto}）`;
  return `（建议改为“${expected}”${auto}）`;
}

export function summarize(reports: FileReport[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, files: reports.length, fixed: 0, fixable: 0 };
  for (const r of reports) {
    s.fixed += r.fixed;
    for (const m of r.file.messages as unknown as Msg[]) {
      if (m.fatal) s.errors++;
      else s.warnings++;
      if (m.fix) s.fixable++;
    }
  }
  return s;
}

export function summaryLine(s: Summary): string {
  let line = `${s.errors} 个错误，${s.warnings} 个警告，共检查 ${s.files} 个文件`;
  if (s.fixed) line += `，已自动修复 ${s.fixed} 处`;
  if (s.fixable) line += `；其中 ${s.fixable} 处可用 --fix 自动修复`;
  return line;
}

function text(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const m of r.file.messages as unknown as Msg[]) {
      const { start } = span(m);
      lines.push(`${r.path}:${start.line}:${start.column}  ${m.fatal ? '错误' : '警告'}  ${m.reason}${suggestion(m)}  ${ruleName(m)}`);
    }
  }
  lines.push(summaryLine(summarize(reports)));
  return lines.join('\n') + '\n';
}

function json(reports: FileReport[]): string {
  return (
    JSON.stringify(
      {
        files: reports.map((r) => ({
          path: r.path,
          fixed: r.fixed,
          messages: (r.file.messages as unknown as Msg[]).map((m) => {
            const { start, end } = span(m);
            return {
              line: start.line,
              column: start.column,
              ...(end ? { endLine: end.line, endColumn: end.column } : {}),
              severity: severity(m),
              ruleId: ruleName(m),
              message: m.reason,
              ...(m.actual !== undefined ? { actual: m.actual } : {}),
              ...(m.expected?.[0] !== undefined ? { expected: m.expected[0] } : {}),
              fixable: !!m.fix,
              ...(m.url ? { url: m.url } : {}),
            };
          }),
        })),
        summary: summarize(reports),
      },
      null,
      2,
    ) + '\n'
  );
}

// GitHub workflow commands: data escapes %, CR, LF; properties also : and ,.
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function github(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const m of r.file.messages as unknown as Msg[]) {
      const { start, end } = span(m);
      const props = [`file=${ghProp(r.path)}`, `line=${start.line}`, `col=${start.column}`];
      if (end && end.line === start.line) props.push(`endLine=${end.line}`, `endColumn=${end.column}`);
      props.push(`title=${ghProp(ruleName(m))}`);
      lines.push(`::${m.fatal ? 'error' : 'warning'} ${props.join(',')}::${ghData(m.reason + suggestion(m))}`);
    }
  }
  lines.push(summaryLine(summarize(reports)));
  return lines.join('\n') + '\n';
}

function gitlab(reports: FileReport[]): string {
  const issues = reports.flatMap((r) =>
    (r.file.messages as unknown as Msg[]).map((m) => {
      const { start } = span(m);
      const description = m.reason + suggestion(m);
      return {
        description,
        check_name: ruleName(m),
        fingerprint: createHash('sha1').update(`${r.path}\n${start.line}\n${start.column}\n${ruleName(m)}\n${m.reason}`).digest('hex'),
        severity: m.fatal ? 'major' : 'minor',
        location: { path: r.path, lines: { begin: start.line } },
      };
    }),
  );
  return JSON.stringify(issues, null, 2) + '\n';
}

export function format(reports: FileReport[], f: Format): string {
  return { text, json, github, gitlab }[f](reports);
}
