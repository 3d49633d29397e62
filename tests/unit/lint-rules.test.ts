// Every rule's documentation examples are its tests (as in remark-lint): each `ok` example
// produces no message, each `not-ok` example exactly the documented messages, and where the
// documentation shows the fixed text, --fix produces it.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.ts';
import { lintSource } from '../../src/lint/lint.ts';
import { RULES, type RuleSetting } from '../../src/lint/preset.ts';
import type { Example, RuleExamples } from '../../src/lint/report.ts';

const modules = import.meta.glob<{ examples: RuleExamples }>('../../src/lint/rules/*.ts', { eager: true });

function lintWithOnly(rule: string, example: Example) {
  const rules: Record<string, RuleSetting> = Object.fromEntries(RULES.map((r): [string, RuleSetting] => [r.id, r.id === rule ? ['error', example.options] : 'off']));
  return lintSource(example.path ?? 'example.mdx', example.source, { rules });
}

const render = (m: { line?: number; column?: number; place?: unknown; reason: string }) => {
  const place = m.place as { start?: { line: number; column: number }; end?: { line: number; column: number } } | undefined;
  return place?.start && place.end ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}: ${m.reason}` : `${m.line}:${m.column}: ${m.reason}`;
};

describe('lint rule documentation examples', () => {
  it('has one documented module per rule in the preset', () => {
    const ids = Object.keys(modules).map((p) => p.replace(/^.*\/(.*)\.ts$/, '$1')).sort();
    expect(ids).toEqual(RULES.map((r) => r.id).sort());
  });
  for (const [path, mod] of Object.entries(modules)) {
    const rule = path.replace(/^.*\/(.*)\.ts$/, '$1');
    describe(`jingjian:${rule}`, () => {
      it('documents at least one ok and one not-ok example', () => {
        expect(mod.examples.ok.length).toBeGreaterThan(0);
        expect(mod.examples.notOk.length).toBeGreaterThan(0);
      });
      for (const ex of mod.examples.ok) {
        it(`ok: ${ex.name}`, () => {
          const { file } = lintWithOnly(rule, ex);
          expect(file.messages.map(render)).toEqual([]);
        });
      }
      for (const ex of mod.examples.notOk) {
        it(`not ok: ${ex.name}`, () => {
          const { file } = lintWithOnly(rule, ex);
          expect(file.messages.map(render)).toEqual(ex.messages);
          for (const m of file.messages) {
            expect(m.ruleId).toBe(rule);
            expect(m.source).toBe('jingjian');
            expect(m.url).toBe(`/maintainers/rules/#${rule}`);
          }
          if (ex.fixed !== undefined) expect(applyFixes(ex.source, file.messages).output).toBe(ex.fixed);
        });
      }
    });
  }
});
