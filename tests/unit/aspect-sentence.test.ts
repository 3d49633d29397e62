// The conformance table's aspects sentence: what a reader sees must add up.
import { describe, expect, it } from 'vitest';
import { aspectSentence } from '../../src/utils/aspect-sentence.ts';
import type { AspectCoverage } from '../../src/docmodel/conformance.ts';

const covered = (ids: string[]) => ids.map((id, i) => ({ aspect: { id, title: id }, nodeId: `s1-${i + 1}` }));

describe('aspect sentence', () => {
  it('counts an optional sixth aspect apart from the five required ones', () => {
    const a: AspectCoverage = { sectionId: 'problems', expected: 5, listed: 6, found: 6, covered: covered(['a', 'b', 'c', 'd', 'e', 'other']), missing: [] };
    expect(aspectSentence(a)).toBe('查摆问题的方面：模板要求的 5 个方面，本文都写到了；另写了模板列为可选的 1 个方面，合计 6 个方面。');
  });

  it('names the missing aspects and headings outside the template, and the parts add up', () => {
    const a: AspectCoverage = { sectionId: 'problems', expected: 5, listed: 5, found: 5, covered: covered(['a', 'b', 'c']), missing: [{ id: 'd', title: '带头固本培元' }, { id: 'e', title: '带头干事创业' }] };
    expect(aspectSentence(a)).toBe('查摆问题的方面：模板要求的 5 个方面，本文写到了 3 个，缺少 2 个：带头固本培元；带头干事创业；还有 2 个方面不在模板之列，合计 5 个方面。');
  });

  it('is short when everything matches', () => {
    const a: AspectCoverage = { sectionId: 'problems', expected: 5, listed: 5, found: 5, covered: covered(['a', 'b', 'c', 'd', 'e']), missing: [] };
    expect(aspectSentence(a)).toBe('查摆问题的方面：模板要求的 5 个方面，本文都写到了。');
  });
});
