// Hostile or careless search input in the browser: a malformed escape in a result link and a
// query of a million characters get a message, never an exception, a frozen tab or a huge URL.
import { describe, expect, inject, it } from 'vitest';
import { open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const getBrowser = useBrowser();
const PANEL = '#jj-page-search [data-search-panel]';

describe('hostile search input', () => {
  it('a malformed escape in ?hl= or the #fragment throws nothing', async () => {
    const errors: string[] = [];
    const { page } = await open(getBrowser(), siteUrl + 'guidance/problems/');
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(siteUrl + 'guidance/problems/?hl=%E0%A4%A#%E0%A4%A', { waitUntil: 'load' });
    await page.goto(siteUrl + 'guidance/problems/?hl=%%%#x%ZZ', { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 1,000,000-character query is refused at once with a message and is not written into the URL', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'search/');
    const input = page.locator(`${PANEL} input[type="search"]`);
    // Timed inside the page (a paste, then the answer), not across the test driver's transfer of 3 MB.
    const ms = await page.evaluate(async (sel) => {
      const root = document.querySelector(sel)!;
      const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      const start = performance.now();
      box.value = '问'.repeat(1_000_000);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => (root.getAttribute('data-state') === 'error' ? resolve() : setTimeout(check, 10));
        check();
      });
      return performance.now() - start;
    }, PANEL);
    expect(ms).toBeLessThan(5_000);
    expect(await page.locator(`${PANEL} [data-status]`).innerText()).toContain('检索词过长（1000000 字），最多 200 字');
    expect(page.url().length).toBeLessThan(1_000);
    // The page still answers: a normal query afterwards finds results.
    await input.fill('两个确立');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'results', PANEL);
    await page.close();
  });
});
