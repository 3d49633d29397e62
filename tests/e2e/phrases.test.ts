// The phrase bank as a tool, in Chromium: jump links per group in the table of contents,
// causes split by kind, a filter that narrows the list as one types (punctuation ignored, as
// in search), and a copy button per phrase that says what it copied.
import { describe, expect, inject, it } from 'vitest';
import { open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const getBrowser = useBrowser();

const visibleItems = (page: import('playwright-core').Page) => page.locator('li[data-phrase]:visible');

describe('phrase bank page', () => {
  it('has jump links to every group, and causes grouped by kind', async () => {
    const { page, external } = await open(getBrowser(), siteUrl + 'phrases/');
    const toc = await page.locator('starlight-toc a').allInnerTexts();
    for (const group of ['问题表述', '原因剖析', '整改措施', '理想信念', '宗旨意识', '党性修养', '纪律规矩']) expect(toc.some((t) => t.startsWith(group))).toBe(true);
    const causes = await page.locator('h2:has-text("原因剖析") ~ section h3').allInnerTexts();
    expect(causes.slice(0, 4).map((t) => t.replace(/（\d+）$/, ''))).toEqual(['理想信念', '宗旨意识', '党性修养', '纪律规矩']);
    expect(external).toEqual([]);
    await page.close();
  });

  it('narrows the list as one types, ignoring punctuation', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'phrases/');
    const total = await visibleItems(page).count();
    expect(total).toBeGreaterThan(150);
    // The library writes 不忘初心、牢记使命; a comma typed instead still finds it.
    await page.locator('#jj-phrase-filter').fill('不忘初心，牢记使命');
    await expect.poll(() => visibleItems(page).count()).toBeLessThan(total);
    const shown = await visibleItems(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-phrase')!));
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(s.replace(/\p{P}/gu, '')).toContain('不忘初心牢记使命');
    expect(shown.some((s) => s.includes('不忘初心、牢记使命'))).toBe(true);
    expect(await page.locator('[data-count]').innerText()).toBe(`显示 ${shown.length} / ${total} 条`);
    // Groups without a match are hidden, so the list stays short.
    expect(await page.locator('h2:visible').count()).toBeLessThan(5);
    await page.locator('#jj-phrase-filter').fill('量子纠缠');
    await expect.poll(() => page.locator('[data-none]').isVisible()).toBe(true);
    await page.locator('#jj-phrase-filter').fill('');
    await expect.poll(() => visibleItems(page).count()).toBe(total);
    await page.close();
  });

  it('copies a phrase with its button and says what it copied', async () => {
    const browser = getBrowser();
    const { page } = await open(browser, siteUrl + 'phrases/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    const item = visibleItems(page).nth(5);
    const text = (await item.getAttribute('data-phrase'))!;
    await item.locator('button[data-copy]').click();
    await expect.poll(() => page.locator('[data-copied]').innerText()).toBe(`已复制：${text}`);
    expect(await item.locator('button[data-copy]').innerText()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.close();
  });
});
