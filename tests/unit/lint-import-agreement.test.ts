// The linter and the importer share one implementation of de-identification, placeholders and
// punctuation (src/text/): on the five seeds the linter reports every name the importer
// replaces, its --fix makes the placeholder and punctuation changes the importer makes, and the
// importer's output leaves the linter nothing it could have fixed or had to remove.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSource } from '../../src/import/index.ts';
import { loadTemplateSpecs } from '../../src/import/meta.ts';
import { applyFixes } from '../../src/lint/fix.ts';
import { lintSource } from '../../src/lint/lint.ts';
import { RULES, type RuleSetting } from '../../src/lint/preset.ts';
import { normalisePlaceholders } from '../../src/text/placeholders.ts';
import { normalisePunctuation } from '../../src/text/punctuation.ts';
import { tempDir } from '../fixtures/import/make.ts';
import { SEEDS_DIR } from './seeds.ts';

const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort() : [];
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const specs = loadTemplateSpecs();

const only = (...ids: string[]) => ({ rules: Object.fromEntries(RULES.map((r): [string, RuleSetting] => [r.id, ids.includes(r.id) ? 'error' : 'off'])) });
/** Markdown bold markers, which the importer drops before anything else (plain text keeps them). */
const withoutBold = (text: string) => text.replace(/\*\*/g, '');

describe.skipIf(!seeds.length)('linter and importer agree on the seeds', () => {
  for (const seedFile of seeds) {
    const seed = seedFile.slice(0, 3);
    const text = readFileSync(join(SEEDS_DIR, seedFile), 'utf8');

    it(`seed ${seed}: the linter reports every name the importer replaces, and no other`, async () => {
      const result = await importSource(seedFile, Buffer.from(text), { outDir: tmp.dir, force: true, specs });
      const replaced = [...result.doc.titleReplacements, ...result.doc.blocks.flatMap((b) => b.replacements)];
      const { file } = lintSource(seedFile, text, only('de-identification', 'person-names'));
      const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
      expect(messages.map((m) => m.actual)).toEqual(replaced.map((r) => r.text));
      // Where the message suggests a replacement, it is the one the importer writes.
      messages.forEach((m, i) => m.expected && expect(m.expected[0]).toBe(replaced[i]!.replacement));
    });

    it(`seed ${seed}: --fix changes placeholders and punctuation as the importer does`, () => {
      let source = withoutBold(text);
      for (let run = 0; run < 5; run++) {
        const { file } = lintSource(seedFile, source, only('placeholders', 'punctuation'));
        const { output, applied } = applyFixes(source, file.messages);
        if (!applied) break;
        source = output;
      }
      const imported = withoutBold(text)
        .split('\n')
        .map((line) => normalisePunctuation(normalisePlaceholders(line).text).text)
        .join('\n');
      expect(source).toBe(imported);
    });

    it(`seed ${seed}: the imported MDX leaves the linter no name to remove and nothing it could fix`, async () => {
      const result = await importSource(seedFile, Buffer.from(text), { outDir: tmp.dir, force: true, specs });
      const { file } = lintSource(result.output, result.mdx, only('de-identification', 'person-names', 'placeholders', 'punctuation'));
      const left = file.messages.filter((m) => m.ruleId === 'de-identification' || m.ruleId === 'person-names' || (m as { fix?: unknown }).fix).map((m) => `${m.line}:${m.column} ${m.reason}`);
      expect(left).toEqual([]);
    });
  }

  it('seeds 001 and 002: the names only the importer used to find are now lint findings', () => {
    const actuals = (prefix: string) => {
      const name = seeds.find((f) => f.startsWith(prefix))!;
      return lintSource(name, readFileSync(join(SEEDS_DIR, name), 'utf8'), only('de-identification')).file.messages.map((m) => m.actual);
    };
    expect(actuals('001')).toEqual(expect.arrayContaining(['郑州', '新绛']));
    expect(actuals('002')).toContain('汇洋公司');
  });
});
