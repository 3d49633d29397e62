// Word files built from minimal OOXML (tests/fixtures/import/ooxml.ts) with what real drafts
// have: lists restarted by start overrides, a list that never restarts, lists that continue
// each other, a footnote, a table and a text box. The import keeps the numbers the author saw,
// corrects only real gaps, and the report says what changed form.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { walkSections, type Outline } from '../../src/docmodel/index.ts';
import { importSource, readSource } from '../../src/import/index.ts';
import { formatResult } from '../../src/import/report.ts';
import { exemplarDraft } from '../../src/import/read.ts';
import { tempDir } from '../fixtures/import/make.ts';
import { GONGWEN_LEVELS, footnoteRef, makeOoxml, numbering, p, table, textBox } from '../fixtures/import/ooxml.ts';

const headings = (o: Outline) => [...walkSections(o.sections)].map((s) => `${s.level}:${s.number}:${s.title}`);
async function importOoxml(body: string[], options: Parameters<typeof makeOoxml>[1] = {}) {
  const source = await readSource('test.docx', await makeOoxml(body.join(''), options));
  return { source, ...exemplarDraft(source, []) };
}
const corrections = (r: Awaited<ReturnType<typeof importOoxml>>) => r.doc.blocks.flatMap((b) => b.corrections);

describe('Word list numbering as the author saw it', () => {
  it('restarts a list at its start override: （一） again under each typed 一、, with no false corrections', async () => {
    const lists = numbering({ 1: GONGWEN_LEVELS }, [
      { numId: 1, abstractNumId: 1 },
      { numId: 2, abstractNumId: 1, startOverride: { 1: 1 } },
      { numId: 3, abstractNumId: 1, startOverride: { 1: 1 } },
    ]);
    const r = await importOoxml(
      [
        p('××局领导班子对照检查材料'),
        p('一、存在的问题'),
        ...['甲方面。', '乙方面。', '丙方面。', '丁方面。', '戊方面。'].map((t) => p(t, { num: [1, 1] })),
        p('二、原因剖析'),
        ...['思想上。', '制度上。'].map((t) => p(t, { num: [2, 1] })),
        p('三、整改措施'),
        ...['加强学习。', '完善制度。', '严格监督。', '改进作风。'].map((t) => p(t, { num: [3, 1] })),
      ],
      { numbering: lists },
    );
    expect(headings(r.source.outline)).toEqual([
      '1:1:存在的问题',
      ...['甲方面', '乙方面', '丙方面', '丁方面', '戊方面'].map((t, i) => `2:${i + 1}:${t}`),
      '1:2:原因剖析',
      '2:1:思想上',
      '2:2:制度上',
      '1:3:整改措施',
      ...['加强学习', '完善制度', '严格监督', '改进作风'].map((t, i) => `2:${i + 1}:${t}`),
    ]);
    expect(r.source.outline.defects).toEqual([]);
    expect(corrections(r)).toEqual([]);
    expect(r.doc.warnings).toEqual([]);
  });

  it('keeps a list that never restarts (w:lvlRestart 0) as numbered, 1.–5. across （一）（二）, with a warning, not a correction', async () => {
    const levels = GONGWEN_LEVELS.map((l) => (l.ilvl === 2 ? { ...l, restart: 0 } : l));
    const r = await importOoxml(
      [
        p('巡察整改进展情况报告'),
        p('一、逐项整改情况'),
        p('思想政治方面。', { num: [1, 1] }),
        ...['学习不到位。', '统筹不到位。', '跟踪不到位。'].map((t) => p(t, { num: [1, 2] })),
        p('党风廉政方面。', { num: [1, 1] }),
        ...['制度执行不严。', '调研不够。'].map((t) => p(t, { num: [1, 2] })),
      ],
      { numbering: numbering({ 1: levels }, [{ numId: 1, abstractNumId: 1 }]) },
    );
    expect(r.doc.blocks.map((b) => b.text).filter((t) => /^\d/.test(t))).toEqual(['1.学习不到位。', '2.统筹不到位。', '3.跟踪不到位。', '4.制度执行不严。', '5.调研不够。']);
    expect(corrections(r)).toEqual([]);
    expect(r.doc.warnings).toHaveLength(1);
    expect(r.doc.warnings[0]!.message).toContain('“4.”接续上一组的编号');
    expect(r.mdx).toContain('\n4.制度执行不严。\n');
  });

  it('continues a list whose instances share one definition without an override, as Word does, and keeps it with a warning', async () => {
    const lists = numbering({ 1: GONGWEN_LEVELS }, [
      { numId: 4, abstractNumId: 1 },
      { numId: 5, abstractNumId: 1 },
    ]);
    const r = await importOoxml([p('一、存在的问题'), p('甲。', { num: [4, 1] }), p('乙。', { num: [4, 1] }), p('二、原因剖析'), p('丙。', { num: [5, 1] }), p('丁。', { num: [5, 1] })], { numbering: lists });
    expect(r.doc.blocks.map((b) => b.text)).toEqual(['一、存在的问题', '（一）甲。', '（二）乙。', '二、原因剖析', '（三）丙。', '（四）丁。']);
    expect(corrections(r)).toEqual([]);
    expect(r.doc.warnings.map((w) => w.message)).toEqual([expect.stringContaining('“（三）”接续上一组的编号')]);
  });

  it('still corrects a real gap: （一） then （三） under one heading', async () => {
    const r = await importOoxml([p('一、存在的问题'), p('（一）甲。'), p('（三）乙。')]);
    expect(corrections(r).map((c) => `${c.was}→${c.now}`)).toEqual(['（三）→（二）']);
    expect(r.doc.warnings).toEqual([]);
  });
});

