// The site foundation as a reader meets it: Chinese shell, exemplar outline anchors, the
// sub-path build, zero requests outside the origin, and WCAG 2.1 A/AA on every page type.
import { describe, expect, inject, it } from 'vitest';
import { axe, open, useBrowser } from './support/browser.ts';
import { checkLinks, htmlFiles } from '../../src/integrations/link-check.ts';
import { relative } from 'node:path';

const siteUrl = inject('siteUrl');
const subUrl = inject('subUrl');
const getBrowser = useBrowser();

const EXEMPLAR = 'exemplars/leadership-2021-dangshi-district-bureau/';

/** The first guidance page of the build (their file names belong to the content). */
function firstGuidancePage(): string {
  const dir = inject('siteDir');
  const page = htmlFiles(dir).map((f) => relative(dir, f)).find((f) => f.startsWith('guidance/'));
  return page ? page.replace(/index\.html$/, '') : 'guidance/';
}

/** One page of each type the site has. */
const PAGE_TYPES = {
  home: '',
  template: 'templates/leadership-2021-dangshi/',
  exemplar: EXEMPLAR,
  guidance: firstGuidancePage(),
  'exemplar index': 'exemplars/',
  'index by type': 'exemplars/type/leadership/',
  'index by year': 'exemplars/years/2021/',
  'phrase bank': 'phrases/',
  search: 'search/',
};

describe('Chinese site shell', () => {
  it('serves the home page in zh-CN with the four navigation groups', async () => {
    const { page, external } = await open(getBrowser(), siteUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('镜鉴');
    const groups = await page.locator('nav[aria-label] details summary, nav .group-label').allInnerTexts();
    for (const g of ['模板', '范例', '写作指导', '参考']) expect(groups.join(' ')).toContain(g);
    expect(external).toEqual([]);
    await page.close();
  });

  it('keeps the sidebar small: exemplar pages are not listed one by one', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    const sidebarLinks = await page.locator('#starlight__sidebar a').count();
    expect(sidebarLinks).toBeLessThan(40);
    await page.close();
  });
});

describe('exemplar outline', () => {
  it('lists the model outline in the table of contents and every entry lands on its section', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    const tocLinks = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const anchors = tocLinks.filter((h) => h.startsWith('#s'));
    expect(anchors.length).toBeGreaterThan(8);
    for (const href of anchors) expect(await page.locator(href.replace(/^#/, '#')).count(), href).toBe(1);
    // Clicking an outline entry scrolls its section into view.
    const target = anchors[Math.min(5, anchors.length - 1)]!;
    await page.locator(`starlight-toc a[href="${target}"]`).click();
    await page.waitForFunction((h) => location.hash === h, target);
    const top = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-5);
    expect(top).toBeLessThan(400);
    await page.close();
  });

  it('gives every section and paragraph a stable id derived from the outline', async () => {
    const { page } = await open(getBrowser(), siteUrl + EXEMPLAR);
    const ids = await page.locator('[data-doc-body] [id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toContain('s1');
    expect(ids.some((id) => /^s\d+-\d+$/.test(id))).toBe(true);
    expect(ids.some((id) => /^s\d+(-\d+)*-p\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
  });
});

describe('offline and portable', () => {
  it('makes no request outside its own origin on any page type', async () => {
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      const { page, external, failed } = await open(getBrowser(), siteUrl + path);
      expect(external, name).toEqual([]);
      expect(failed, name).toEqual([]);
      await page.close();
    }
  });

  it('works under a sub-path: every link and asset of the /jingjian/ build resolves', async () => {
    const { pages, links, problems } = checkLinks(inject('subDir'), '/jingjian/', { site: 'http://127.0.0.1:4321' });
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    const { page, failed, external } = await open(getBrowser(), subUrl + EXEMPLAR);
    expect(failed).toEqual([]);
    expect(external).toEqual([]);
    expect(await page.locator('h1').innerText()).not.toBe('');
    await page.close();
  });

  it('has no broken internal link at the root build either', () => {
    const { problems } = checkLinks(inject('siteDir'), '/', { site: 'http://127.0.0.1:4321' });
    expect(problems).toEqual([]);
  });
});

describe('accessibility', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    it(`${name} page has no WCAG 2.1 A/AA violation`, async () => {
      const { page } = await open(getBrowser(), siteUrl + path);
      const violations = await axe(page);
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
