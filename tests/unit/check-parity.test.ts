// One engine: the five seeds, as text and as Word files, give the same findings (rule, line,
// column, message) through the lint CLI and through the check page's engine fed the text the
// page reads from the same file. The browser side of the same promise is tests/e2e/check.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.ts';
import { readDraft } from '../../src/content-files.ts';
import { makeDocx, tempDir } from '../fixtures/import/make.ts';
import { SEEDS_DIR } from './seeds.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort() : [];
const tmp = tempDir();
afterAll(() => tmp.cleanup());

interface JsonMessage {
  line: number;
  column: number;
  ruleId: string;
  message: string;
}
const key = (rule: string, line: number, column: number, message: string) => `${rule} ${line}:${column} ${message}`;

describe.skipIf(!seeds.length)('the seeds through the CLI and the engine', () => {
  const files: string[] = [];
  it('writes each seed as .txt and as .docx (one Word paragraph per line)', async () => {
    for (const seed of seeds) {
      const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
      const txt = join(tmp.dir, seed);
      writeFileSync(txt, text);
      const docx = txt.replace(/\.txt$/, '.docx');
      writeFileSync(docx, await makeDocx(text.split(/\r?\n/).filter((l) => l.trim())));
      files.push(txt, docx);
    }
    expect(files).toHaveLength(seeds.length * 2);
  });

  it('gives identical findings for every file', async () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'src/lint/cli.ts'), '--format', 'json', ...files], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; messages: JsonMessage[] }> };
    expect(report.files).toHaveLength(files.length);
    for (const file of files) {
      const fromCli = report.files.find((f) => resolve(ROOT, f.path) === file)!.messages.map((m) => key(m.ruleId.replace(/^jingjian:/, ''), m.line, m.column, m.message));
      const { text } = await readDraft(file);
      const fromEngine = check(text).findings.map((f) => key(f.ruleId, f.line, f.column, f.message));
      expect(fromCli.length, file).toBeGreaterThan(0);
      expect(fromCli, file).toEqual(fromEngine);
    }
  });

  it('finds the same problems in a seed whether it comes as text or as Word', async () => {
    for (const seed of seeds) {
      const txt = join(tmp.dir, seed);
      const messages = async (path: string) => check((await readDraft(path)).text).findings.map((f) => `${f.ruleId} ${f.message}`).sort();
      expect(await messages(txt.replace(/\.txt$/, '.docx')), seed).toEqual(await messages(txt));
    }
  });
});
