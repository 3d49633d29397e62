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

describe('lost numbering markers (issue 11)', () => {
  const lostAt = (text: string) =>
    parseText(text)
      .defects.filter((d) => d.kind === 'lost-marker')
      .map((d) => [d.position.start.line, d.expected]);

  it('carries （三） on after 一、’s （二） as continued numbering, not as a lost （一）–（二）', () => {
    const o = parseText('一、问题\n（一）甲方面。\n（二）乙方面。\n二、原因\n（三）丙原因。\n（四）丁原因。\n');
    expect(o.defects.map((d) => [d.kind, d.position.start.line, d.expected])).toEqual([['continued-numbering', 5, '（一）']]);
  });

  it('reports a heading line that lost its marker in the middle of a group, even when it ends as its siblings do', () => {
    const text = '一、问题\n（一）在学习方面，存在两个问题：\n一是学得少。\n二是学得浅。\n在担当方面，存在两个问题：\n一是怕担责。\n二是怕出错。\n（三）在作风方面，存在两个问题：\n一是不深入。\n二是不细致。\n';
    expect(lostAt(text)).toEqual([[5, '（二）']]);
  });

  it('reports the last heading of a group that lost its marker, at any level', () => {
    const level3 = '一、整改\n（一）聚焦学习\n1.学习不够\n整改情况：已整改。\n目前已整改完毕。\n2.制度执行不严，没有达到效果\n整改情况：已整改。\n目前已整改完毕。\n近两年没有按规定召开会议，没有开展活动的痕迹\n整改情况：已整改。\n目前已整改完毕。\n二、打算\n';
    expect(lostAt(level3)).toEqual([[9, '3.']]);
    const level2 = '一、问题\n（一）学习不够。一是学得少。二是学得浅。\n（二）担当不够。一是怕担责。二是怕出错。\n作风不实。一是不深入。二是不细致。\n二、原因\n';
    expect(lostAt(level2)).toEqual([[4, '（三）']]);
  });

  it('takes the heading a restarted group lost from the paragraphs before it, not the introduction after it', () => {
    const text = '一、整改\n（一）聚焦学习\n1.学习不够。要加强。\n2.制度不严。要完善。\n落实巡察整改情况\n针对上一轮巡察的问题，整改不到位，分别是：\n1.分工不明确。已调整。\n2.谈心不深入。已改进。\n二、打算\n';
    const o = parseText(text);
    expect(lostAt(text)).toEqual([[5, '（二）']]);
    const inferred = o.sections[0]!.children[1]!;
    expect([inferred.inferred, inferred.title, inferred.paragraphs.map((p) => p.text.slice(0, 5))]).toEqual([true, '落实巡察整改情况', ['针对上一轮']]);
  });

  it('reports a paragraph of a 一是/二是 run that lost its item, in the middle and at the end', () => {
    const run = (lost: string) => `一、问题\n（一）学习方面\n一是学得少。平时看得少。\n${lost === '二是' ? '' : '二是'}学得浅。没有深入。\n${lost === '三是' ? '' : '三是'}“学习强国”用得少。登录不经常。\n二、原因\n`;
    const runDefects = (text: string) => parseText(text).defects.map((d) => [d.kind, d.position.start.line, d.expected]);
    expect(runDefects(run('二是'))).toEqual([['run-lost', 4, '二是']]);
    expect(runDefects(run('三是'))).toEqual([['run-lost', 5, '三是']]);
    expect(runDefects(run(''))).toEqual([]);
  });

  it('reports a top-level heading that lost its marker, with its （一） read as the previous section’s', () => {
    const text = '一、存在的问题\n（一）学习不够。要加强。\n二、原因分析\n思想上重视不够，学习不经常。\n今后努力的方向和改进措施\n（一）强化学习。要坚持。\n（二）改进作风。要落实。\n';
    expect(lostAt(text)).toEqual([[5, '三、']]);
  });

  it('does not report a group whose items all have such follow-on paragraphs', () => {
    const text = '一、问题\n（一）学习不够。要加强。\n补充说明一。这是说明。\n（二）担当不够。要加强。\n补充说明二。这是说明。\n二、原因\n';
    expect(lostAt(text)).toEqual([]);
  });
});

describe('text the directive syntax would swallow', () => {
  it('keeps “整改情况:针对……” (a half-width colon) as the author wrote it, label included', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkDirective } = await import('remark-directive');
    const { outlineFromTree } = await import('../../src/docmodel/index.ts');
    const source = '一、整改\n\n（一）学习不够\n\n整改情况:针对以上情况，组织学习。\n';
    const outline = outlineFromTree(unified().use(remarkParse).use(remarkDirective).parse(source), source, { title: '' });
    const p = outline.sections[0]!.children[0]!.paragraphs[0]!;
    expect([p.label, p.text]).toEqual(['整改情况', '整改情况:针对以上情况，组织学习。']);
    expect(p.block.locate(6)).toMatchObject({ line: 5, column: 7 });
  });
});
