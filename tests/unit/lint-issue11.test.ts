// Checker defects from issue 11, each tested from its pattern rather than the quoted text: the
// same shape with other words must behave the same.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.ts';
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

describe('a template section missing at the end of a file', () => {
  const frontmatter = '---\ntitle: 某局领导班子对照检查材料\nexemplar:\n  docType: leadership\n  follows: leadership-annual\n  year: 2022\n  theme: 2022年度民主生活会\n  subject: 班子\n  source: 据某局材料整理，已脱敏。\n  status: experimental\n---\n\n';
  const bodies = {
    'problems only': '根据统一部署，现将对照检查情况报告如下。\n\n一、存在的问题\n\n（一）理论学习不够深入。学得不深。\n\n（二）担当作为不够。干得不实。',
    'problems and causes': '根据统一部署，现将对照检查情况报告如下。\n\n一、存在的问题\n\n（一）学习不够。\n\n二、原因剖析\n\n思想上重视不够。',
  };
  for (const [name, body] of Object.entries(bodies)) {
    for (const ending of ['', '\n', '\n\n\n']) {
      it(`is reported (${name}, file ending ${JSON.stringify(ending)})`, () => {
        const found = reasons('content/exemplars/x.mdx', frontmatter + body + ending, 'template-conformance');
        expect(found.some((r) => r.includes('“整改措施”部分') && r.includes('应在文末'))).toBe(true);
        if (name === 'problems only') expect(found.some((r) => r.includes('“原因剖析”部分'))).toBe(true);
      });
    }
  }
});

describe('numbered lines joined by a single line break', () => {
  for (const [first, second] of [['（一）学习不够。', '（二）担当不够。'], ['1.制度不全。', '2.执行不严。'], ['问题：台账不全。', '整改情况：已补齐台账。']]) {
    it(`reports “${second.slice(0, 4)}…” after a single newline and --fix adds the blank line`, () => {
      const source = `一、存在的问题\n\n${first}\n${second}\n`;
      const { file } = lintSource('x.md', source, only('numbering'));
      const joined = file.messages.filter((m) => m.reason.includes('只有一个换行'));
      expect(joined.map((m) => m.line)).toEqual([3]);
      expect(applyFixes(source, joined).output).toBe(`一、存在的问题\n\n${first}\n\n${second}\n`);
    });
  }
});

describe('severity model', () => {
  it('the preset is a unified Preset: certain problems are errors, guesses (misspellings, confusables, names) warnings', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { preset } = await import('../../src/lint/preset.ts');
    const { VFile } = await import('vfile');
    const processor = unified().use(remarkParse).use(preset);
    const file = new VFile({ path: 'x.md', value: '我们要全力以付,继续努力，局长张三，认真的学习，赴大同市调研，认识到“两个确定”。\n' });
    await processor.run(processor.parse(file), file);
    const byRule = Object.fromEntries(file.messages.map((m) => [m.ruleId, m.fatal]));
    expect(byRule).toEqual({ punctuation: true, spelling: false, confusables: false, 'person-names': false, 'de-identification': true, wording: true });
    for (const m of file.messages) expect(m.url).toBe(`/maintainers/rules/#${m.ruleId}`);
  });

  // Which paragraph lost its number is read from its shape: a guess, unless the numbers skip
  // there (then a number is certainly missing). The numbers themselves (a skip with no such
  // paragraph, a repeat, the order) are certain.
  const groups = {
    headings: (lose: number) => ['（一）学习不够深入。一是学得少。二是学得浅。', '（二）担当作为不够。一是怕担责。二是怕出错。', '（三）作风不够扎实。一是不深入。二是不细致。'].map((p, i) => (i === lose ? p.slice(3) : p)),
    runs: (lose: number) => ['一是学得少。平时看得少。', '二是用得浅。没有深入。', '三是悟得少。登录不经常。'].map((p, i) => (i === lose ? p.slice(2) : p)),
  };
  for (const [name, group] of Object.entries(groups)) {
    for (const lose of [1, 2]) {
      it(`reports a ${name === 'headings' ? '（x）' : 'x是'} paragraph that lost its number (${lose === 1 ? 'middle' : 'last'} of its group) once, ${lose === 1 ? 'as an error of numbering (the numbers skip)' : 'as a lost-markers warning (only its shape says so)'}`, async () => {
        const { unified } = await import('unified');
        const { default: remarkParse } = await import('remark-parse');
        const { preset } = await import('../../src/lint/preset.ts');
        const { VFile } = await import('vfile');
        const processor = unified().use(remarkParse).use(preset);
        const file = new VFile({ path: 'x.md', value: ['一、存在的问题', ...(name === 'runs' ? ['（一）学习方面'] : []), ...group(lose)].join('\n\n') + '\n' });
        await processor.run(processor.parse(file), file);
        const line = 3 + (name === 'runs' ? 2 : 0) + 2 * lose;
        expect(file.messages.map((m) => [m.ruleId, m.fatal, m.line])).toEqual([lose === 1 ? ['numbering', true, line] : ['lost-markers', false, line]]);
      });
    }
  }

  it('keeps skipped, repeated and reversed numbers errors of numbering when no paragraph lost them', () => {
    const source = '一、存在的问题\n\n（一）甲。\n\n（三）乙。\n\n（三）丙。\n\n（二）丁。\n\n一是学习。三是纪律。\n';
    const { file } = lintSource('x.md', source);
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.line])).toEqual([
      ['numbering', true, 5],
      ['numbering', true, 7],
      ['numbering', true, 9],
      ['numbering', true, 11],
    ]);
  });
});
