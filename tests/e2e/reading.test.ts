// Reading the site as a drafter (issue 13): per-kind annotation switches that are remembered,
// phrase-bank phrases marked inside their paragraphs instead of boxes, theme-year templates
// that name their source, reader pages free of developer words, the maintainer in the footer,
// and phone layouts (390 px) where nothing wraps one character per line.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const getBrowser = useBrowser();
const EXEMPLARS_DIR = resolve(import.meta.dirname, '../../content/exemplars');
const EXEMPLAR = 'exemplars/leadership-2021-dangshi-district-bureau/';

/** A phone: 390 px wide, touch screen, no hover. */
async function openPhone(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith(siteUrl) ? route.continue() : route.abort()));
  await page.goto(siteUrl + path, { waitUntil: 'load' });
  return page;
}

/** Visible text elements whose text stands one character per line (a squeezed column). */
function charPerLine(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel} :is(td, th, dt, dd, span, a, label, summary, button, li, p, small)`)) {
      if (el.children.length > 0 || !el.checkVisibility()) continue;
      const text = (el.textContent ?? '').replace(/\s/g, '');
      if (text.length < 2) continue;
      // One rectangle per line box the text occupies.
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      if (lines >= 2 && lines >= text.length) bad.push(text);
    }
    return bad;
  }, scope);
}

describe('per-kind annotation switches', () => {
  it('hide one kind at a time, act as the legend, and are remembered on the next visit', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR, { width: 1366 });
    await page.evaluate(() => localStorage.removeItem('jj-annotation-kinds'));
    await page.reload();
    const labels = await page.locator('[data-annotation-switches] .jj-kinds__label').allInnerTexts();
    expect(labels).toEqual(['订正', '写法', '对应模板', '脱敏', '短语']);
    const correction = page.locator('.jj-ann--correction').first();
    const technique = page.locator('.jj-ann--technique').first();
    await page.getByRole('checkbox', { name: /订正/ }).uncheck();
    expect(await correction.isVisible()).toBe(false);
    expect(await technique.isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: /短语/ }).uncheck();
    const mark = page.locator('.jj-phrase').first();
    expect(await mark.evaluate((m) => getComputedStyle(m).textDecorationLine)).toBe('none');
    await page.reload();
    expect(await page.getByRole('checkbox', { name: /订正/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /写法/ }).isChecked()).toBe(true);
    expect(await page.locator('.jj-ann--correction').first().isVisible()).toBe(false);
    expect(await page.locator('.jj-ann--technique').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: '全部显示' }).click();
    expect(await page.locator('.jj-ann--correction').first().isVisible()).toBe(true);
    expect(await mark.evaluate((m) => getComputedStyle(m).textDecorationLine)).toBe('underline');
    await page.evaluate(() => localStorage.removeItem('jj-annotation-kinds'));
    await page.close();
  });
});

describe('phrase-bank phrases on exemplar pages', () => {
  const files = readdirSync(EXEMPLARS_DIR).filter((f) => f.endsWith('.mdx'));

  it.each(files)('are marked inside their paragraphs, with no phrase boxes: %s', async (file) => {
    const phrases = (readFileSync(join(EXEMPLARS_DIR, file), 'utf8').match(/<Phrase\b/g) ?? []).length;
    const { page } = await open(getBrowser(), `${siteUrl}exemplars/${file.replace(/\.mdx$/, '')}/`);
    expect(await page.locator('.jj-ann--phrase').count()).toBe(0);
    const marks = await page.locator('.jj-phrase').evaluateAll((ms) => ms.map((m) => ({ inParagraph: !!m.closest('p, h2, h3, h4, h5, h6'), text: m.textContent, group: m.getAttribute('data-group') })));
    expect(marks).toHaveLength(phrases);
    for (const m of marks) {
      expect(m.inParagraph).toBe(true);
      expect(m.group).toMatch(/^短语库·/);
    }
    await page.close();
  });

  it('show their group in the margin on a wide screen and on focus on a phone', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR, { width: 1366 });
    const placed = await page.locator('.jj-phrase').nth(2).evaluate((m) => {
      const note = getComputedStyle(m, '::after');
      return { content: note.content, display: note.display, paragraphRight: m.closest('p')!.getBoundingClientRect().right, left: note.left };
    });
    expect(placed.content).toMatch(/短语库·/);
    expect(placed.display).toBe('block');
    expect(parseFloat(placed.left)).toBeGreaterThan(0);
    // Two phrases ending on one line get their notes one below the other, never on top.
    await page.evaluate(() => document.fonts.ready);
    const overlaps = await page.evaluate(() => {
      const bad: string[] = [];
      for (const p of document.querySelectorAll('.jj-exemplar p')) {
        let bottom = -Infinity;
        for (const m of p.querySelectorAll('.jj-phrase')) {
          const end = [...m.getClientRects()].at(-1)!;
          const note = getComputedStyle(m, '::after');
          const top = end.top + parseFloat(note.marginTop);
          if (top < bottom - 1) bad.push(m.textContent!);
          bottom = top + parseFloat(note.height);
        }
      }
      return bad;
    });
    expect(overlaps).toEqual([]);
    await page.close();

    const phone = await openPhone(getBrowser(), EXEMPLAR);
    const mark = phone.locator('.jj-phrase').nth(2);
    expect(await mark.evaluate((m) => getComputedStyle(m, '::after').display)).toBe('none');
    await mark.focus();
    expect(await mark.evaluate((m) => getComputedStyle(m, '::after').display)).toBe('block');
    await phone.context().close();
  });
});

describe('theme-year templates', () => {
  it.each(['templates/leadership-2025/', 'templates/leadership-2023-zhuti/', 'templates/personal-2025/', 'templates/personal-2023-zhuti/'])('%s names the public source of its aspects', async (path) => {
    const { page } = await open(getBrowser(), siteUrl + path);
    const source = await page.locator('.jj-source').innerText();
    expect(source).toMatch(/新华社北京20\d\d年12月\d+日电/);
    const aspects = await page.locator('#t-problems ol li').allInnerTexts();
    expect(aspects.filter((a) => a.startsWith('带头'))).toHaveLength(5);
    for (const a of aspects.filter((x) => x.startsWith('带头'))) expect(source).toContain(a);
    await page.close();
  });

  it('the annual template says which years could not be confirmed and where to turn instead', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'templates/leadership-annual/');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/2024年度\s+本站未能从公开来源核实方面的清单/);
    expect(text).toContain('起草');
    await page.close();
  });
});

describe('reader pages in plain language', () => {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('maintainers'))
    .map((f) => f.replace(/index\.html$/, ''));
  const DEVELOPER = /文档模型|pull request|merge request|frontmatter|\bnpm\b|\bMDX\b|给开发者|检索接口|127\.0\.0\.1|\b(numbering|punctuation|placeholders|de-identification|wording|template-conformance|mdx-safety)\b/i;

  it('have no developer words, no loopback canonical URL, and the maintainer in the footer', () => {
    expect(pages.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
      // What a reader sees of the page's main column: its text without scripts, styles, tags.
      const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
      const text = main.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
      const hit = DEVELOPER.exec(text);
      if (hit) found.push(`${path}: ${hit[0]}`);
      if (/<link[^>]+rel="canonical"[^>]+127\.0\.0\.1/.test(html)) found.push(`${path}: loopback canonical URL`);
      if (!html.includes('data-maintainer-contact')) found.push(`${path}: no maintainer contact`);
    }
    expect(found).toEqual([]);
  });

  it('show the maintainer and contact in the footer', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'templates/leadership-2025/');
    const footer = page.locator('.jj-maintainer');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.innerText()).toMatch(/本站维护：.+，.+。/);
    await page.close();
  });

  it('explain the status where it is shown', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    expect(await page.locator('.jj-meta').innerText()).toMatch(/试行：内容可以参考使用，但还没有经过维护人审定/);
    await page.goto(siteUrl + 'exemplars/');
    expect(await page.locator('main').innerText()).toMatch(/“试行”：内容可以参考使用/);
    await page.close();
  });

  it('sum up aspect coverage in a sentence that adds up', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    const line = page.locator('.jj-aspects').first();
    const [expected, found, covered] = await Promise.all(['expected', 'found', 'covered'].map(async (k) => Number(await line.getAttribute(`data-aspects-${k}`))));
    const text = await line.innerText();
    const extra = [...text.matchAll(/另写了模板列为可选的 (\d+) 个|还有 (\d+) 个方面不在模板之列/g)].reduce((n, m) => n + Number(m[1] ?? m[2]), 0);
    const written = /本文都写到了/.test(text) ? expected : Number(/本文写到了 (\d+) 个/.exec(text)![1]);
    expect(written + extra).toBe(found);
    expect(covered).toBeGreaterThanOrEqual(written);
    await page.close();
  });

  it('lead the contributing page with the route for office staff, then git', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'guidance/contributing/');
    const headings = await page.locator('main h2').allInnerTexts();
    const noGit = headings.findIndex((h) => h.includes('不用软件'));
    const git = headings.findIndex((h) => h.includes('git'));
    expect(noGit).toBeGreaterThanOrEqual(0);
    expect(noGit).toBeLessThan(git);
    expect(await page.locator('main').innerText()).toMatch(/自查页[\s\S]*提交为范例[\s\S]*发给页脚所列的维护人/);
    await page.close();
  });
});

describe('phones (390 px)', () => {
  it.each([EXEMPLAR, 'exemplars/leadership-2021-dangshi-provincial-dept/', 'templates/leadership-2025/', 'search/', 'guidance/contributing/', ''])('nothing wraps one character per line on /%s', async (path) => {
    const page = await openPhone(getBrowser(), path);
    expect(await charPerLine(page, 'main')).toEqual([]);
    await page.context().close();
  });

  it('keep the conformance badges on one line', async () => {
    const page = await openPhone(getBrowser(), 'exemplars/leadership-2021-dangshi-provincial-dept/');
    const heights = await page.locator('.jj-badge').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight)));
    expect(heights.length).toBeGreaterThan(3);
    for (const h of heights) expect(h).toBeLessThan(1.5);
    await page.context().close();
  });

  it('fold the search filters into one row and show no keyboard hints', async () => {
    const page = await openPhone(getBrowser(), 'search/');
    const panel = page.locator('#jj-page-search');
    await expect.poll(() => panel.locator('select').first().isVisible()).toBe(false);
    expect(await panel.locator('.jj-kbd-hint').first().isVisible()).toBe(false);
    expect(await page.locator('.jj-search-kbd').first().isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toMatch(/Ctrl|↑↓/);
    await panel.locator('summary', { hasText: '筛选' }).click();
    expect(await panel.locator('select').first().isVisible()).toBe(true);
    await page.context().close();

    const { page: desktop } = await open(getBrowser(), siteUrl + 'search/', { width: 1366 });
    expect(await desktop.locator('#jj-page-search select').first().isVisible()).toBe(true);
    expect(await desktop.locator('#jj-page-search .jj-kbd-hint').first().isVisible()).toBe(true);
    await desktop.close();
  });

  it('offer a floating annotation switch and 回到顶部 on an exemplar', async () => {
    const page = await openPhone(getBrowser(), EXEMPLAR);
    await page.evaluate(() => window.scrollTo(0, 4000));
    const opener = page.getByRole('button', { name: '批注', exact: true });
    expect(await opener.isVisible()).toBe(true);
    await opener.click();
    const technique = page.getByRole('checkbox', { name: /写法/ });
    expect(await technique.isVisible()).toBe(true);
    const box = (await technique.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.getByRole('button', { name: '收起' }).click();
    await page.getByRole('link', { name: '回到顶部' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
    await page.context().close();

    const { page: desktop } = await open(getBrowser(), siteUrl + EXEMPLAR, { width: 1366 });
    expect(await desktop.getByRole('link', { name: '回到顶部' }).isVisible()).toBe(false);
    await desktop.close();
  });
});
