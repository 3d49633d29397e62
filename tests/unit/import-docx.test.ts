// Word documents as drafters make them: markers typed in the text, Word's automatic numbering
// (一、 （一） 1. set up as a multilevel list, or a 1、 list made by AutoFormat), heading styles
// without numbers, and the title style. All come out as the same outline as typed text.
import { describe, expect, it } from 'vitest';
import { walkSections, type Outline } from '../../src/docmodel/index.ts';
import { readSource } from '../../src/import/index.ts';
import { normaliseOutline } from '../../src/import/normalise.ts';
import { makeDocx } from '../fixtures/import/make.ts';

const outlineOf = async (paragraphs: Parameters<typeof makeDocx>[0]): Promise<Outline> => (await readSource('test.docx', await makeDocx(paragraphs))).outline;
const headings = (o: Outline) => [...walkSections(o.sections)].map((s) => `${s.level}:${s.number}:${s.title}`);

describe('Word import', () => {
  it('reads markers typed in the text, with the title from the first line', async () => {
    const o = await outlineOf(['××局领导班子对照检查材料', '按照要求，现将对照检查情况报告如下。', '一、存在的问题', '（一）理论学习不够深入。学习不系统。', '1.学习不够主动。', '二、原因分析']);
    expect(o.title).toBe('××局领导班子对照检查材料');
    expect(headings(o)).toEqual(['1:1:存在的问题', '2:1:理论学习不够深入', '3:1:学习不够主动', '1:2:原因分析']);
    expect(o.preamble.map((p) => p.text)).toEqual(['按照要求，现将对照检查情况报告如下。']);
  });

  it('turns Word automatic numbering into the markers the reader saw, level by the list format', async () => {
    const list = (level: number) => ({ reference: 'gongwen', level });
    const o = await outlineOf([
      { text: '对照检查材料', title: true },
      '开头一段。',
      { text: '存在的问题', list: list(0) },
      { text: '理论学习不够深入。学习不系统。', list: list(1) },
      { text: '学习不够主动。', list: list(2) },
      { text: '学习不够系统。', list: list(2) },
      { text: '政治意识不够强。', list: list(1) },
      { text: '原因分析', list: list(0) },
      { text: '思想认识有偏差。', list: list(1) },
    ]);
    expect(headings(o)).toEqual([
      '1:1:存在的问题',
      '2:1:理论学习不够深入',
      '3:1:学习不够主动',
      '3:2:学习不够系统',
      '2:2:政治意识不够强',
      '1:2:原因分析',
      '2:1:思想认识有偏差',
    ]);
    expect(o.defects).toEqual([]);
  });

  it('takes the level of an automatic list from its format, not its depth: a 1、 list under （一） is level 3, and its 、 is corrected', async () => {
    const o = await outlineOf(['一、存在的问题', '（一）理论学习不够深入。', { text: '学习不够主动。', list: { reference: 'autoformat', level: 0 } }, { text: '学习不够系统。', list: { reference: 'autoformat', level: 0 } }]);
    expect(headings(o)).toEqual(['1:1:存在的问题', '2:1:理论学习不够深入', '3:1:学习不够主动', '3:2:学习不够系统']);
    const doc = normaliseOutline(o);
    expect(doc.blocks.map((b) => b.text)).toEqual(['一、存在的问题', '（一）理论学习不够深入。', '1.学习不够主动。', '2.学习不够系统。']);
    expect(doc.blocks[2]!.corrections).toEqual([{ was: '1、', now: '1.', reason: '三级标题编号应写作“1.”（数字后用半角下脚点），不是“1、”。' }]);
  });

  it('numbers headings styled Heading 1 / Heading 2 that carry no marker as 一、 and （一）', async () => {
    const o = await outlineOf([
      '材料标题',
      '开头。',
      { text: '存在的问题', heading: 1 },
      { text: '理论学习不够深入', heading: 2 },
      '正文段落。',
      { text: '政治意识不够强', heading: 2 },
      { text: '原因分析', heading: 1 },
      { text: '思想认识有偏差', heading: 2 },
    ]);
    expect(headings(o)).toEqual(['1:1:存在的问题', '2:1:理论学习不够深入', '2:2:政治意识不够强', '1:2:原因分析', '2:1:思想认识有偏差']);
  });

  it('keeps a marker typed into a heading-styled paragraph instead of adding a second one', async () => {
    const o = await outlineOf(['材料标题', '开头。', { text: '一、存在的问题', heading: 1 }, { text: '（一）理论学习不够深入', heading: 2 }, { text: '原因分析', heading: 1 }]);
    expect(headings(o)).toEqual(['1:1:存在的问题', '2:1:理论学习不够深入', '1:2:原因分析']);
  });

  it('takes a paragraph in the title style as the title even when it is long', async () => {
    const title = '中共××市××局党组关于2022年度民主生活会对照检查情况及下一步整改措施落实安排的报告（送审稿，供班子成员传阅，阅后请于本周内反馈修改意见）';
    const o = await outlineOf([{ text: title, title: true }, '开头。', '一、存在的问题']);
    expect(title.length).toBeGreaterThan(60);
    expect(o.title).toBe(title);
    expect(o.preamble.map((p) => p.text)).toEqual(['开头。']);
  });
});
