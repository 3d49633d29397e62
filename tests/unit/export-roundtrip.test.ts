// Round trip: every exemplar in content/, exported to Word and imported again (mammoth, the
// importer's normalisation and MDX writer), gives the same outline — levels, numbers, titles —
// and the same text, paragraph by paragraph. New exemplars are picked up as they are added.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdown, walkSections, type Outline } from '../../src/docmodel/index.ts';
import { buildDocx } from '../../src/export/docx.ts';
import { exemplarExport } from '../../src/export/exemplar.ts';
import { importSource } from '../../src/import/index.ts';

const DIR = resolve(import.meta.dirname, '../../content/exemplars');
const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort();
const out = mkdtempSync(join(tmpdir(), 'jj-roundtrip-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const headings = (o: Outline) => [...walkSections(o.sections)].map((s) => ({ level: s.level, number: s.number, title: s.title }));
const texts = (o: Outline) => o.nodes.map((n) => (n.type === 'paragraph' ? n.text : (n.block?.text ?? n.title)));

describe('exemplar → Word → importer', () => {
  it('has exemplars to check', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(`${file} comes back with the same outline and text`, async () => {
      const original = parseMarkdown(readFileSync(join(DIR, file), 'utf8'));
      const docx = await buildDocx(exemplarExport(original.title!, original));
      const result = await importSource(file.replace(/\.mdx$/, '.docx'), docx, { outDir: out, force: true, specs: [] });
      const back = parseMarkdown(result.mdx);
      expect(back.title).toBe(original.title);
      expect(headings(back)).toEqual(headings(original));
      expect(texts(back)).toEqual(texts(original));
      // The exemplar was already clean: the importer had nothing to correct or replace.
      expect(result.doc.blocks.flatMap((b) => [...b.corrections, ...b.replacements])).toEqual([]);
    });
  }
});