describe('Word content kept in another form, and said so', () => {
  it('keeps a footnote as a bracketed note at the end of its paragraph', async () => {
    const r = await importOoxml([p('一、存在的问题'), p('按照要求开展了调研。', { after: footnoteRef(1) }), p('二、原因')], { footnotes: { 1: '调研报告另附。' } });
    expect(r.doc.blocks.map((b) => b.text)).toContain('按照要求开展了调研。（注：调研报告另附。）');
    expect(r.source.notices).toEqual([expect.stringContaining('脚注“调研报告另附。”')]);
  });

  it('keeps a table as a Markdown table in the MDX', async () => {
    const r = await importOoxml([p('二、整改总体情况'), table([['问题类别', '数量', '已完成'], ['思想政治', '5', '4'], ['作风纪律', '3', '3']]), p('三、下一步打算')]);
    expect(r.mdx).toContain('| 问题类别 | 数量 | 已完成 |\n| --- | --- | --- |\n| 思想政治 | 5 | 4 |\n| 作风纪律 | 3 | 3 |');
    expect(r.source.notices).toEqual([expect.stringContaining('表格（3 行')]);
  });

  it('keeps a text box in place, after the paragraph it is anchored in', async () => {
    const r = await importOoxml([p('一、存在的问题'), p('锚定的段落。', { after: textBox(['文本框中的说明。']) }), p('其后的段落。')]);
    expect(r.doc.blocks.map((b) => b.text)).toEqual(['一、存在的问题', '锚定的段落。', '文本框中的说明。', '其后的段落。']);
    expect(r.source.notices).toEqual([expect.stringContaining('文本框“文本框中的说明。”')]);
  });
});

describe('tracked changes', () => {
  it('imports the text as if the changes were accepted, and says so', async () => {
    const ins = '<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>加强</w:t></w:r></w:ins>';
    const del = '<w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>削弱</w:delText></w:r></w:del>';
    const r = await importOoxml([p('一、存在的问题'), `<w:p><w:r><w:t>要</w:t></w:r>${ins}${del}<w:r><w:t>学习。</w:t></w:r></w:p>`]);
    expect(r.doc.blocks.map((b) => b.text)).toEqual(['一、存在的问题', '要加强学习。']);
    expect(r.source.notices).toEqual([expect.stringContaining('插入 1 处、删除 1 处')]);
  });
});

