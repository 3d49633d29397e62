// The importer as a contributor runs it: `npm run import -- <file|folder|->`. Bad input gets one
// clear message naming the file (and line where there is one), a non-zero exit and no stack
// trace; a folder goes on past a bad file; nothing is overwritten without --force. Every test
// writes only into its own temporary folder.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport as runCli, tempDir } from '../fixtures/import/make.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = 'tests/fixtures/import';

const runImport = (args: string[], input?: string | Buffer) => runCli(args, input === undefined ? {} : { input });

let tmp: ReturnType<typeof tempDir>;
let out: string;
beforeEach(() => {
  tmp = tempDir();
  out = join(tmp.dir, 'out');
});
afterEach(() => tmp.cleanup());

const BAD_INPUTS: Array<[string, string]> = [
  [
    'truncated.docx',
    `${FIXTURES}/truncated.docx：不是有效的 Word 文档（.docx）：文件已损坏，或只是把扩展名改成了 .docx。请用 Word 或 WPS 打开后“另存为”.docx 再导入。`,
  ],
  [
    'renamed.docx',
    `${FIXTURES}/renamed.docx：不是有效的 Word 文档（.docx）：文件已损坏，或只是把扩展名改成了 .docx。请用 Word 或 WPS 打开后“另存为”.docx 再导入。`,
  ],
  ['empty.txt', `${FIXTURES}/empty.txt：文件为空（0 字节），没有可导入的文字。请检查是否选错了文件。`],
  ['blank.txt', `${FIXTURES}/blank.txt：文件为空（只有空白字符），没有可导入的文字。请检查是否选错了文件。`],
  [
    'photo.txt',
    `${FIXTURES}/photo.txt:1:1：不是文本文件：含有二进制数据（NUL 字节），无法作为文字导入。请导入 Word（.docx）、纯文本（.txt）或 Markdown（.md）文件。`,
  ],
  [
    'latin1.txt',
    `${FIXTURES}/latin1.txt:2:2：无法识别文字编码：既不是 UTF-8、UTF-16，也不是 GBK/GB18030（看起来像 ISO-8859-1），此处的字节无法解码。请在记事本或 WPS 中“另存为”UTF-8 编码后再导入。`,
  ],
];

