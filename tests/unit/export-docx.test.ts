// The Word export read back as Word reads it: document.xml, styles.xml, footer and comments of
// the generated .docx must give GB/T 9704-2012's page (A4, margins, 156 × 225 mm text block),
// type (3号仿宋 body, 2号小标宋 title, 黑体/楷体/仿宋 levels), grid (22 lines × 28 characters),
// indent, page numbers and numbering; templates carry their slots and guidance as comments.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown, walkSections } from '../../src/docmodel/index.ts';
import { buildDocx } from '../../src/export/docx.ts';
import { exemplarExport } from '../../src/export/exemplar.ts';
import { templateExport } from '../../src/export/template.ts';
import { TemplateSpec } from '../../src/schemas/content.ts';
import { check } from '../../src/check/engine.ts';

const EXEMPLAR = `---
title: ××局领导班子对照检查材料
---

按照要求，现将对照检查情况报告如下。

<Annotation kind="technique" label="开门见山">开头一句交代依据。</Annotation>

一、存在的问题

（一）理论学习不够深入。学习不系统，一是学得不深，二是用得不够。

1.学习不够主动。

（1）学习时间不足。

二、原因分析
`;

interface Part {
  document: string;
  styles: string;
  /** Footer XML by type (default = odd pages, even). */
  footers: Map<string, string>;
  comments: string;
  settings: string;
  fontTable: string;
  core: string;
}
async function partsOf(bytes: Uint8Array): Promise<Part> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const footers = new Map<string, string>();
  for (const m of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
    footers.set(m[1]!, await read(`word/${target[1] ?? target[2]}`));
  }
  return { document, styles: await read('word/styles.xml'), footers, comments: await read('word/comments.xml'), settings: await read('word/settings.xml'), fontTable: await read('word/fontTable.xml'), core: await read('docProps/core.xml') };
}
const attr = (xml: string, element: string, name: string) => new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];
const style = (styles: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
/** Paragraph texts of document.xml, in order. */
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
const twipsToMm = (t: number) => (t / 1440) * 25.4;

let exemplar: Part;
beforeAll(async () => {
  const outline = parseMarkdown(EXEMPLAR);
  exemplar = await partsOf(await buildDocx(exemplarExport(outline.title!, outline)));
});

describe('GB/T 9704 page', () => {
  it('is A4 with top 37 mm, left 28 mm, right 26 mm, bottom 35 mm margins', () => {
    const d = exemplar.document;
    expect([attr(d, 'w:pgSz', 'w:w'), attr(d, 'w:pgSz', 'w:h')]).toEqual(['11906', '16838']);
    const margin = (side: string) => Number(attr(d, 'w:pgMar', `w:${side}`));
    expect(twipsToMm(margin('top'))).toBeCloseTo(37, 1);
    expect(twipsToMm(margin('left'))).toBeCloseTo(28, 0);
    expect(twipsToMm(margin('right'))).toBeCloseTo(26, 1);
    expect(twipsToMm(margin('bottom'))).toBeCloseTo(35, 1);
  });

  it('has a text block of 156 × 225 mm', () => {
    const d = exemplar.document;
    const n = (a: string, e = 'w:pgMar') => Number(attr(d, e, a));
    expect(twipsToMm(n('w:w', 'w:pgSz') - n('w:left') - n('w:right'))).toBeCloseTo(156, 1);
    expect(twipsToMm(n('w:h', 'w:pgSz') - n('w:top') - n('w:bottom'))).toBeCloseTo(225, 1);
  });

  it('lays text on a grid of 22 lines, 28 characters condensed to fit the block in every suite', () => {
    const d = exemplar.document;
    // A line grid only: LibreOffice gives a character wider than a character-grid cell two cells.
    expect(attr(d, 'w:docGrid', 'w:type')).toBe('lines');
    const height = Number(attr(d, 'w:pgSz', 'w:h')) - Number(attr(d, 'w:pgMar', 'w:top')) - Number(attr(d, 'w:pgMar', 'w:bottom'));
    const width = Number(attr(d, 'w:pgSz', 'w:w')) - Number(attr(d, 'w:pgMar', 'w:left')) - Number(attr(d, 'w:pgMar', 'w:right'));
    const linePitch = Number(attr(d, 'w:docGrid', 'w:linePitch'));
    expect(Math.floor(height / linePitch)).toBe(22);
    // 16 pt characters condensed by w:spacing (twips) in the defaults and in Normal, which LibreOffice reads.
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(exemplar.styles)![0];
    const pitch = 320 + Number(attr(defaults, 'w:spacing', 'w:val'));
    expect(Math.floor(width / pitch)).toBe(28);
    expect(attr(style(exemplar.styles, 'Normal'), 'w:spacing', 'w:val')).toBe(String(pitch - 320));
    expect(attr(style(exemplar.styles, 'Normal'), 'w:sz', 'w:val')).toBe('32');
    // Every line is one grid line high; no widow control, so every page has its 22 lines.
    expect(attr(defaults, 'w:spacing', 'w:line')).toBe(String(linePitch));
    expect(attr(defaults, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(defaults).toContain('<w:widowControl w:val="false"/>');
  });

  it('numbers odd pages on the right and even pages on the left, one character in, in 4号 宋体 between dashes', () => {
    const odd = exemplar.footers.get('default')!;
    const even = exemplar.footers.get('even')!;
    expect(exemplar.settings).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    expect(attr(odd, 'w:jc', 'w:val')).toBe('right');
    expect(attr(odd, 'w:ind', 'w:right')).toBe('280');
    expect(attr(even, 'w:jc', 'w:val')).toBe('left');
    expect(attr(even, 'w:ind', 'w:left')).toBe('280');
    for (const f of [odd, even]) {
      expect(paragraphs(f).join('').replace(/\s/g, '')).toBe('——');
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>|fldSimple w:instr="PAGE"/);
      expect(attr(f, 'w:sz', 'w:val')).toBe('28');
      expect(attr(f, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
    }
    const footerDistance = Number(attr(exemplar.document, 'w:pgMar', 'w:footer'));
    expect(twipsToMm(Number(attr(exemplar.document, 'w:pgMar', 'w:bottom')) - footerDistance)).toBeGreaterThan(7);
  });

  it('lists its fonts with the substitutes offices have', () => {
    const font = (name: string) => new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(exemplar.fontTable)?.[1] ?? '';
    expect(attr(font('仿宋_GB2312'), 'w:altName', 'w:val')).toBe('仿宋');
    expect(attr(font('楷体_GB2312'), 'w:altName', 'w:val')).toBe('楷体');
    expect(attr(font('方正小标宋简体'), 'w:altName', 'w:val')).toBe('宋体');
    expect(attr(font('仿宋'), 'w:altName', 'w:val')).toBe('FangSong');
    for (const name of ['仿宋_GB2312', '楷体_GB2312', '方正小标宋简体', '黑体']) expect(attr(font(name), 'w:charset', 'w:val'), name).toBe('86');
  });
});

describe('GB/T 9704 type', () => {
  it('sets the body in 3号 (16 pt) 仿宋 with a first-line indent of two characters', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(exemplar.styles)![0];
    expect(attr(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('32');
    const body = style(exemplar.styles, 'Body');
    expect(attr(body, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(body, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
  });

  it('sets the title in 2号 (22 pt) 小标宋, centred, without indent', () => {
    const title = style(exemplar.styles, 'Title');
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    expect(attr(title, 'w:ind', 'w:firstLineChars')).toBe('0');
    expect(paragraphs(exemplar.document)[0]).toBe('××局领导班子对照检查材料');
  });

  it('sets the levels in 黑体 / 楷体 / 仿宋 / 仿宋 at 16 pt, indented two characters', () => {
    const fonts = ['Heading1', 'Heading2', 'Heading3', 'Heading4'].map((id) => attr(style(exemplar.styles, id), 'w:rFonts', 'w:eastAsia'));
    expect(fonts).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      expect(attr(style(exemplar.styles, id), 'w:sz', 'w:val')).toBe('32');
      expect(attr(style(exemplar.styles, id), 'w:ind', 'w:firstLineChars')).toBe('200');
    }
  });

  it('writes the numbering 一、 （一） 1. （1） in order, a run-in title in its level font', () => {
    const texts = paragraphs(exemplar.document).filter(Boolean);
    expect(texts).toEqual([
      '××局领导班子对照检查材料',
      '按照要求，现将对照检查情况报告如下。',
      '一、存在的问题',
      '（一）理论学习不够深入。学习不系统，一是学得不深，二是用得不够。',
      '1.学习不够主动。',
      '（1）学习时间不足。',
      '二、原因分析',
    ]);
    const runIn = [...exemplar.document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].find((m) => m[1]!.includes('（一）理论学习不够深入。'))![1]!;
    expect(runIn).toContain('<w:pStyle w:val="Body"/>');
    expect(attr(runIn, 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
    const standalone = [...exemplar.document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].find((m) => m[1]!.includes('一、存在的问题'))![1]!;
    expect(standalone).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('sets no heading level in bold, and keeps only one-line headings with the next paragraph', async () => {
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(style(exemplar.styles, id), id).toContain('<w:b w:val="false"/>');
    expect(exemplar.document).not.toMatch(/<w:b\/>|<w:b w:val="(true|1)"\/>/);
    const long = parseMarkdown('---\ntitle: 标题\n---\n\n一、存在的问题\n\n（一）在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”方面\n\n正文。\n');
    const parts = await partsOf(await buildDocx(exemplarExport('标题', long)));
    const heading = [...parts.document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].find((m) => m[1]!.includes('（一）在带头'))![1]!;
    expect(heading).toContain('<w:pStyle w:val="Heading2"/>');
    expect(heading).toContain('<w:keepNext w:val="false"/>');
    const short = [...parts.document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].find((m) => m[1]!.includes('一、存在的问题'))![1]!;
    expect(short).not.toContain('keepNext');
  });

  it('dates its comments with the export date, not 1970', async () => {
    const outline = parseMarkdown(EXEMPLAR);
    const parts = await partsOf(await buildDocx({ ...exemplarExport(outline.title!, outline), date: new Date('2026-03-01T08:00:00Z') }));
    const dates = [...parts.comments.matchAll(/w:date="([^"]+)"/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^2026-03-01/);
    expect([...exemplar.comments.matchAll(/w:date="([^"]+)"/g)].every((m) => !m[1]!.startsWith('1970'))).toBe(true);
  });

  it('leaves the author empty for the drafter', () => {
    expect(exemplar.core).not.toContain('Un-named');
    expect(exemplar.core).toMatch(/<dc:creator\/>|<dc:creator><\/dc:creator>|^(?![\s\S]*dc:creator)/);
  });

  it('carries the exemplar annotations as Word comments on their paragraphs', () => {
    expect(exemplar.comments).toContain('【写法·开门见山】开头一句交代依据。');
    const opening = [...exemplar.document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].find((m) => m[1]!.includes('按照要求'))![1]!;
    expect(opening).toMatch(/<w:commentRangeStart w:id="\d+"\/>/);
  });
});

describe('templates', () => {
  const dir = resolve(import.meta.dirname, '../../content/templates');
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  it('exist to export', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(`${file} exports its 【】 slots highlighted and every section's requirements as comments`, async () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const [, yaml, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source)!;
      const data = parseYaml(yaml!) as { title: string; templateSpec: unknown };
      const spec = TemplateSpec.parse(data.templateSpec);
      const input = templateExport(spec, data.title, body!);
      const parts = await partsOf(await buildDocx(input));
      const texts = paragraphs(parts.document).filter(Boolean);
      expect(texts.some((t) => t.includes('【'))).toBe(true);
      expect(parts.document).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t[^>]*>【/);
      // Each top-level section of the skeleton is there, numbered in order, with the purpose of
      // the template section it serves as a comment.
      const top = input.outline.sections;
      expect(texts.filter((t) => /^[一二三四五六七八九十]+、/.test(t)).map((t) => t.split('、')[0])).toEqual(top.map((s) => ['一', '二', '三', '四', '五', '六', '七', '八', '九'][s.number - 1]));
      for (const t of spec.sections.filter((s) => s.level === 1 && s.required)) expect(parts.comments, t.id).toContain(t.purpose.replace(/[<>&"]/g, ''));
      expect(parts.comments).toContain('定稿前删除全部批注');
      expect([...walkSections(top)].length).toBeGreaterThan(2);
    });

    it(`${file} is ready to fill: a body under every section, three 一是 slots per aspect, one style per level, clean comments`, async () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const [, yaml, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source)!;
      const data = parseYaml(yaml!) as { title: string; templateSpec: unknown };
      const input = templateExport(TemplateSpec.parse(data.templateSpec), data.title, body!);
      const parts = await partsOf(await buildDocx(input));
      const paras = [...parts.document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
        text: [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
        style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1]!)?.[1],
      })).filter((p) => p.text);
      // Each level's headings in that level's style, slots for a number included; no run-in 楷体 beside a standalone one.
      for (const p of paras) {
        if (/^[一二三四五六七八九十]+、/.test(p.text)) expect(p.style, p.text).toBe('Heading1');
        if (/^（(?:[一二三四五六七八九十]+|【[^】]*】)）/.test(p.text)) expect(p.style, p.text).toBe('Heading2');
      }
      // Every heading of levels 1 and 2 has something under it before the next heading of its level or above.
      paras.forEach((p, i) => {
        const level = p.style === 'Heading1' ? 1 : p.style === 'Heading2' ? 2 : 0;
        if (!level) return;
        const next = paras[i + 1];
        const nextLevel = next?.style === 'Heading1' ? 1 : next?.style === 'Heading2' ? 2 : 9;
        expect(nextLevel > level, `no body under ${p.text}`).toBe(true);
      });
      // Each aspect of 存在的问题 has 一是, 二是 and 三是 slots.
      for (const [i, p] of paras.entries()) {
        if (p.style !== 'Heading2' || !p.text.endsWith('方面')) continue;
        const until = paras.findIndex((q, j) => j > i && (q.style === 'Heading1' || q.style === 'Heading2'));
        const under = paras.slice(i + 1, until === -1 ? undefined : until).map((q) => q.text.slice(0, 2));
        expect(under, p.text).toEqual(expect.arrayContaining(['一是', '二是', '三是']));
      }
      // The comments pass the checker's punctuation and numbering rules (a wrong form quoted in
      // “” as an example of a mistake excepted); 【】 labels and slots are meant for the drafter.
      const comments = [...input.comments!.values()].flat(2).join('\n');
      expect(comments).not.toMatch(/[。；，][。；]/);
      const lines = comments.split('\n');
      const quoted = (f: { line: number; column: number }) => {
        const before = lines[f.line - 1]!.slice(0, f.column - 1);
        return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
      };
      const findings = check(comments, { template: 'none' }).findings.filter((f) => ['punctuation', 'numbering'].includes(f.ruleId) && !quoted(f));
      expect(findings.map((f) => `${f.message} ${lines[f.line - 1]!.slice(f.column - 5, f.column + 10)}`)).toEqual([]);
    });
  }
});
