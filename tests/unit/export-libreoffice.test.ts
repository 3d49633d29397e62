// What users print: one exemplar and one template, exported to Word and rendered by
// LibreOffice Writer to PDF (.ci/run installs it), measured from the PDF as with a ruler:
// 28 characters on full lines, 22 lines a page, margins and the page number of GB/T 9704-2012.
// One conversion for both files keeps the test to a few seconds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/docmodel/index.ts';
import { buildDocx } from '../../src/export/docx.ts';
import { exemplarExport } from '../../src/export/exemplar.ts';
import { templateExport } from '../../src/export/template.ts';
import { TemplateSpec } from '../../src/schemas/content.ts';
import { firstStrokeTop, readPdfLayout, type PdfLine, type PdfPage } from '../../scripts/lib/pdf-layout.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'jj-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARGIN = { top: 37, left: 28, right: 210 - 26, bottom: 297 - 35 };
const PITCH = 225 / 22;
const ONE_CHAR_4HAO = (14 / 72) * 25.4;
const PAGE_NUMBER = /^—\d+—$/;

function frontmatter(file: string): { data: Record<string, unknown>; body: string; source: string } {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const [, yaml, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source)!;
  return { data: parseYaml(yaml!) as Record<string, unknown>, body: body!, source };
}

const pdfs: Record<'exemplar' | 'template', { file: string; pages: PdfPage[] }> = {} as never;

beforeAll(async () => {
  const ex = frontmatter('content/exemplars/leadership-2022-annual-municipal-bureau.mdx');
  const outline = parseMarkdown(ex.source);
  writeFileSync(join(dir, 'exemplar.docx'), await buildDocx(exemplarExport(String(ex.data.title), outline)));
  const tp = frontmatter('content/templates/leadership-annual.mdx');
  writeFileSync(join(dir, 'template.docx'), await buildDocx(templateExport(TemplateSpec.parse(tp.data.templateSpec), String(tp.data.title), tp.body)));
  // A private profile, so that the test neither reads nor changes the user's LibreOffice settings.
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'exemplar.docx'), join(dir, 'template.docx')], { stdio: 'pipe', timeout: 120_000 });
  for (const kind of ['exemplar', 'template'] as const) pdfs[kind] = { file: join(dir, `${kind}.pdf`), pages: readPdfLayout(join(dir, `${kind}.pdf`)) };
}, 180_000);

const textLines = (p: PdfPage) => p.lines.filter((l) => !PAGE_NUMBER.test(l.text));
const chars = (l: PdfLine) => [...l.text.replace(/\s/g, '')].length;
/** A line of Chinese text only (digits and Latin letters are narrower) that runs to the right edge. */
const fullChineseLine = (l: PdfLine) => /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…×]+$/.test(l.text) && l.left < MARGIN.left + 1 && l.right > MARGIN.right - 1;

describe.each(['exemplar', 'template'] as const)('the %s rendered by LibreOffice', (kind) => {
  it('is A4', () => {
    for (const p of pdfs[kind].pages) expect([p.width, p.height].map(Math.round)).toEqual([210, 297]);
  });

  it('sets 28 characters on full lines (±1 for a mark hanging past the edge)', () => {
    const full = pdfs[kind].pages.flatMap(textLines).filter(fullChineseLine);
    expect(full.length).toBeGreaterThan(kind === 'exemplar' ? 100 : 0);
    for (const l of full) expect(chars(l), l.text).toBeGreaterThanOrEqual(27);
    for (const l of full) expect(chars(l), l.text).toBeLessThanOrEqual(29);
    // 27 only where a mark may not begin the next line (……, 】): so most full lines hold 28.
    if (full.length > 20) expect(full.filter((l) => chars(l) === 28).length / full.length).toBeGreaterThan(0.6);
    else expect(full.some((l) => chars(l) === 28)).toBe(true);
  });

  it('sets 22 lines a page, on a pitch of 225 mm / 22, from the top margin to the bottom margin', () => {
    const pages = pdfs[kind].pages;
    for (const p of pages.slice(0, -1)) {
      const lines = textLines(p);
      const first = lines[0]!;
      const last = lines.at(-1)!;
      // The first line's grid slot starts at the top margin.
      expect(first.bottom - PITCH, `page ${p.number} top`).toBeGreaterThan(MARGIN.top - 1);
      expect(first.bottom - PITCH, `page ${p.number} top`).toBeLessThan(MARGIN.top + 1);
      // 22 slots to the bottom margin, unless one-line headings moved on to stay with their text
      // (keep-with-next): then the page is short by at most the headings opening the next page.
      const slots = Math.round((last.bottom - first.bottom) / PITCH) + 1;
      const next = textLines(pages[p.number]!);
      const movedHeadings = next.findIndex((l) => !/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(l.text) || chars(l) > 26);
      const headingMoved = slots < 22 && 22 - slots <= movedHeadings;
      expect(headingMoved ? 22 : slots, `page ${p.number} lines`).toBe(22);
      if (!headingMoved) expect(Math.abs(last.bottom - MARGIN.bottom), `page ${p.number} bottom`).toBeLessThan(1);
    }
  });

  it('keeps the left and right margins within 1 mm', () => {
    const lines = pdfs[kind].pages.flatMap(textLines);
    const left = Math.min(...lines.map((l) => l.left));
    expect(Math.abs(left - MARGIN.left)).toBeLessThan(1);
    const rights = lines.filter(fullChineseLine).filter((l) => chars(l) === 28).map((l) => l.right);
    for (const r of rights) expect(Math.abs(r - MARGIN.right)).toBeLessThan(1);
  });

  it('numbers odd pages on the right and even pages on the left, one character in, the dash 7 mm under the text block', () => {
    for (const p of pdfs[kind].pages) {
      const number = p.lines.find((l) => PAGE_NUMBER.test(l.text));
      expect(number?.text, `page ${p.number}`).toBe(`—${p.number}—`);
      if (p.number % 2) expect(Math.abs(number!.right - (MARGIN.right - ONE_CHAR_4HAO)), `page ${p.number} right`).toBeLessThan(1);
      else expect(Math.abs(number!.left - (MARGIN.left + ONE_CHAR_4HAO)), `page ${p.number} left`).toBeLessThan(1);
    }
    for (const page of [1, 2]) {
      const stroke = firstStrokeTop(pdfs[kind].file, page, { from: MARGIN.bottom, to: 290 }, 3);
      expect(stroke, `page ${page}`).not.toBeNull();
      expect(Math.abs(stroke! - MARGIN.bottom - 7), `page ${page}: dash ${(stroke! - MARGIN.bottom).toFixed(1)} mm under the block`).toBeLessThan(1);
    }
  });
});

describe('the rendered title', () => {
  it('breaks a two-line title into balanced lines, the upper no longer than the lower, no character alone', () => {
    const [first, second] = textLines(pdfs.exemplar.pages[0]!);
    expect(first!.text + second!.text).toBe('市××局党组2022年民主生活会对照检查材料');
    expect(chars(second!)).toBeGreaterThan(2);
    expect(first!.right - first!.left).toBeLessThanOrEqual(second!.right - second!.left + 1);
  });
});
