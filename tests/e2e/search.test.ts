// The phrase search as a reader uses it, in Chromium with every request outside the site
// blocked: typing a phrase lists highlighted paragraph hits, filters narrow them, a result
// opens the page on the highlighted paragraph, the dialog opens with Ctrl+K and "/", arrow
// keys move through the results, and a phrase that is not there gets help, not noise.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const subUrl = inject('subUrl');
const getBrowser = useBrowser();

const PANEL = '#jj-page-search [data-search-panel]';

/** Types a phrase into the /search/ page and waits for its results (or its "no result" state). */
async function searchPage(page: Page, phrase: string): Promise<void> {
  await page.locator(`${PANEL} input[type="search"]`).fill(phrase);
  await page.waitForFunction(
    ([sel, p]) => {
      const root = document.querySelector(sel!);
      const state = root?.getAttribute('data-state');
      return (state === 'results' || state === 'empty') && root!.querySelector('[data-status]')!.textContent!.includes(p!);
    },
    [PANEL, phrase],
  );
}

const hitTexts = (page: Page, scope = PANEL) => page.locator(`${scope} a.jj-hit mark`).allInnerTexts();

describe('phrase search page', () => {
  it('lists every paragraph with the phrase, highlighted, exemplars first, with a count', async () => {
    const { page, external } = await open(getBrowser(), siteUrl + 'search/');
    await searchPage(page, '两个确立');
    const marks = await hitTexts(page);
    expect(marks.length).toBeGreaterThan(3);
    for (const m of marks) expect(m).toBe('两个确立');
    const status = await page.locator(`${PANEL} [data-status]`).innerText();
    expect(status).toMatch(/共 \d+ 篇文档含“两个确立”/);
    const kinds = await page.locator(`${PANEL} .jj-doc-meta`).allInnerTexts();
    const firstNonExemplar = kinds.findIndex((k) => !k.startsWith('范例'));
    expect(kinds[0]).toMatch(/^范例/);
    if (firstNonExemplar > 0) expect(kinds.slice(firstNonExemplar).every((k) => !k.startsWith('范例'))).toBe(true);
    // Every hit links to a paragraph of its page and carries the phrase to highlight.
    const hrefs = await page.locator(`${PANEL} a.jj-hit`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const h of hrefs) expect(h).toMatch(/\?hl=%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B(#.+)?$/);
    expect(external).toEqual([]);
    await page.close();
  });

  it('narrows the hits with a filter (content kind, then template section)', async () => {
    const { page, external } = await open(getBrowser(), siteUrl + 'search/');
    await searchPage(page, '两个确立');
    const all = (await hitTexts(page)).length;
    await page.locator(`${PANEL} select[data-filter="kind"]`).selectOption('exemplar');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'results', PANEL);
    const metas = await page.locator(`${PANEL} .jj-doc-meta`).allInnerTexts();
    expect(metas.every((m) => m.startsWith('范例'))).toBe(true);
    await page.locator(`${PANEL} select[data-filter="section"]`).selectOption('problems');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'results', PANEL);
    const sections = await page.locator(`${PANEL} .jj-hit-section`).allInnerTexts();
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.length).toBeLessThan(all);
    // The filters are in the URL, so the narrowed search can be shared.
    expect(new URL(page.url()).searchParams.get('section')).toBe('problems');
    expect(external).toEqual([]);
    await page.close();
  });

  it('opens a result on its paragraph, scrolled into view, with the phrase highlighted', async () => {
    const { page, external } = await open(getBrowser(), siteUrl + 'search/');
    await searchPage(page, '一岗双责');
    const first = page.locator(`${PANEL} a.jj-hit`).first();
    const href = (await first.getAttribute('href'))!;
    const anchor = decodeURIComponent(href.split('#')[1] ?? '');
    expect(anchor).not.toBe('');
    await first.click();
    await page.waitForSelector('mark.jj-search-hl');
    expect(await page.locator(`[id="${anchor}"] mark.jj-search-hl`).allInnerTexts()).toEqual(['一岗双责']);
    const box = await page.locator('mark.jj-search-hl').first().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(external).toEqual([]);
    await page.close();
  });

  it('explains what to try when a phrase is not in the library, and lists nothing', async () => {
    const { page, external } = await open(getBrowser(), siteUrl + 'search/');
    await searchPage(page, '量子纠缠');
    expect(await page.locator(`${PANEL} [data-status]`).innerText()).toContain('没有找到含“量子纠缠”的段落');
    await expect.poll(() => page.locator(`${PANEL} [data-help]`).isVisible()).toBe(true);
    expect(await page.locator(`${PANEL} a.jj-hit`).count()).toBe(0);
    expect(external).toEqual([]);
    await page.close();
  });

  it('finds a one-character phrase', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'search/');
    await searchPage(page, '党');
    expect((await hitTexts(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('header search dialog', () => {
  const DIALOG = 'dialog.jj-search-dialog';

  it('opens with Ctrl+K and with "/", and arrow keys move through the results', async () => {
    const { page, external } = await open(getBrowser(), siteUrl + 'exemplars/');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.locator(DIALOG).evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(DIALOG).evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect.poll(() => page.locator(DIALOG).evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    const input = page.locator(`${DIALOG} input[type="search"]`);
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('两个确立');
    await page.waitForFunction((sel) => document.querySelector(`${sel} [data-search-panel]`)?.getAttribute('data-state') === 'results', DIALOG);
    const links = page.locator(`${DIALOG} a.jj-hit`);
    expect(await links.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const target = (await links.nth(0).getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.href.endsWith(target.split('/').slice(-2).join('/')));
    await page.waitForSelector('mark.jj-search-hl');
    expect(external).toEqual([]);
    await page.close();
  });
});

describe('accessibility of the search UI', () => {
  it('has no WCAG 2.1 A/AA violation with results listed and with the dialog open', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'search/?q=' + encodeURIComponent('两个确立'));
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'results', PANEL);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.jj-search-dialog input[type="search"]').fill('量子纠缠');
    await page.waitForFunction(() => document.querySelector('dialog.jj-search-dialog [data-search-panel]')?.getAttribute('data-state') === 'empty');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});

describe('search API module', () => {
  it('is served at <base>search/api.js and returns what the UI shows', async () => {
    const { page, external } = await open(getBrowser(), siteUrl + 'search/');
    await searchPage(page, '红红脸');
    const uiHits = await page.locator(`${PANEL} a.jj-hit`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // A string, so that the test runner does not rewrite the dynamic import.
    const api = (await page.evaluate(`(async () => {
      const { search } = await import(${JSON.stringify(siteUrl + 'search/api.js')});
      const r = await search('红红脸');
      return { total: r.total, urls: r.hits.map((h) => h.url), first: r.hits[0] };
    })()`)) as { total: number; urls: string[]; first: Record<string, unknown> };
    expect(api.urls).toEqual(uiHits);
    expect(api.total).toBeGreaterThan(0);
    expect(api.first).toMatchObject({ kind: 'exemplar', excerpt: { match: '红红脸' } });
    expect(typeof api.first.title).toBe('string');
    expect(typeof api.first.section).toBe('string');
    expect(external).toEqual([]);
    await page.close();
  });

  it('works under a sub-path: results and their links stay under the base', async () => {
    const { page, external, failed } = await open(getBrowser(), subUrl + 'search/');
    await searchPage(page, '两个确立');
    const hrefs = await page.locator(`${PANEL} a.jj-hit`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith('/jingjian/')).toBe(true);
    await page.locator(`${PANEL} a.jj-hit`).first().click();
    await page.waitForSelector('mark.jj-search-hl');
    expect(failed).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});
