// `npm run build` / `npm start`: builds the site with Astro's programmatic API so that bad
// content ends in a clear message (file:line:column, what is wrong, how to fix it) and a
// non-zero exit, never a stack trace. Content is checked by the checker's safety, frontmatter
// and limit rules before Astro starts (scripts/lib/content-gate.ts); the site is built into a
// staging folder that replaces the output folder only when the whole build, link check
// included, succeeded, so a refused or failed build publishes nothing.
import { build } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { locateFrontmatterField } from '../src/schemas/locate.ts';
import { describeRefusal, gateContent } from './lib/content-gate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outDir = resolve(ROOT, args.includes('--outDir') ? args[args.indexOf('--outDir') + 1]! : 'dist');

interface AstroLikeError extends Error {
  title?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
}

/** Schema errors name the field but not its line or value: look them up in the file. */
function fieldDetails(file: string, message: string): { line?: number; column?: number; notes: string[] } {
  const notes: string[] = [];
  let first: { line: number; column: number } | undefined;
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { notes };
  }
  for (const m of message.matchAll(/\*\*([\w.]+)\*\*: ([^\n]+)/g)) {
    const loc = locateFrontmatterField(source, m[1]!);
    if (!loc) continue;
    first ??= loc;
    notes.push(`第 ${loc.line} 行 ${m[1]}：写的是 ${JSON.stringify(loc.value ?? '（非单值）')}；要求：${m[2]}`);
  }
  return { ...first, notes };
}

function describe(err: AstroLikeError): string {
  // Bundler errors carry the place in their text and a stack we do not show.
  const message = (err.message || String(err))
    .split('\n')
    .filter((l) => !/^\s*at\s/.test(l) && !/^Build failed with \d+ error/.test(l))
    .map((l) => l.replace(/^\[plugin [^\]]+\]\s*/, ''))
    .join('\n')
    .trim();
  const inText = /(\/[^\s:]+\.(?:mdx?|astro|ts|mjs)):(\d+):(\d+)/.exec(message);
  const raw = err.loc?.file ?? err.id ?? inText?.[1];
  const file = raw?.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const details = file ? fieldDetails(file, message) : { notes: [] as string[] };
  const line = err.loc?.line || details.line || Number(inText?.[2] ?? 1);
  const column = err.loc?.column || details.column || Number(inText?.[3] ?? 1);
  const where = file ? `${relative(ROOT, file)}:${line}:${column}` : '';
  const text = message.replace(inText?.[0] ?? '\u0000', '').replace(/\*\*/g, '').trim();
  const lines = [`构建失败${where ? `：${where}` : ''}`, `  ${text.replace(/\n/g, '\n  ')}`];
  for (const n of details.notes) lines.push(`  ${n}`);
  if (err.hint) lines.push(`  提示：${err.hint.trim()}`);
  lines.push('  先运行 `npm run lint:content -- <文件>` 可得到逐行的问题清单和修改建议。');
  return lines.join('\n');
}

const gate = gateContent(resolve(ROOT, 'content'));
if (gate.refused.length) {
  process.stderr.write(describeRefusal(gate.refused) + '\n');
  process.exit(1);
}

const staging = `${outDir}.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  await build({ root: ROOT, logLevel: 'warn', outDir: staging });
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(describe(e as AstroLikeError) + '\n');
  process.exit(1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