describe('bad input', () => {
  for (const [file, message] of BAD_INPUTS) {
    it(`refuses ${file} with a message naming the file, exit code 1 and no stack trace`, () => {
      const r = runImport([`${FIXTURES}/${file}`, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`  ✗ ${message}\n`);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |Error:/);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });
  }

  it('names the line of a GBK file where a damaged byte stops decoding', async () => {
    const iconv = (await import('iconv-lite')).default;
    const bytes = Buffer.concat([iconv.encode('一、存在的问题\n（一）理论学习不够深入。\n', 'gbk'), Buffer.from([0xb2, 0xff]), iconv.encode('学习。\n', 'gbk')]);
    writeFileSync(join(tmp.dir, 'damaged.txt'), bytes);
    const r = runImport([join(tmp.dir, 'damaged.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `  ✗ ${join(tmp.dir, 'damaged.txt')}:3:2：无法识别文字编码：既不是 UTF-8、UTF-16，也不是 GBK/GB18030（看起来像 GB18030），此处的字节无法解码。请在记事本或 WPS 中“另存为”UTF-8 编码后再导入。\n`,
    );
  });

  it('refuses an old Word 97-2003 .doc file and says how to convert it', () => {
    writeFileSync(join(tmp.dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = runImport([join(tmp.dir, 'old.doc'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`  ✗ ${join(tmp.dir, 'old.doc')}：这是旧版 Word 97-2003 文档（.doc），不能直接导入。请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再导入。\n`);
  });

  it('says when the path does not exist, with usage and exit code 2', () => {
    const r = runImport([join(tmp.dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`${join(tmp.dir, 'missing.txt')}：找不到这个文件或文件夹。`);
    expect(r.stderr).toContain('用法：npm run import');
  });
});

describe('writing', () => {
  const TEXT = '××局领导班子2022年度民主生活会对照检查材料\n按照要求，现将对照检查情况报告如下。\n一、存在的问题\n(一)理论学习不够深入。学习XX次。\n二、原因分析\n';

  it('writes a draft exemplar named docType-year-slug and prints what was changed and what to check', () => {
    writeFileSync(join(tmp.dir, 'bureau.txt'), TEXT);
    const r = runImport([join(tmp.dir, 'bureau.txt'), '--out', out]);
    expect(r.code).toBe(0);
    const file = join(out, 'leadership-2022-bureau.mdx');
    const mdx = readFileSync(file, 'utf8');
    expect(mdx).toContain('status: experimental');
    expect(mdx).toContain('（一）理论学习不够深入。学习×次。');
    expect(r.stdout).toContain(`写出：${file}`);
    expect(r.stdout).toContain('第 4 行  (一) → （一）');
    expect(r.stdout).toContain('还需要人工核对：');
    expect(r.stdout).toContain('改写 source（来源说明）');
  });

  it('prints the linter’s findings on the written file, with file:line:column', () => {
    writeFileSync(join(tmp.dir, 'runs.txt'), TEXT.replace('学习XX次。', '一是学习不够主动，三是学习不够系统。'));
    const r = runImport([join(tmp.dir, 'runs.txt'), '--out', out]);
    expect(r.code).toBe(0);
    const file = join(out, 'leadership-2022-runs.mdx');
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('三是')) + 1;
    // The text has no 整改措施 section: reported at the end of the file (issue 11).
    expect(r.stdout).toContain('检查结果（内容检查工具）：2 条');
    expect(r.stdout).toContain('缺少模板“leadership-annual”要求的“整改措施”部分');
    expect(r.stdout).toMatch(new RegExp(`${file}:${line}:\\d+  “三是”之前缺少“二是”。  numbering`));
    expect(r.stdout).toContain('第 4 行：“三是”之前缺少“二是”。');
  });

  it('never overwrites an existing file without --force, and does with it', () => {
    writeFileSync(join(tmp.dir, 'bureau.txt'), TEXT);
    expect(runImport([join(tmp.dir, 'bureau.txt'), '--out', out]).code).toBe(0);
    const file = join(out, 'leadership-2022-bureau.mdx');
    writeFileSync(file, 'edited by the contributor');
    const again = runImport([join(tmp.dir, 'bureau.txt'), '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`  ✗ ${join(tmp.dir, 'bureau.txt')}：输出文件 ${file} 已存在，未覆盖。确认要覆盖请加 --force，或用 --out 指定其他文件夹。\n`);
    expect(readFileSync(file, 'utf8')).toBe('edited by the contributor');
    expect(runImport([join(tmp.dir, 'bureau.txt'), '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('一、存在的问题');
  });

  it('imports a folder file by file with progress, goes on past bad files and lists every outcome', () => {
    const folder = join(tmp.dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-bureau.txt'), TEXT);
    copyFileSync(join(ROOT, FIXTURES, 'truncated.docx'), join(folder, 'b-broken.docx'));
    copyFileSync(join(ROOT, FIXTURES, 'empty.txt'), join(folder, 'c-empty.txt'));
    writeFileSync(join(folder, 'd-county.txt'), TEXT.replace('2022', '2021'));
    writeFileSync(join(folder, '~$lock.docx'), 'Word lock file');
    const r = runImport([folder, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^\[\d\/\d\] .*$/gm)).toEqual([1, 2, 3, 4].map((i) => `[${i}/4] ${join(folder, ['a-bureau.txt', 'b-broken.docx', 'c-empty.txt', 'd-county.txt'][i - 1]!)}`));
    const summary = r.stdout.slice(r.stdout.indexOf('导入结束'));
    expect(summary.split('\n').slice(0, 5)).toEqual([
      '导入结束：成功 2 个，失败 2 个。',
      `  ✓ ${join(folder, 'a-bureau.txt')} → ${join(out, 'leadership-2022-a-bureau.mdx')}`,
      `  ✗ ${join(folder, 'b-broken.docx')}：不是有效的 Word 文档（.docx）：文件已损坏，或只是把扩展名改成了 .docx。请用 Word 或 WPS 打开后“另存为”.docx 再导入。`,
      `  ✗ ${join(folder, 'c-empty.txt')}：文件为空（0 字节），没有可导入的文字。请检查是否选错了文件。`,
      `  ✓ ${join(folder, 'd-county.txt')} → ${join(out, 'leadership-2021-d-county.mdx')}`,
    ]);
    expect(readdirSync(out).sort()).toEqual(['leadership-2021-d-county.mdx', 'leadership-2022-a-bureau.mdx']);
  });

  it('imports Markdown, taking headings and bold markers as the document text', () => {
    writeFileSync(join(tmp.dir, 'notes.md'), '# ××局2022年度民主生活会对照检查材料\n\n按照要求，现将对照检查情况报告如下。\n\n## 一、存在的问题\n\n**（一）理论学习不够深入。**学习不系统。\n\n## 二、原因分析\n');
    const r = runImport([join(tmp.dir, 'notes.md'), '--out', out]);
    expect(r.code).toBe(0);
    const mdx = readFileSync(join(out, 'leadership-2022-notes.mdx'), 'utf8');
    expect(mdx).toContain('title: ××局2022年度民主生活会对照检查材料');
    expect(mdx.split('---\n')[2]!.trim().split('\n\n')).toEqual(['按照要求，现将对照检查情况报告如下。', '一、存在的问题', '（一）理论学习不够深入。学习不系统。', '二、原因分析']);
  });

  it('imports text pasted on standard input', () => {
    const r = runImport(['-', '--out', out], TEXT);
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^leadership-2022-imported-[0-9a-f]{8}\.mdx$/);
    expect(readFileSync(join(out, files[0]!), 'utf8')).toContain('二、原因分析');
  });
});
