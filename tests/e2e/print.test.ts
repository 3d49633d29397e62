// Printing and downloading from an exemplar or template page, as a reader does: the browser's
// print gives A4 pages in the GB/T 9704 layout with no navigation, annotations printed only
// when shown on screen, and the Word download resolves in both the root and sub-path builds.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const subUrl = inject('subUrl');
const EXEMPLAR = 'exemplars/leadership-2021-dangshi-district-bureau/';
const TEMPLATE = 'templates/leadership-2021-dangshi/';
const MM = 96 / 25.4; // CSS px per mm
const PT = 96 / 72; // CSS px per pt

const getBrowser = useBrowser();

/** Sizes of every page of a PDF, from its /MediaBox entries (Chromium writes them uncompressed). */
function pageSizes(pdf: Buffer): Array<[number, number]> {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
}

/** What is displayed under print media: the page's visible text and computed styles. */
async function printView(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const display = (sel: string) => {
      const el = document.querySelector(sel);
      return el ? getComputedStyle(el).display : 'absent';
    };
    const p = document.querySelector('.jj-doc p.gw-p')!;
    const h1 = document.querySelector('h1#_top')!;
    return {
      hidden: ['header.header', 'nav.sidebar', '.right-sidebar-container', '.jj-meta', '.jj-conformance', '.jj-downloads', '.pagination-links'].map((s) => [s, display(s)]),
      text: document.body.innerText,
      body: { fontSize: parseFloat(getComputedStyle(p).fontSize), lineHeight: parseFloat(getComputedStyle(p).lineHeight), indent: parseFloat(getComputedStyle(p).textIndent) },
      title: { fontSize: parseFloat(getComputedStyle(h1).fontSize), align: getComputedStyle(h1).textAlign, text: h1.textContent!.trim() },
      annotations: [...document.querySelectorAll('.jj-ann')].map((a) => getComputedStyle(a).display),
      phraseMarks: [...document.querySelectorAll('.jj-phrase')].map((m) => [getComputedStyle(m).textDecorationLine, getComputedStyle(m, '::after').display].join(' ')),
      firstParagraph: p.textContent!.trim(),
    };
  });
}

describe('printing an exemplar or a template', () => {
  for (const path of [EXEMPLAR, TEMPLATE]) {
    it(`gives A4 pages (595 × 842 pt) for ${path}`, async () => {
      const { page } = await open(getBrowser(), siteUrl + path);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const sizes = pageSizes(pdf);
      expect(sizes.length).toBeGreaterThan(1);
      for (const [w, h] of sizes) {
        expect(Math.abs(w - 595.28)).toBeLessThan(1.5);
        expect(Math.abs(h - 841.89)).toBeLessThan(1.5);
      }
      await page.close();
    });

    it(`prints ${path} without header, sidebars, table of contents, metadata or downloads`, async () => {
      const { page } = await open(getBrowser(), siteUrl + path);
      const view = await printView(page);
      for (const [selector, display] of view.hidden) expect([selector, display]).toEqual([selector, expect.stringMatching(/^(none|absent)$/)]);
      expect(view.text).toContain(view.title.text);
      expect(view.text).toContain(view.firstParagraph);
      for (const chrome of ['跳转到内容', '写作指导', '下载 Word 文档', '范例信息', '全部隐藏', '选择要看的种类', '回到顶部', '本页内容', '搜索']) expect(view.text).not.toContain(chrome);
      await page.close();
    });
  }
});

describe('printing an exemplar', () => {
  it('sets the title in 22 pt centred and the body in 16 pt on the 22-line grid with a two-character indent', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    const view = await printView(page);
    expect(view.title.fontSize).toBeCloseTo(22 * PT, 1);
    expect(view.title.align).toBe('center');
    expect(view.body.fontSize).toBeCloseTo(16 * PT, 1);
    expect(view.body.lineHeight).toBeCloseTo((225 / 22) * MM, 0);
    expect(view.body.indent).toBeCloseTo((2 * 156 * MM) / 28, 0);
    // Phrase-bank marks are a screen aid: no underline and no group label on paper.
    expect(view.phraseMarks.length).toBeGreaterThan(10);
    expect(new Set(view.phraseMarks)).toEqual(new Set(['none none']));
    await page.close();
  });

  it('prints annotations when they are shown and leaves them out when the reader hid them', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    await page.evaluate(() => localStorage.removeItem('jj-annotation-kinds'));
    await page.reload();
    const shown = await printView(page);
    expect(shown.annotations.length).toBeGreaterThan(0);
    expect(shown.annotations.every((d) => d !== 'none')).toBe(true);
    const pagesShown = pageSizes(await page.pdf({ preferCSSPageSize: true })).length;
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-kinds-all="hide"]').first().click();
    const hidden = await printView(page);
    expect(hidden.annotations.every((d) => d === 'none')).toBe(true);
    expect(hidden.text).toContain(shown.firstParagraph);
    const pagesHidden = pageSizes(await page.pdf({ preferCSSPageSize: true })).length;
    expect(pagesHidden).toBeLessThan(pagesShown);
    await page.evaluate(() => localStorage.removeItem('jj-annotation-kinds'));
    await page.close();
  });

  it('prints from the 打印 button', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });
});

describe('Word download', () => {
  for (const [build, base] of [
    ['root', () => siteUrl],
    ['sub-path', () => subUrl],
  ] as const) {
    for (const path of [EXEMPLAR, TEMPLATE]) {
      it(`links ${path} to its .docx in the ${build} build`, async () => {
        const { page } = await open(getBrowser(), base() + path);
        const link = page.getByRole('link', { name: '下载 Word 文档（.docx）' });
        const href = await link.getAttribute('href');
        expect(href).toBe(`${new URL(base()).pathname}downloads/${path.replace(/\/$/, '')}.docx`);
        expect(await link.getAttribute('download')).toMatch(/\.docx$/);
        const response = await page.request.get(new URL(href!, base()).href);
        expect(response.status()).toBe(200);
        const zip = await JSZip.loadAsync(await response.body());
        const document = await zip.file('word/document.xml')!.async('string');
        expect(document).toContain('w:docGrid w:type="lines"');
        const title = (await page.locator('h1#_top').textContent())!.trim();
        expect(await zip.file('docProps/core.xml')!.async('string')).toContain(`<dc:title>${title}</dc:title>`);
        await page.close();
      });
    }
  }
});
