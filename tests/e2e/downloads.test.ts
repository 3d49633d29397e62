// Word downloads save under a Chinese file name on every page that offers one (the home page's
// template links included), as a drafter sees in the browser's download bar.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const getBrowser = useBrowser();

/** Every page of the built site, as a path under the root. */
function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).replace(/(^|\/)index\.html$/, '$1'))
    .filter((p) => !p.startsWith('pagefind/'));
}

/** A file name with Chinese in it, nothing Windows refuses, ending in .docx. */
const CHINESE_DOCX = /^[^\\/:*?"<>|]*[\u4e00-\u9fff][^\\/:*?"<>|]*\.docx$/;

describe('Word downloads', () => {
  it('have a Chinese file name on every page that links one', async () => {
    const all = pages(siteDir);
    expect(all.length).toBeGreaterThan(10);
    const found: Array<{ page: string; href: string; name: string | null }> = [];
    const page = await getBrowser().newPage();
    for (const path of all) {
      await page.goto(siteUrl + path, { waitUntil: 'domcontentloaded' });
      const links = await page.$$eval('a[href$=".docx"]', (as) => as.map((a) => ({ href: a.getAttribute('href')!, name: a.getAttribute('download') })));
      found.push(...links.map((l) => ({ page: path || '/', ...l })));
    }
    await page.close();
    expect(found.filter((f) => f.page === '/').length).toBeGreaterThan(0);
    expect(found.filter((f) => f.page.startsWith('templates/')).length).toBeGreaterThan(0);
    expect(found.filter((f) => f.page.startsWith('exemplars/')).length).toBeGreaterThan(0);
    for (const f of found) expect(f.name, `${f.page}: ${f.href}`).toMatch(CHINESE_DOCX);
    // One file, one name: the home page and the template page save a template alike.
    const names = new Map<string, Set<string>>();
    for (const f of found) names.set(f.href, (names.get(f.href) ?? new Set()).add(f.name!));
    for (const [href, set] of names) expect([...set], href).toHaveLength(1);
  });

  it('saves the home page’s Word template under its Chinese name', async () => {
    const { page } = await open(getBrowser(), siteUrl);
    const link = page.locator('a.jj-start__docx').first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(CHINESE_DOCX);
    expect(download.suggestedFilename()).toBe(await link.getAttribute('download'));
    await page.close();
  });
});