describe('files that look like Word but are not readable .docx', () => {
  it('names an encrypted .docx (an OLE file with EncryptionInfo) as password-protected, not as an old .doc', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // The directory entry names, in UTF-16LE, as an encrypted package stores them.
    [...'EncryptionInfo'].forEach((c, i) => (ole[1024 + i * 2] = c.charCodeAt(0)));
    await expect(readSource('材料.docx', ole)).rejects.toThrow('材料.docx：这是设置了打开密码的加密 Word 文档');
    ole.fill(0, 1024);
    await expect(readSource('材料.doc', ole)).rejects.toThrow('旧版 Word 97-2003 文档（.doc）');
  });

  it('reads an OpenDocument text (.odt, WPS or LibreOffice) from its content.xml, whatever its extension', async () => {
    const T = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${T}><office:body><office:text>
      <text:p text:style-name="Title">××局领导班子对照检查材料</text:p>
      <text:p>按照要求，现将对照检查情况报告如下。</text:p>
      <text:h text:outline-level="1">存在的问题</text:h>
      <text:h text:outline-level="2">理论学习不够深入</text:h>
      <text:p>学习不系统。<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>见学习记录。</text:p></text:note-body></text:note></text:p>
      <text:list><text:list-item><text:p>未编号的列表项。</text:p></text:list-item></text:list>
      <table:table><table:table-row><table:table-cell><text:p>问题</text:p></table:table-cell><table:table-cell><text:p>状态</text:p></table:table-cell></table:table-row></table:table>
      <text:h text:outline-level="1">原因剖析</text:h>
    </office:text></office:body></office:document-content>`;
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    zip.file('content.xml', content);
    const odt = await zip.generateAsync({ type: 'uint8array' });
    for (const name of ['材料.odt', '材料.docx']) {
      const source = await readSource(name, odt);
      expect(source.format).toBe('odt');
      expect(source.outline.title).toBe('××局领导班子对照检查材料');
      expect(headings(source.outline)).toEqual(['1:1:存在的问题', '2:1:理论学习不够深入', '1:2:原因剖析']);
      expect(source.text).toContain('学习不系统。（注：见学习记录。）');
      expect(source.text).toContain('| 问题 | 状态 |');
      expect(source.warnings).toEqual([expect.stringContaining('1 段的编号由 WPS 或 LibreOffice 自动生成')]);
      expect(source.notices).toEqual([expect.stringContaining('脚注“见学习记录。”'), expect.stringContaining('表格（1 行')]);
    }
  });

  it('names a damaged .odt as such', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    await expect(readSource('材料.odt', await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow('材料.odt：OpenDocument 文本（.odt）已损坏');
  });
});

describe('the import report', () => {
  it('lists the numbering kept as written and every footnote, table and text box kept in another form', async () => {
    const tmp = tempDir();
    try {
      const levels = GONGWEN_LEVELS.map((l) => (l.ilvl === 2 ? { ...l, restart: 0 } : l));
      const body = [
        p('××局巡察整改进展情况报告'),
        p('一、逐项整改情况'),
        p('思想政治方面。', { num: [1, 1] }),
        p('学习不到位。', { num: [1, 2], after: footnoteRef(1) }),
        p('统筹不到位。', { num: [1, 2] }),
        p('作风方面。', { num: [1, 1] }),
        p('纪律不严。', { num: [1, 2], after: textBox(['整改台账另附。']) }),
        table([['问题', '状态'], ['学习', '已完成']]),
      ].join('');
      const bytes = await makeOoxml(body, { numbering: numbering({ 1: levels }, [{ numId: 1, abstractNumId: 1 }]), footnotes: { 1: '见学习记录。' } });
      const result = await importSource('report.docx', bytes, { outDir: tmp.dir, specs: [] });
      const report = formatResult(result, [], tmp.dir);
      expect(report).toContain('按原文保留（请确认）：');
      expect(report).toMatch(/第 \d+ 行 {2}“3\.”接续上一组的编号/);
      expect(report).toContain('Word 文档中改变了形式的内容：');
      expect(report).toContain('脚注“见学习记录。”已作为括注');
      expect(report).toContain('文本框“整改台账另附。”');
      expect(report).toContain('表格（2 行');
      expect(report).toMatch(/编号：改正 0 处/);
    } finally {
      tmp.cleanup();
    }
  });
});
