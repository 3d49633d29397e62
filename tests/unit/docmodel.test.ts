// Behaviour of the document model on small inputs: numbering defects, runs, positions, ids.
import { describe, expect, it } from 'vitest';
import { formatMarker, parseChineseNumber, parseMarkdown, parseText } from '../../src/docmodel/index.ts';

const kinds = (text: string) => parseText(text).defects.map((d) => d.kind);

describe('numbering', () => {
  it('accepts a clean four-level outline without defects', () => {
    const o = parseText('一、总体\n（一）分项\n1.要点\n（1）细节\n（2）细节\n2.要点\n（二）分项\n二、其次\n');
    expect(o.defects).toEqual([]);
    expect(o.sections.map((s) => s.number)).toEqual([1, 2]);
    expect(o.sections[0]!.children[0]!.children[0]!.children.map((c) => c.level)).toEqual([4, 4]);
  });

  it('reports a skipped number with the number expected', () => {
    const d = parseText('一、甲\n三、丙\n').defects[0]!;
    expect([d.kind, d.actual, d.expected, d.position.start.line]).toEqual(['missing-number', '三、', '二、', 2]);
  });

  it('reports repeated and out-of-order numbers', () => {
    expect(kinds('一、甲\n二、乙\n二、乙\n')).toEqual(['repeated-number']);
    expect(kinds('一、甲\n二、乙\n三、丙\n二、乙\n')).toEqual(['out-of-order']);
  });

  it('reports the wrong mark after a number, with the canonical form as the fix', () => {
    const o = parseText('一，甲\n（一）、乙\n1、丙\n');
    expect(o.defects.map((d) => [d.kind, d.actual, d.expected, d.fixable])).toEqual([
      ['marker-punctuation', '一，', '一、', true],
      ['marker-punctuation', '（一）、', '（一）', true],
      ['marker-punctuation', '1、', '1.', true],
    ]);
  });

  it('does not take dates, decimals or 一是 for headings', () => {
    const o = parseText('一、甲\n2020年以来工作。\n2.5倍的增长。\n一是加强学习。二是改进作风。\n');
    expect(o.sections).toHaveLength(1);
    expect(o.sections[0]!.paragraphs).toHaveLength(3);
  });
});

describe('一是/二是 runs', () => {
  it('counts runs across the paragraphs of a section', () => {
    const o = parseText('一、甲\n一是学习。\n二是作风。\n三是纪律。\n');
    expect(o.defects).toEqual([]);
    expect(o.sections[0]!.paragraphs.flatMap((p) => p.runs.map((r) => r.number))).toEqual([1, 2, 3]);
  });

  it('reports a missing, a repeated and a lonely item', () => {
    expect(kinds('一、甲\n一是学习。三是纪律。\n')).toEqual(['run-missing']);
    expect(kinds('一、甲\n一是学习。二是作风。二是纪律。\n')).toEqual(['run-repeated']);
    expect(kinds('一、甲\n一是学习。\n')).toEqual(['run-incomplete']);
  });

  it('does not mistake 统一是 or 唯一是 for a run item', () => {
    expect(parseText('一、甲\n思想统一是前提，唯一是途径。\n').sections[0]!.paragraphs[0]!.runs).toEqual([]);
  });
});

describe('Markdown and MDX', () => {
  const mdx = `---
title: 测试
---

一、存在的问题

（一）学习不够。理论学习不深。

<Annotation kind="technique">说明</Annotation>

(二)作风不实
`;

  it('reads the same outline from MDX as from plain text, with the frontmatter title', () => {
    const o = parseMarkdown(mdx);
    expect(o.title).toBe('测试');
    expect(o.sections[0]!.children.map((c) => [c.number, c.title, c.runIn])).toEqual([
      [1, '学习不够', true],
      [2, '作风不实', false],
    ]);
  });

  it('gives positions in the MDX source, frontmatter included', () => {
    const d = parseMarkdown(mdx).defects[0]!;
    expect(d.kind).toBe('halfwidth-bracket');
    expect(d.position.start).toMatchObject({ line: 11, column: 1 });
  });

  it('attaches a component written after a paragraph to that paragraph', () => {
    const s = parseMarkdown(mdx).sections[0]!.children[0]!;
    expect(s.block?.attachments.map((a) => [a.name, a.attributes.kind, a.text])).toEqual([['Annotation', 'technique', '说明']]);
  });

  it('derives stable ids from the outline', () => {
    const o = parseMarkdown('一、甲\n\n开头段。\n\n（一）乙\n\n段落一。\n\n段落二。\n');
    expect(o.nodes.map((n) => n.id)).toEqual(['s1', 's1-p1', 's1-1', 's1-1-p1', 's1-1-p2']);
  });
});

describe('numerals', () => {
  it('reads and writes Chinese numbers up to 99', () => {
    expect(['一', '十', '十一', '二十', '九十九'].map(parseChineseNumber)).toEqual([1, 10, 11, 20, 99]);
    expect([formatMarker(1, 12), formatMarker(2, 3), formatMarker(3, 4), formatMarker(4, 5)]).toEqual(['十二、', '（三）', '4.', '（5）']);
  });
});
