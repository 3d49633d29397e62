// The build's first line of defence: before Astro starts, every .md/.mdx file the content
// collection will load is run through the checker's own safety rule, frontmatter allow-list
// and size/structure limits (src/lint/lint.ts). A refused build takes seconds, prints the
// checker's messages (file:line:column, what, how to fix) and never reaches the bundler.
// The other rules (numbering, wording …) are the contributor's business and do not stop a build.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintBytes } from '../../src/lint/lint.ts';
import { RULE_IDS } from '../../src/lint/preset.ts';
import type { LintConfig } from '../../src/lint/processor.ts';
import { format, type FileReport } from '../../src/lint/reporters.ts';
import { VFile } from 'vfile';

const GATE_RULES = new Set(['mdx-safety', 'frontmatter']);
export const GATE_CONFIG: LintConfig = { rules: Object.fromEntries(RULE_IDS.map((id) => [id, GATE_RULES.has(id) ? 'error' : 'off'])) };

/** What the content collection loads (src/content.config.ts): **\/[^_]*.{md,mdx}. */
const LOADED = /^[^_].*\.mdx?$/;

function contentFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && LOADED.test(entry.name)) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** Reports of the files the build must refuse; empty when the content may be built. */
export function gateContent(contentDir: string, cwd = process.cwd()): { refused: FileReport[]; files: number } {
  const refused: FileReport[] = [];
  const files = contentFiles(contentDir);
  for (const path of files) {
    const shown = relative(cwd, path) || path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      const file = new VFile({ path: shown });
      file.message(`无法读取此文件（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）：请检查文件权限。`, { place: { line: 1, column: 1 }, ruleId: 'input', source: 'jingjian' }).fatal = true;
      refused.push({ path: shown, file, fixed: 0 });
      continue;
    }
    const { file } = lintBytes(path, bytes, GATE_CONFIG);
    file.messages.splice(0, file.messages.length, ...file.messages.filter((m) => m.fatal));
    if (file.messages.length) refused.push({ path: shown, file, fixed: 0 });
  }
  return { refused, files: files.length };
}

export function describeRefusal(refused: FileReport[]): string {
  const n = refused.reduce((sum, r) => sum + r.file.messages.length, 0);
  const body = format(refused, 'text').trimEnd().split('\n').slice(0, -1).join('\n');
  return `构建前检查未通过，未开始构建（${refused.length} 个文件，${n} 处问题）：\n${body}\n  运行 npm run lint:content -- <文件> 可查看这些文件的全部问题和改法。`;
}
