// The library's content as a reader relies on it: every exemplar paragraph in 存在问题 /
// 原因 / 措施 is mapped to a template section, annotations are many and substantive, every
// correction is annotated, and every phrase-bank entry points at a paragraph that quotes it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/docmodel/index.ts';
import { checkConformance, templateSectionOf } from '../../src/docmodel/conformance.ts';
import { ExemplarMeta, TemplateSpec } from '../../src/schemas/content.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

function load(folder: string) {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as Record<string, unknown>;
      return { file: `${folder}/${f}`, id: `${folder}/${f.replace(/\.mdx$/, '')}`, source, front, outline: parseMarkdown(source) };
    });
}

const exemplars = load('exemplars');
const templates = new Map(load('templates').map((t) => {
  const spec = TemplateSpec.parse(t.front.templateSpec);
  return [spec.id, spec] as const;
}));

const SUBSTANTIVE = new Set(['section', 'technique']);

describe('exemplars against their templates', () => {
  it('has the five seed exemplars', () => {
    expect(exemplars.length).toBeGreaterThanOrEqual(5);
  });

  for (const e of exemplars) {
    describe(e.file, () => {
      const meta = ExemplarMeta.parse(e.front.exemplar);
      const spec = templates.get(meta.follows);

      it('follows a template that exists', () => {
        expect(spec, `template ${meta.follows}`).toBeDefined();
      });

      it('maps every paragraph of 存在问题 / 原因 / 措施 to a template section', () => {
        const conformance = checkConformance(e.outline, spec!, meta.sectionMap ?? {});
        const unmapped = e.outline.nodes.filter((n) => {
          const top = e.outline.sections.find((s) => s.id === (n.type === 'section' ? n.id : n.sectionId)?.split('-')[0]);
          return top && /问题|原因|措施|方向|打算/.test(top.title) && !templateSectionOf(conformance, n);
        });
        expect(unmapped.map((n) => `${n.id}: ${n.type === 'section' ? n.title : n.text.slice(0, 20)}`)).toEqual([]);
        expect(conformance.rows.filter((r) => r.status === 'missing')).toEqual([]);
      });

      it('has at least 15 substantive annotations and annotates its corrections', () => {
        const anns = e.outline.nodes.flatMap((n) => n.block?.attachments ?? []).filter((a) => a.name === 'Annotation');
        expect(anns.filter((a) => SUBSTANTIVE.has(a.attributes.kind ?? '')).length).toBeGreaterThanOrEqual(15);
        const corrections = anns.filter((a) => a.attributes.kind === 'correction' || a.attributes.kind === 'deid');
        expect(corrections.length).toBeGreaterThan(0);
        for (const c of corrections.filter((a) => a.attributes.kind === 'correction')) {
          expect(c.attributes.now ?? c.attributes.was, 'a correction says what changed').toBeDefined();
          expect(c.text.length, 'and why').toBeGreaterThan(4);
        }
      });

      it('quotes every phrase-bank entry verbatim from the paragraph it is attached to', () => {
        const bad: string[] = [];
        for (const n of e.outline.nodes) {
          for (const a of n.block?.attachments ?? []) {
            if (a.name === 'Phrase' && !n.block!.text.includes(a.text)) bad.push(`${n.id}: ${a.text}`);
          }
        }
        expect(bad).toEqual([]);
      });

      it('has a clean outline: no numbering defect left in a corrected exemplar', () => {
        expect(e.outline.defects.map((d) => `${d.position.start.line}: ${d.message}`)).toEqual([]);
      });
    });
  }

  it('gives the phrase bank at least 150 entries', () => {
    const count = exemplars.reduce((sum, e) => sum + e.outline.nodes.flatMap((n) => n.block?.attachments ?? []).filter((a) => a.name === 'Phrase').length, 0);
    expect(count).toBeGreaterThanOrEqual(150);
  });
});
