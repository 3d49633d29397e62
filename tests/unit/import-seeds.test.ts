// The five seed documents imported as a contributor would bring them — the UTF-8 .txt, a GBK copy
// as Windows Notepad saves it, and Word files made from the text (markers typed, or 一、 and
// （一） as Word's automatic numbering) — give MDX whose outline matches the exemplar in content/
// heading for heading, with every identifying name replaced and listed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdown, parseText, walkSections, type Outline } from '../../src/docmodel/index.ts';
import { findIdentifyingNames } from '../../src/text/identifying-names.ts';
import { importSource, type ImportResult } from '../../src/import/index.ts';
import { loadTemplateSpecs } from '../../src/import/meta.ts';
import { continuedNumbering } from '../../src/import/normalise.ts';
import { formatResult } from '../../src/import/report.ts';
import { makeDocx, tempDir, type WordParagraph } from '../fixtures/import/make.ts';
import { SEEDS_DIR } from './seeds.ts';

const EXEMPLARS = resolve(import.meta.dirname, '../../content/exemplars');
/** Seed → exemplar file, as fixed in the project's shared vocabulary. */
const EXEMPLAR_OF: Record<string, string> = {
  '000': 'leadership-2021-dangshi-district-bureau',
  '001': 'personal-2021-dangshi-party-secretary',
  '002': 'leadership-2021-dangshi-provincial-dept',
  '003': 'inspection-2023-district-bureau',
  '004': 'leadership-2022-annual-municipal-bureau',
};
/** Names in the seeds that identify the unit (found by reading them). */
const IDENTIFYING: Record<string, string[]> = {
  '001': ['大同', '河南', '郑州', '山西', '新绛'],
  '002': ['汇洋'],
  '003': ['黑龙江'],
};

const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort() : [];
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const specs = loadTemplateSpecs();

/**
 * Word paragraphs of a seed: typed markers, or 一、/（一） headings as Word's automatic numbering.
 * A drafter who numbers automatically cannot lose a heading's number, so every heading the model
 * finds (also one it infers, such as the lost （二） of seed 002) is a numbered list item.
 */
function wordParagraphs(text: string, numbered: boolean): WordParagraph[] {
  const outline = parseText(text);
  const lines = text.split(/\r?\n/);
  const byLine = new Map<number, { level: number; rest: string }>();
  if (numbered) {
    for (const s of walkSections(outline.sections)) {
      if (s.level > 2 || !s.block) continue;
      byLine.set(s.block.position.start.line, { level: s.level - 1, rest: s.marker ? s.block.text.slice(s.marker.raw.length) : s.block.text });
    }
  }
  const titleLine = outline.titlePosition?.start.line;
  return lines.flatMap((raw, i): WordParagraph[] => {
    const line = raw.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
    if (!line) return [];
    const numberedHeading = byLine.get(i + 1);
    if (numberedHeading) return [{ text: numberedHeading.rest, list: { reference: 'gongwen', level: numberedHeading.level } }];
    return [i + 1 === titleLine ? { text: line, title: true } : line];
  });
}

const VARIANTS: Array<[string, (text: string, raw: Buffer) => Promise<Buffer> | Buffer, string]> = [
  ['UTF-8 text', (_t, raw) => raw, '.txt'],
  [
    'GBK text',
    (t) => {
      // Notepad saving as ANSI on Chinese Windows turns the no-break spaces of seeds 002/003 into spaces.
      const gbkText = t.replace(/\u00a0/g, ' ');
      const bytes = iconv.encode(gbkText, 'gbk');
      if (iconv.decode(bytes, 'gbk') !== gbkText) throw new Error('seed has characters outside GBK');
      return bytes;
    },
    '.txt',
  ],
  ['Word, markers typed', (t) => makeDocx(wordParagraphs(t, false)), '.docx'],
  ['Word, automatic numbering', (t) => makeDocx(wordParagraphs(t, true)), '.docx'],
];

