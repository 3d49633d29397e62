// What a reader does with the content: hide and show annotations (remembered), read a
// conformance table that shows an absent section, and follow a phrase-bank link to the
// paragraph that uses the phrase.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const getBrowser = useBrowser();

const EXEMPLAR = 'exemplars/leadership-2021-dangshi-district-bureau/';

describe('annotations', () => {
  it('can all be hidden to read the clean text, and the choice is remembered', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    await page.evaluate(() => localStorage.removeItem('jj-annotation-kinds'));
    await page.reload();
    const first = page.locator('.jj-ann').first();
    await expect.poll(() => first.isVisible()).toBe(true);
    await page.getByRole('button', { name: '全部隐藏' }).click();
    expect(await first.isVisible()).toBe(false);
    await page.reload();
    expect(await page.locator('.jj-ann').first().isVisible()).toBe(false);
    await page.getByRole('button', { name: '全部显示' }).click();
    expect(await page.locator('.jj-ann').first().isVisible()).toBe(true);
    await page.close();
  });

  it('are visible under their paragraph on a narrow screen and in print', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR, { width: 375 });
    await page.evaluate(() => localStorage.removeItem('jj-annotation-kinds'));
    await page.reload();
    const ann = page.locator('.jj-ann').first();
    expect(await ann.isVisible()).toBe(true);
    const box = await ann.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    await page.emulateMedia({ media: 'print' });
    expect(await ann.isVisible()).toBe(true);
    await page.close();
  });
});

describe('conformance table', () => {
  it('shows each template section, including one the exemplar does not have', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'exemplars/leadership-2021-dangshi-provincial-dept/');
    const table = page.locator('.jj-conformance table');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    const absent = table.locator('tr[data-status="optional-absent"], tr[data-status="missing"]');
    expect(await absent.count()).toBeGreaterThan(0);
    expect(await absent.first().innerText()).toMatch(/会前准备|整改落实/);
    // A present section links to the exemplar's section.
    const link = table.locator('tr[data-status="present"] a').nth(1);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForFunction((h) => location.hash === h, href);
    expect(await page.locator(href).count()).toBe(1);
    await page.close();
  });
});

describe('phrase bank', () => {
  it('links every entry to a paragraph of the built site that contains the phrase', () => {
    const html = readFileSync(join(siteDir, 'phrases/index.html'), 'utf8');
    const links = [...html.matchAll(/<a href="\/(exemplars\/[^"#]+)#([^"]+)">([^<]+)<\/a>/g)];
    expect(links.length).toBeGreaterThanOrEqual(150);
    const problems: string[] = [];
    for (const [, path, id, text] of links) {
      const file = join(siteDir, path!, 'index.html');
      if (!existsSync(file)) {
        problems.push(`missing page ${path}`);
        continue;
      }
      const page = readFileSync(file, 'utf8');
      const at = page.indexOf(`id="${id}"`);
      const tag = /^<(\w+)/.exec(page.slice(page.lastIndexOf('<', at)))?.[1] ?? 'p';
      const plain = page.slice(at, page.indexOf(`</${tag}>`, at)).replace(/<[^>]+>/g, '');
      if (at === -1 || !plain.includes(text!.replace(/&quot;/g, '"'))) problems.push(`${path}#${id}: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('lands on the highlighted paragraph when an entry is followed', async () => {
    const { page } = await open(getBrowser(), siteUrl + 'phrases/');
    const link = page.locator('.jj-phrases a').nth(3);
    const text = await link.innerText();
    await link.click();
    await page.waitForLoadState('load');
    const id = new URL(page.url()).hash;
    const target = page.locator(id);
    expect(await target.innerText()).toContain(text);
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-5);
    expect(top).toBeLessThan(500);
    await page.close();
  });
});
