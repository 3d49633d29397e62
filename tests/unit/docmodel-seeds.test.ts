// The document model on the five real seeds: every 一、 and （一） heading is found with its
// level and number, and the seeds' real defects are reported with their lines.
import { describe, expect, it } from 'vitest';
import { parseText, type DefectKind, type Outline } from '../../src/docmodel/index.ts';
import { seedText } from './seeds.ts';

/** Top-level numbers with the numbers of their （一） children, as the seeds should read. */
const EXPECTED_OUTLINE: Record<string, Array<[number, number[]]>> = {
  '000': [[1, []], [2, []], [3, [1, 2, 3, 4, 5, 6]], [4, [1, 2, 3, 4]], [5, [1, 2, 3]]],
  '001': [[1, [1, 2, 3, 4, 5]], [2, [1, 2, 3, 4]], [3, []], [4, [1, 2, 3, 4]]],
  '002': [[1, [1, 2, 3, 4, 5]], [2, [1, 2, 3, 4, 5]], [3, [1, 2, 3, 4]]],
  '003': [[1, [1, 2, 3]], [2, []], [3, [1, 2, 3, 4]], [4, [1, 2, 3, 4]]],
  '004': [[1, [1, 2, 3, 4, 5]], [2, [1, 2, 3, 4]], [3, []]],
};

const shape = (o: Outline) => o.sections.map((s) => [s.number, s.children.filter((c) => c.level === 2).map((c) => c.number)]);
const defectLines = (o: Outline, kind: DefectKind) => o.defects.filter((d) => d.kind === kind).map((d) => d.position.start.line);

describe('document model on the seeds', () => {
  for (const [seed, expected] of Object.entries(EXPECTED_OUTLINE)) {
    it(`finds every 一、 and （一） heading of seed ${seed} with its level and number`, () => {
      const outline = parseText(seedText(seed));
      expect(shape(outline)).toEqual(expected);
      for (const s of outline.sections) {
        expect(s.level).toBe(1);
        for (const c of s.children) expect(c.level).toBeGreaterThanOrEqual(2);
      }
    });
  }

  it('reports the half-width brackets of seed 002 and 004 with their lines', () => {
    expect(defectLines(parseText(seedText('002')), 'halfwidth-bracket')).toEqual([3]);
    expect(defectLines(parseText(seedText('004')), 'halfwidth-bracket')).toEqual([8, 9, 11, 12, 13]);
    const d = parseText(seedText('004')).defects.find((x) => x.kind === 'halfwidth-bracket')!;
    expect(d.actual).toBe('(四)');
    expect(d.expected).toBe('（四）');
    expect(d.position.start.column).toBe(1);
  });

  it('reports the lost （二） of seed 002 at the paragraph that lost it, and infers the heading', () => {
    const outline = parseText(seedText('002'));
    const lost = outline.defects.filter((d) => d.kind === 'lost-marker' || d.kind === 'missing-number');
    expect(lost.map((d) => [d.kind, d.position.start.line, d.expected])).toEqual([['lost-marker', 7, '（二）']]);
    const inferred = outline.sections[0]!.children[1]!;
    expect(inferred.inferred).toBe(true);
    expect(inferred.title).toContain('对带头牢记我们党是什么');
    expect(inferred.children.map((c) => c.number)).toEqual([1, 2, 3]);
  });

  it('reports the skipped level of seed 002 (三、 followed directly by 1.) with its line', () => {
    const outline = parseText(seedText('002'));
    expect(outline.defects.filter((d) => d.kind === 'level-skipped').map((d) => [d.position.start.line, d.expected])).toEqual([[32, '（一）']]);
    expect(outline.sections[2]!.children[0]!.title).toBe('着眼“两个维护”，强化政治建设');
  });

  it('reports numbers run straight through the groups of seed 003', () => {
    const outline = parseText(seedText('003'));
    expect(defectLines(outline, 'continued-numbering')).toEqual([21, 39, 56]);
    expect(outline.sections[2]!.children[1]!.children.map((c) => c.number)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('reports 二是 without 一是 in seed 003 where the source dropped it', () => {
    const lines = defectLines(parseText(seedText('003')), 'run-missing');
    expect(lines).toContain(22);
    // 局党委一是…… / 全局一是……: 一是 right after the subject starts the run (issue 11).
    for (const line of [30, 36, 43]) expect(lines).not.toContain(line);
  });

  it('reports the Markdown residue of seed 001 and still reads its headings', () => {
    const outline = parseText(seedText('001'));
    expect(new Set(defectLines(outline, 'markdown-residue'))).toEqual(new Set([1, 5, 31, 43, 47]));
    expect(outline.title).toMatch(/^应急管理系统党委书记/);
    expect(outline.sections[2]!.title).toContain('关于本人重大事项报告');
  });

  it('reads run-in titles such as （一）思想锤炼不够。 as titles with the body after them', () => {
    const cause = parseText(seedText('000')).sections[3]!.children[0]!;
    expect(cause.runIn).toBe(true);
    expect(cause.title).toBe('思想锤炼不够');
    expect(cause.body.startsWith('面对新常态新形势')).toBe(true);
  });
});
