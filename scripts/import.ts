// npm run import -- <file|folder|-> [--out content/exemplars] [--force]
// Imports Word (.docx), text (.txt, UTF-8/UTF-16/GBK) or Markdown files — or text pasted on
// standard input — as draft exemplars, one file at a time: a bad file is reported and the rest
// go on. Exit code 1 when any file was not imported.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, importSource, type ImportOptions } from '../src/import/index.ts';
import { formatResult, lintFindings } from '../src/import/report.ts';
import { loadTemplateSpecs } from '../src/import/meta.ts';

const USAGE = `用法：npm run import -- <文件或文件夹> [--out content/exemplars] [--force]
      npm run import -- - < 文本.txt        （从标准输入读取粘贴的文字）

把 Word（.docx）、纯文本（.txt，UTF-8 / UTF-16 / GBK 均可）或 Markdown（.md）文件导入为范例草稿（MDX）。
  --out <文件夹>  写到哪个文件夹，默认 content/exemplars
  --force         覆盖已存在的同名文件（默认不覆盖）
  --help          显示本说明`;

interface Outcome {
  file: string;
  ok: boolean;
  detail: string;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string', default: 'content/exemplars' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    });
  } catch (e) {
    fail(`参数有误：${(e as Error).message}`);
  }
}

/** What the importer reads (src/import/read.ts): Word, text and Markdown. */
const IMPORTABLE = /\.(docx|txt|md|markdown|mdx)$/i;

/**
 * Documents of a folder, in name order: only the kinds the importer reads (hidden files and
 * Word's ~$ lock files are not documents), never a link that leads out of the folder, never a
 * device or pipe. What is left out is listed, not dropped silently.
 */
function filesOf(folder: string): { files: string[]; skipped: string[] } {
  const root = realpathSync(folder);
  const files: string[] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const path = join(folder, name);
    let real: string;
    let stat;
    try {
      real = realpathSync(path);
      stat = statSync(real);
    } catch (e) {
      skipped.push(`${path}（无法读取：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
      continue;
    }
    if (stat.isDirectory()) continue;
    const inside = relative(root, real);
    if (inside.startsWith('..') || isAbsolute(inside)) skipped.push(`${path}（链接指向文件夹之外的 ${real}，不跟随）`);
    else if (!IMPORTABLE.test(name)) skipped.push(`${path}（不是 Word、文本或 Markdown 文件）`);
    else if (!stat.isFile()) skipped.push(`${path}（不是普通文件）`);
    else files.push(path);
  }
  return { files, skipped };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function importOne(file: string, label: string, bytes: Uint8Array, options: ImportOptions): Promise<Outcome> {
  try {
    const result = await importSource(file, bytes, options);
    process.stdout.write(`${formatResult(result, lintFindings(result.output))}\n`);
    return { file: label, ok: true, detail: `→ ${result.output}` };
  } catch (e) {
    // A file the importer cannot cope with (not only bad input) must not stop the others.
    const message =
      e instanceof ImportError
        ? e.message
        : `${label}：导入时出错（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。如果是文件夹权限问题请换一个 --out 文件夹；否则请把此文件附在问题报告中。`;
    process.stderr.write(`  ✗ ${message}\n`);
    return { file: label, ok: false, detail: message };
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) fail(`一次只能导入一个文件或文件夹，收到了 ${positionals.length} 个：${positionals.join('、')}`);
  const target = positionals[0] ?? (process.stdin.isTTY ? undefined : '-');
  if (!target) fail('缺少要导入的文件或文件夹。');
  const options: ImportOptions = { outDir: resolve(values.out), force: values.force, specs: loadTemplateSpecs(), written: new Set() };

  const outcomes: Outcome[] = [];
  if (target === '-') {
    process.stdout.write('[1/1] 标准输入\n');
    outcomes.push(await importOne('标准输入', '标准输入', await readStdin(), options));
  } else {
    let stat;
    try {
      stat = statSync(target);
    } catch {
      fail(`${target}：找不到这个文件或文件夹。`);
    }
    if (!stat.isDirectory() && !stat.isFile()) fail(`${target}：不是普通文件（可能是管道或设备），无法导入。`);
    const { files, skipped } = stat.isDirectory() ? filesOf(target) : { files: [target], skipped: [] };
    for (const s of skipped) process.stdout.write(`跳过 ${s}\n`);
    if (!files.length) fail(`${target}：文件夹中没有可导入的 Word（.docx）、文本（.txt）或 Markdown（.md）文件。`);
    for (const [i, file] of files.entries()) {
      process.stdout.write(`[${i + 1}/${files.length}] ${file}\n`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        const message = `${file}：无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。请检查文件权限。`;
        process.stderr.write(`  ✗ ${message}\n`);
        outcomes.push({ file, ok: false, detail: message });
        continue;
      }
      outcomes.push(await importOne(file, file, bytes, options));
    }
  }

  const ok = outcomes.filter((o) => o.ok).length;
  if (outcomes.length > 1) {
    process.stdout.write(`\n导入结束：成功 ${ok} 个，失败 ${outcomes.length - ok} 个。\n`);
    for (const o of outcomes) process.stdout.write(`  ${o.ok ? '✓' : '✗'} ${o.ok ? `${o.file} ${o.detail}` : o.detail}\n`);
  }
  return ok === outcomes.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    // A bug, not bad input: say so briefly, without a stack trace for the contributor.
    process.stderr.write(`导入工具内部错误：${e instanceof Error ? e.message : String(e)}\n请把这条信息和所导入的文件一起报告给维护者。\n`);
    process.exit(3);
  },
);
