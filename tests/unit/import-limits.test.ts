// Importer bombs: each is refused within seconds, under a 1 GB heap, with a clear message and
// nothing written. The .docx bombs are fixtures made by tests/fixtures/import/make-bombs.ts.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport as runCli, tempDir } from '../fixtures/import/make.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const FIXTURES = join(ROOT, 'tests/fixtures/import');
const MB = 1024 * 1024;

// A heap cap below 1 GB: a bomb that got through would abort the process instead of passing.
const runImport = (args: string[]) => runCli(args, { heapMb: 900 });

let tmp: ReturnType<typeof tempDir>;
let out: string;
beforeEach(() => {
  tmp = tempDir();
  out = join(tmp.dir, 'out');
});
afterEach(() => tmp.cleanup());

const BOMBS: Array<[string, string, RegExp]> = [
  ['a 354 KB .docx whose XML inflates to 100 MB', 'bomb-xml.docx', /Word 文档的内容（XML）解压后超过 20 MB/],
  ['one text node of 300 MB', 'bomb-text-node.docx', /Word 文档的文字超过 200 万字/],
  ['a picture that inflates to 1 GB', 'bomb-image.docx', /Word 文档解压后超过 100 MB/],
  ['a 50 MB text file', '', /文件过大（\d+\.\d MB），超过 200 万字的上限/],
];

describe('importer bombs are refused within seconds, under 1 GB, writing nothing', () => {
  for (const [name, fixture, expected] of BOMBS) {
    it(`refuses ${name}`, () => {
      let file = join(FIXTURES, fixture);
      if (!fixture) {
        file = join(tmp.dir, 'bomb.txt');
        writeFileSync(file, '一、存在的问题\n'.repeat(2_500_000));
      }
      const r = runImport([file, '--out', out]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).toContain('未写出任何文件');
      expect(r.stderr).not.toMatch(/^\s+at\s/m);
      expect(r.ms).toBeLessThan(20_000);
      expect(readdirSync(tmp.dir)).not.toContain('out');
    }, 60_000);
  }
});

describe('hostile numbering and folders', () => {
  it('reads a .docx with 60,000 unclosed numbering definitions in seconds', () => {
    const r = runImport([join(FIXTURES, 'bomb-numbering.docx'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(20_000);
    expect(readdirSync(out)).toHaveLength(1);
  }, 60_000);

  it('takes only the document kinds it supports from a folder and never follows a link out of it', () => {
    const folder = join(tmp.dir, 'in');
    const outside = join(tmp.dir, 'outside');
    mkdirSync(folder);
    mkdirSync(outside);
    writeFileSync(join(folder, '材料.txt'), '一、存在的问题\n（一）学习不够深入。\n');
    writeFileSync(join(folder, 'notes.pdf'), '%PDF-1.4 not a document we import');
    writeFileSync(join(folder, 'script.sh'), 'echo 一、存在的问题\n');
    writeFileSync(join(outside, 'secret.txt'), '一、存在的问题\n（一）不应被导入。\n');
    symlinkSync(join(outside, 'secret.txt'), join(folder, 'link.txt'));
    symlinkSync(outside, join(folder, 'linked-folder'));
    const r = runImport([folder, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
    expect(r.stdout).toContain('材料.txt');
    expect(r.stdout).not.toMatch(/\[\d+\/\d+\] .*(notes\.pdf|script\.sh|link\.txt)/);
    expect(r.stdout).toMatch(/跳过.*link\.txt.*指向文件夹之外/);
    expect(r.stdout).toMatch(/跳过.*notes\.pdf/);
  }, 60_000);
});

