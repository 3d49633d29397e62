// The check engine as check/api.js exposes it: positions in the input text (1-based line,
// UTF-16 column), template choice (auto, chosen, none), conformance with length guidance, and
// the 起草 skeleton's reading of a notice's aspects.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.ts';
import { lengthRange } from '../../src/check/conformance.ts';
import { noticeAspects } from '../../src/check/skeleton.ts';
import '../../src/lint/spelling-node.ts';

const DRAFT = ['××局领导班子2023年度民主生活会对照检查材料', '按照要求,现报告如下。', '一、存在的问题', '(一)在理论学习方面', '二、原因剖析', '三、整改措施'].join('\n');

describe('check()', () => {
  it('places a finding at its line and UTF-16 column of the input, with a fix on input offsets', () => {
    const r = check(DRAFT);
    const comma = r.findings.find((f) => f.ruleId === 'punctuation' && f.line === 2)!;
    expect([comma.column, comma.endColumn]).toEqual([5, 6]);
    expect(DRAFT.slice(comma.fix!.start, comma.fix!.end)).toBe(',');
    expect(comma.fix!.text).toBe('，');
    expect(r.findings.find((f) => f.ruleId === 'numbering')).toMatchObject({ line: 4, column: 1, endColumn: 4 });
  });

  it('chooses the best-fitting template unless told, and checks no structure with none', () => {
    const auto = check(DRAFT);
    expect(auto.detected).toBe(true);
    expect(auto.template).toMatch(/^leadership-/);
    expect(auto.conformance?.rows.find((r) => r.id === 'problems')).toMatchObject({ status: 'present', line: 3 });
    const chosen = check(DRAFT, { template: 'leadership-annual' });
    expect([chosen.template, chosen.detected]).toEqual(['leadership-annual', false]);
    const none = check(DRAFT, { template: 'none' });
    expect(none.conformance).toBeNull();
    expect(none.findings.some((f) => f.ruleId === 'template-conformance')).toBe(false);
  });

  it('reports certain problems as errors and guesses as warnings, as the CLI does for content', () => {
    const r = check(`${DRAFT}\n认真的学习党史。`);
    expect(r.findings.find((f) => f.ruleId === 'punctuation')?.severity).toBe('error');
    expect(r.findings.find((f) => f.ruleId === 'numbering')?.severity).toBe('error');
    expect(r.findings.find((f) => f.ruleId === 'confusables')?.severity).toBe('warning');
    // A paragraph built like the （x） items around it but without its number: where the numbers
    // skip, a number is certainly missing (an error at that paragraph); at the end of the group
    // only the paragraph's shape says so (a guess, a warning).
    const lost = (items: string) => check(DRAFT.replace('(一)在理论学习方面', items)).findings.filter((f) => f.message.includes('丢了编号')).map((f) => [f.ruleId, f.severity, f.line, f.column]);
    expect(lost('（一）理论学习不够。一是学得少。二是学得浅。\n担当作为不够。一是怕担责。二是怕出错。\n（三）作风不实。一是不深入。二是不细致。')).toEqual([['numbering', 'error', 5, 1]]);
    expect(lost('（一）理论学习不够。一是学得少。二是学得浅。\n（二）担当作为不够。一是怕担责。二是怕出错。\n作风不实。一是不深入。二是不细致。')).toEqual([['lost-markers', 'warning', 6, 1]]);
    const demoted = check(DRAFT, { rules: { punctuation: 'warn' } });
    expect(demoted.findings.find((f) => f.ruleId === 'punctuation')?.severity).toBe('warning');
  });
});

describe('length guidance', () => {
  it('reads the section range, not a per-item one', () => {
    expect(lengthRange('300–600字，不超过全文的十分之一。')).toEqual({ min: 300, max: 600 });
    expect(lengthRange('约占全文的20%；每条150–400字。')).toBeUndefined();
    expect(lengthRange('约占全文的40%–50%（全文一般5000–8000字）。每个方面300–800字')).toBeUndefined();
  });
});

describe('noticeAspects()', () => {
  it('takes one aspect per numbered line of a notice, without 在…方面 and the explanation', () => {
    const notice = ['各单位要围绕以下方面进行对照检查：', '（一）在深刻领悟“两个确立”的决定性意义方面。要深入……', '(二)在带头履职尽责方面；', '3.带头廉洁自律', '四是在其他方面'].join('\n');
    expect(noticeAspects(notice)).toEqual(['深刻领悟“两个确立”的决定性意义', '带头履职尽责', '带头廉洁自律', '其他']);
  });

  it('reads markers as the document model does, and leaves unnumbered lines and 统一是 alone', () => {
    const notice = ['统一是前提，不算一条', '（1）在带头强化政治忠诚方面', '　二是带头求真务实', '要求：认真准备'].join('\n');
    expect(noticeAspects(notice)).toEqual(['带头强化政治忠诚', '带头求真务实']);
  });
});
