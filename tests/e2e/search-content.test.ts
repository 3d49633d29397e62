// Search over every text a reader can read, in Chromium: a hit of each kind (exemplar text,
// annotation, template requirement, writing guidance) is labelled as such and opens its page
// on that very element with the phrase highlighted; a phrase typed with other punctuation than
// the library's is found by the fallback, which says so above the results and in the API.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const getBrowser = useBrowser();
const PANEL = '#jj-page-search [data-search-panel]';

/** Opens /search/ with a phrase and a content-kind filter in the URL and waits for its results. */
async function searchFor(phrase: string, kind = ''): Promise<{ page: Page; external: string[] }> {
  const opened = await open(getBrowser(), `${siteUrl}search/?q=${encodeURIComponent(phrase)}${kind ? `&kind=${kind}` : ''}`);
  await opened.page.waitForFunction((sel) => /results|empty/.test(document.querySelector(sel)?.getAttribute('data-state') ?? ''), PANEL);
  return opened;
}

const CASES = [
  { kind: 'exemplar', label: '范例原文', phrase: '一岗双责', anchor: /^s\d/ },
  { kind: 'annotation', label: '批注', phrase: '党史学习教肓', anchor: /^note-\d+$/ },
  { kind: 'template', label: '模板要求', phrase: '多次检查了解听取整改工作进展情况', anchor: /^t-leader-responsibility-weak-1$/ },
  { kind: 'template', label: '模板要求', phrase: '带头强化政治忠诚、提高政治能力', anchor: /^template-source$/ },
  { kind: 'guidance', label: '写作指导', phrase: '被动机械执行的多，主动执行的少', anchor: /^dont-2$/ },
];

describe('hits of every kind, each deep-linked to its own element', () => {
  for (const c of CASES) {
    it(`${c.label}: labelled, and opens on the highlighted ${c.kind} element`, async () => {
      const { page, external } = await searchFor(c.phrase, c.kind);
      const doc = page.locator(`${PANEL} li.jj-doc`).first();
      expect(await doc.getAttribute('data-kind')).toBe(c.kind);
      expect(await doc.locator('.jj-doc-meta').innerText()).toMatch(new RegExp(`^${c.label}`));
      const link = doc.locator('a.jj-hit').first();
      const anchor = decodeURIComponent((await link.getAttribute('href'))!.split('#')[1] ?? '');
      expect(anchor).toMatch(c.anchor);
      await link.click();
      await page.waitForSelector('mark.jj-search-hl');
      expect((await page.locator(`[id="${anchor}"] mark.jj-search-hl`).allInnerTexts()).join('')).toBe(c.phrase);
      const box = await page.locator('mark.jj-search-hl').first().boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
      expect(external).toEqual([]);
      await page.close();
    });
  }

  it('lists exemplar text before annotations, templates and guidance when not filtered', async () => {
    const { page } = await searchFor('两个确立');
    const kinds = await page.locator(`${PANEL} li.jj-doc`).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')!));
    expect(kinds[0]).toBe('exemplar');
    const order = ['exemplar', 'annotation', 'template', 'guidance'];
    const ranks = kinds.map((k) => order.indexOf(k));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await page.close();
  });
});

describe('punctuation-forgiving fallback', () => {
  it('finds 红红脸、出出汗 for 红红脸，出出汗 and says so above the results', async () => {
    const { page, external } = await searchFor('红红脸，出出汗');
    const notice = page.locator(`${PANEL} [data-loose-notice]`);
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('未找到完全一致的表述，以下结果忽略了标点');
    const marks = await page.locator(`${PANEL} a.jj-hit mark`).allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks).toContain('红红脸、出出汗');
    // The notice sits above the results.
    const noticeBox = (await notice.boundingBox())!;
    const firstHit = (await page.locator(`${PANEL} a.jj-hit`).first().boundingBox())!;
    expect(noticeBox.y).toBeLessThan(firstHit.y);
    // The link highlights the text as the page writes it.
    await page.locator(`${PANEL} a.jj-hit`).first().click();
    await page.waitForSelector('mark.jj-search-hl');
    expect((await page.locator('mark.jj-search-hl').allInnerTexts()).join('')).toBe('红红脸、出出汗');
    expect(external).toEqual([]);
    await page.close();
  });

  it('shows no notice for an exact phrase, and the API marks loose results exact: false', async () => {
    const { page } = await searchFor('红红脸、出出汗');
    expect(await page.locator(`${PANEL} [data-loose-notice]`).isVisible()).toBe(false);
    const api = (await page.evaluate(`(async () => {
      const { search } = await import(${JSON.stringify(siteUrl + 'search/api.js')});
      const exact = await search('红红脸、出出汗');
      const loose = await search('红红脸，出出汗');
      const none = await search('红红脸，出汗');
      // Punctuation the text has and the query lacks is forgiven too.
      const bare = await search('红红脸出出汗');
      return {
        exact: [exact.exact, exact.hits.every((h) => h.exact)],
        loose: [loose.exact, loose.hits.some((h) => h.exact), loose.total === exact.total],
        none: none.total,
        bare: [bare.exact, bare.hits.map((h) => h.excerpt.match).includes('红红脸、出出汗')],
      };
    })()`)) as { exact: boolean[]; loose: boolean[]; none: number; bare: boolean[] };
    expect(api.exact).toEqual([true, true]);
    expect(api.loose).toEqual([false, false, true]);
    expect(api.none).toBe(0);
    expect(api.bare).toEqual([false, true]);
    await page.close();
  });
});
