// Title lines of the Word export (GB/T 9704 §7.3.1): balanced, words kept whole, no character
// left alone, the upper line no longer than the lower where the words allow.
import { describe, expect, it } from 'vitest';
import { titleLines } from '../../src/export/title.ts';

const PER_LINE = 20;

describe('title lines', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('××局领导班子对照检查材料', PER_LINE)).toEqual(['××局领导班子对照检查材料']);
  });

  it.each([
    ['××区应急管理局领导班子党史学习教育专题民主生活会对照检查材料', ['××区应急管理局领导班子', '党史学习教育专题民主生活会对照检查材料']],
    ['××省××厅领导班子2021年度民主生活会对照检查材料', ['××省××厅领导班子2021年度', '民主生活会对照检查材料']],
    ['区应急管理局党委关于区委巡察集中整改进展情况的报告', ['区应急管理局党委关于区委', '巡察集中整改进展情况的报告']],
  ])('breaks %s between words, no line over 20 characters, none alone', (title, lines) => {
    const out = titleLines(title, PER_LINE);
    expect(out).toEqual(lines);
    expect(out.join('')).toBe(title);
    for (const l of out) expect([...l].length).toBeLessThanOrEqual(PER_LINE);
    expect(Math.min(...out.map((l) => [...l].length))).toBeGreaterThan(2);
  });

  it('never breaks inside a 【】 slot, a number or a × run', () => {
    const out = titleLines('【单位名称】领导班子【年份】年度民主生活会对照检查材料', PER_LINE);
    expect(out.every((l) => (l.match(/【/g) ?? []).length === (l.match(/】/g) ?? []).length)).toBe(true);
    for (const t of ['××市××区××局领导班子2023年度主题教育专题民主生活会对照检查材料']) {
      const lines = titleLines(t, PER_LINE);
      for (let i = 1; i < lines.length; i++) expect(`${lines[i - 1]!.at(-1)}${lines[i]![0]}`).not.toMatch(/××|\d\d|\d年/);
    }
  });
});
