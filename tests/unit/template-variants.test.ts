// The theme-year variants: each names its public source, and its aspects are what the
// template-conformance check counts — a draft with all of them passes, one without an aspect
// is told which one is missing.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/lint.ts';
import { loadTemplates } from '../../src/lint/templates.ts';

const VARIANTS = ['leadership-2023-zhuti', 'leadership-2025', 'personal-2023-zhuti', 'personal-2025'];
const NUM = ['一', '二', '三', '四', '五', '六'];

/** A minimal draft with one （一） heading per aspect title given. */
function draft(docType: string, aspectTitles: string[]): string {
  const problems = aspectTitles.map((t, i) => `（${NUM[i]}）在${t}方面\n\n一是学习不够深入。比如，×月的专题学习只读了文件。`).join('\n\n');
  const personal = docType === 'personal' ? '\n\n三、个人有关事项说明\n\n本人如实报告了个人有关事项。' : '';
  return `按照通知要求，现将对照检查情况报告如下。\n\n一、存在的问题\n\n${problems}\n\n二、产生问题的原因分析\n\n（一）理论学习不够深入。认为学习是软任务。${personal}\n\n${docType === 'personal' ? '四' : '三'}、下一步整改措施\n\n（一）加强学习。于×月前完成。\n`;
}

function conformanceMessages(id: string, source: string): string[] {
  const { file } = lintSource('draft.md', source, { rules: { 'template-conformance': ['error', { follows: id }] } });
  return file.messages.filter((m) => m.ruleId === 'template-conformance').map((m) => m.reason);
}

describe.each(VARIANTS)('template variant %s', (id) => {
  const spec = loadTemplates().get(id)!;
  const aspects = spec?.sections.find((s) => s.id === 'problems')?.aspects?.filter((a) => a.required) ?? [];

  it('quotes its public source, and every aspect appears in the quoted wording', () => {
    expect(spec.source?.publisher).toMatch(/新华社/);
    expect(aspects).toHaveLength(5);
    for (const a of aspects) expect(spec.source!.quote).toContain(a.title);
  });

  it('accepts a draft that covers all five aspects', () => {
    expect(conformanceMessages(id, draft(spec.docType, aspects.map((a) => a.title)))).toEqual([]);
  });

  it.each([0, 2, 4])('names aspect %i when a draft leaves it out', (i) => {
    const kept = aspects.filter((_, k) => k !== i).map((a) => a.title);
    const messages = conformanceMessages(id, draft(spec.docType, kept));
    expect(messages.join('\n')).toContain(`缺少模板要求的方面“${aspects[i]!.title.slice(0, 6)}`);
  });
});