const sectionsOf = (o: Outline) => [...walkSections(o.sections)];
/** Character-bigram overlap (Dice): 1 for equal titles; corrections and de-identification lower it a little. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const bg = grams(b);
  let shared = 0;
  for (const g of grams(a)) {
    const k = bg.indexOf(g);
    if (k !== -1) {
      shared++;
      bg.splice(k, 1);
    }
  }
  return (2 * shared) / Math.max(1, a.length - 1 + b.length - 1);
}

function replacementsOf(r: ImportResult) {
  return [...r.doc.titleReplacements, ...r.doc.blocks.flatMap((b) => b.replacements)];
}

describe.skipIf(!seeds.length)(`importing the seeds (from ${SEEDS_DIR})`, () => {
  for (const seedFile of seeds) {
    const seed = seedFile.slice(0, 3);
    const raw = readFileSync(join(SEEDS_DIR, seedFile));
    const text = raw.toString('utf8');
    const exemplarPath = join(EXEMPLARS, `${EXEMPLAR_OF[seed]}.mdx`);

    for (const [variant, make, ext] of VARIANTS) {
      describe(`seed ${seed} as ${variant}`, () => {
        let result: ImportResult;
        it('imports', async () => {
          const bytes = await make(text, raw);
          result = await importSource(`${seed}${ext}`, bytes, { outDir: join(tmp.dir, variant.replace(/\W+/g, '-')), force: true, specs });
          if (variant === 'GBK text') expect(result.source.encoding).toBe('GB18030');
          expect(result.meta.exemplar.status).toBe('experimental');
        });

        it.skipIf(!existsSync(exemplarPath))(`matches exemplar ${EXEMPLAR_OF[seed]} heading for heading`, () => {
          const exemplar = sectionsOf(parseMarkdown(readFileSync(exemplarPath, 'utf8')));
          const importedOutline = parseMarkdown(result.mdx);
          const imported = sectionsOf(importedOutline);
          // Numbering continued across groups (seed 003's 1.–17.) is the author's and is kept, with
          // a warning; the exemplar restarts each group, with correction annotations.
          const continued = continuedNumbering(importedOutline);
          expect(imported.map((s) => `${s.level}:${continued.has(s) ? '…' : s.number}`)).toEqual(exemplar.map((s, i) => `${s.level}:${continued.has(imported[i]!) ? '…' : s.number}`));
          expect(result.doc.warnings.length).toBe(new Set([...continued.keys()].map((s) => s.parentId)).size);
          if (seed === '003') expect(result.doc.warnings.map((w) => w.message.slice(0, 3))).toEqual(['“4.', '“10', '“15']);
          // Titles differ only where the exemplar corrected a typo or removed a name.
          imported.forEach((s, i) => expect(similarity(s.title, exemplar[i]!.title), `${s.title} / ${exemplar[i]!.title}`).toBeGreaterThan(0.8));
        });

        it('replaces every identifying name and lists each replacement', () => {
          const report = formatResult(result, []);
          const replaced = replacementsOf(result).map((r) => r.text);
          for (const name of IDENTIFYING[seed] ?? []) {
            expect(result.mdx, name).not.toContain(name);
            expect(replaced.some((r) => r.includes(name)), name).toBe(true);
            expect(report).toMatch(new RegExp(`${name}\\S* → ××`));
          }
          // Nothing identifying is left anywhere in the file (title included), no placeholder in a
          // scattered form, and each paragraph with replacements carries a de-identification annotation.
          expect(findIdentifyingNames(result.mdx)).toEqual([]);
          expect(result.mdx).not.toMatch(/(?<![A-Za-z])[Xx*＊]{1,4}(?=[年月日次项个名条家])/);
          const annotated = (result.mdx.match(/<Annotation kind="deid"/g) ?? []).length;
          expect(annotated).toBe(result.doc.blocks.filter((b) => b.replacements.length).length);
        });
      });
    }
  }
});
