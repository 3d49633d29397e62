// Checker defects from issue 11, each tested from its pattern rather than the quoted text: the
// same shape with other words must behave the same.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/lint.ts';
import { RULES, type RuleSetting } from '../../src/lint/preset.ts';
import { parseText } from '../../src/docmodel/index.ts';

const only = (...ids: string[]) => ({ rules: Object.fromEntries(RULES.map((r): [string, RuleSetting] => [r.id, ids.includes(r.id) ? 'error' : 'off'])) });
const reasons = (path: string, source: string, ...ids: string[]) => lintSource(path, source, only(...ids)).file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`);

describe('一是 straight after a subject', () => {
  const subjects = ['局党委', '班子成员', '我们', '本人', '区应急管理局党组'];
  for (const subject of subjects) {
    it(`counts “${subject}一是……二是……” as a run`, () => {
      const outline = parseText(`一、存在的问题\n\n${subject}一是学习不够深入；二是联系实际不够；三是成果转化不够。\n`);
      expect(outline.defects).toEqual([]);
    });
  }
  it('does not take 统一是/之一是 for the start of a run', () => {
    const outline = parseText('一、存在的问题\n\n思想统一是前提，这是原因之一是明显的；二是联系实际不够。\n');
    expect(outline.defects.map((d) => d.kind)).toEqual(['run-missing']);
  });
});
