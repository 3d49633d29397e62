// The 自查/起草 page as a drafter uses it, in Chromium: every input kind (paste, file picker,
// drag and drop; .docx, .odt, UTF-8/UTF-16/GBK text, .md), every bad input with its Chinese message,
// fixes with undo, the three downloads (the .docx opened and measured), the notice skeleton,
// the offline guarantee, the seeds through check/api.js against the Node engine, axe-core with
// findings shown, the keyboard, 390 px, and the /jingjian/ sub-path.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { check } from '../../src/check/engine.ts';
import '../../src/lint/spelling-node.ts';
import { MARGIN, PAGE } from '../../src/export/layout.ts';
import { makeDocx } from '../fixtures/import/make.ts';
import { SEEDS_DIR } from '../unit/seeds.ts';
import { axe, open, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const subUrl = inject('subUrl');
const getBrowser = useBrowser();
const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort() : [];

const DRAFT = [
  '××局领导班子2023年度民主生活会对照检查材料',
  '按照要求,班子成员认真开展了对照检查，现报告如下。',
  '一、存在的问题',
  '(一)在理论学习方面',
  '一是学习不够系统。二是联系实际不够。三是转化成果不够。',
  '二、原因剖析',
  '一是思想认识有偏差。二是党性修养不够。',
  '三、整改措施',
  '一是加强学习。二是改进作风。',
].join('\n');

/** An OpenDocument text (WPS, LibreOffice) with one paragraph per line. */
async function makeOdt(lines: string[]): Promise<Uint8Array> {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  const body = lines.map((l) => `<text:p>${l}</text:p>`).join('');
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:text>${body}</office:text></office:body></office:document-content>`);
  return zip.generateAsync({ type: 'uint8array' });
}

async function openCheck(url = siteUrl, width?: number): Promise<Page> {
  const { page } = await open(getBrowser(), url + 'check/', width ? { width } : {});
  await page.waitForSelector('[data-check-page][data-ready]');
  return page;
}

const runs = (page: Page) => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-check-page]')!.dataset.runs ?? 0));

/** Waits for the check after `action`, or (given `file`) for an error message that names the file. */
async function after(page: Page, action: () => Promise<unknown>, file?: string): Promise<void> {
  const before = await runs(page);
  await action();
  await page.waitForFunction(
    ([n, name]) =>
      Number(document.querySelector<HTMLElement>('[data-check-page]')!.dataset.runs ?? 0) > Number(n) || (!!name && document.querySelector('[data-error]')!.textContent!.includes(`“${name}”`)),
    [before, file ?? ''] as const,
  );
}

const paste = (page: Page, text: string) => after(page, () => page.fill('[data-input]', text));
const pick = (page: Page, name: string, bytes: Uint8Array | Buffer) =>
  after(page, () => page.setInputFiles('[data-file]', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) }), name);
const errorText = (page: Page) => page.locator('[data-error]').innerText();
const inputText = (page: Page) => page.inputValue('[data-input]');

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

describe('input', () => {
  it('checks pasted text: findings underlined on the text and listed by kind with counts', async () => {
    const page = await openCheck();
    await paste(page, DRAFT);
    expect(await page.locator('.jj-draft mark.jj-f').count()).toBeGreaterThan(0);
    const comma = page.locator('.jj-draft [data-line="2"] mark.jj-f', { hasText: ',' });
    await expect.poll(() => comma.count()).toBe(1);
    expect(await page.locator('[data-kind-count="punctuation"]').innerText()).not.toBe('0');
    expect(await page.locator('[data-kind-count="numbering"]').innerText()).not.toBe('0');
    expect(await page.locator('[data-template-used]').innerText()).toContain('领导班子对照检查材料');
    expect(await page.locator('.jj-conformance table').first().innerText()).toContain('存在的问题');
    await page.close();
  });

  it('shows a paragraph that seems to have lost its number at the end of a group as a warning at that paragraph, under 编号', async () => {
    const page = await openCheck();
    const items = ['（一）理论学习不够深入。一是学得少。二是学得浅。', '（二）担当作为不够。一是怕担责。二是怕出错。', '作风不够扎实。一是不深入。二是不细致。'];
    await paste(page, DRAFT.replace('(一)在理论学习方面\n一是学习不够系统。二是联系实际不够。三是转化成果不够。', items.join('\n')));
    const item = page.locator('.jj-item[data-rule="lost-markers"]');
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('class')).toContain('jj-item--warning');
    expect(await item.locator('.jj-sev').innerText()).toBe('警告');
    expect(await item.locator('.jj-msg').innerText()).toContain('此段像是丢了编号的“（三）”');
    expect(await item.locator('.jj-suggest').innerText()).toBe('建议在此加上“（三）”');
    expect(await item.locator('.jj-fix').count()).toBe(0);
    const mark = page.locator('.jj-draft [data-line="6"] mark.jj-f');
    expect(await mark.count()).toBe(1);
    expect(await mark.getAttribute('class')).toContain('jj-f--warning');
    expect(await page.locator('.jj-item[data-rule="numbering"]').count()).toBe(0);
    expect(await page.locator('[data-kind-count="numbering"]').innerText()).toBe('1');
    await page.close();
  });

  it('opens .docx, .odt, UTF-8, UTF-16 and GBK text and Markdown by the file picker, and a file dropped on the page', async () => {
    const page = await openCheck();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]);
    const files: Array<[string, Uint8Array | Buffer]> = [
      ['材料.docx', await makeDocx(DRAFT.split('\n'))],
      ['材料.txt', Buffer.from(DRAFT, 'utf8')],
      ['材料-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)])],
      ['材料-utf16.txt', utf16],
      ['材料-gbk.txt', iconv.encode(DRAFT, 'gbk')],
      ['材料.md', Buffer.from(DRAFT, 'utf8')],
      ['材料.odt', await makeOdt(DRAFT.split('\n'))],
    ];
    for (const [name, bytes] of files) {
      await page.fill('[data-input]', '');
      await pick(page, name, bytes);
      expect(await errorText(page), name).toBe('');
      expect((await inputText(page)).replace(/\r\n/g, '\n'), name).toBe(DRAFT);
      expect(Number(await page.getAttribute('[data-check-page]', 'data-checked')), name).toBeGreaterThan(0);
    }
    await page.fill('[data-input]', '');
    await after(page, () =>
      page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], '拖入.txt', { type: 'text/plain' }));
        document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, DRAFT),
    );
    expect(await inputText(page)).toBe(DRAFT);
    await page.close();
  });
});

describe('while the misspelling model loads', () => {
  it('shows every other finding at once, says the misspelling check is loading, then adds its findings', async () => {
    const page = await getBrowser().newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/check/spelling.bin', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(siteUrl + 'check/');
    await page.waitForSelector('[data-check-page][data-ready]');
    const text = DRAFT.replace('一是加强学习。', '一是加强党风廉建设。');
    const inNode = check(text).findings;
    const wording = inNode.filter((f) => f.ruleId === 'wording' || f.ruleId === 'spelling');
    expect(wording.map((f) => f.ruleId)).toEqual(['spelling']);
    await page.fill('[data-input]', text);
    await page.waitForSelector('[data-check-page][data-partial]');
    expect(await page.locator('[data-spelling-pending]').isVisible()).toBe(true);
    expect(await page.locator('.jj-status').innerText()).toContain('错别字检查正在载入');
    expect(await page.locator('[data-kind-count="punctuation"]').innerText()).not.toBe('0');
    expect(await page.locator('[data-kind="wording"]').innerText()).toContain('错别字检查正在载入');
    expect(await page.locator('[data-kind-count="wording"]').innerText()).toBe('0');
    expect(await axe(page)).toEqual([]);
    await after(page, async () => release());
    expect(await page.locator('[data-spelling-pending]').isVisible()).toBe(false);
    expect(await page.locator('.jj-status').innerText()).toContain('检查完成');
    expect(await page.locator('[data-kind-count="wording"]').innerText()).toBe('1');
    expect(await page.locator('.jj-draft mark.jj-f', { hasText: '党风廉建设' }).count()).toBe(1);
    expect(Number(await page.getAttribute('[data-check-page]', 'data-checked'))).toBe(inNode.length);
    await page.close();
  });
});

describe('bad input', () => {
  it('says in Chinese what is wrong with each unreadable file, and the page keeps working', async () => {
    const page = await openCheck();
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = ole.slice();
    [...'EncryptionInfo'].forEach((c, i) => (encrypted[1024 + i * 2] = c.charCodeAt(0)));
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    odt.file('content.xml', '<office:document-content/>');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const cases: Array<[string, Uint8Array | Buffer, RegExp]> = [
      ['加密.docx', encrypted, /加密 Word 文档.*清空密码/],
      ['旧版.doc', ole, /旧版 Word 97-2003 文档（\.doc）.*另存为/],
      ['空文稿.odt', await odt.generateAsync({ type: 'uint8array' }), /OpenDocument 文本(?:（\.odt）)?中没有文字/],
      ['照片.docx', png, /二进制文件|不是有效的 Word 文档/],
      ['空白.txt', new Uint8Array(0), /文件为空/],
      ['超大.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), /文件过大（5\.0 MB），超过 5 MB/],
      ['乱码.txt', Buffer.from([0x80, 0x81, 0xfe, 0xff, 0xc0, 0x20, 0x9f, 0x41, 0xe9, 0x0a, 0xfa, 0xfb, 0x81, 0x30]), /无法识别文字编码|不是文本文件/],
    ];
    for (const [name, bytes, message] of cases) {
      await pick(page, name, bytes);
      const text = await errorText(page);
      expect(text, name).toMatch(message);
      expect(text, name).toContain(`无法打开“${name}”`);
      expect(text, name).not.toMatch(/at \w+ \(|Error:|undefined/);
    }
    await paste(page, DRAFT);
    expect(await errorText(page)).toBe('');
    await page.close();
  });
});

describe('fixes and downloads', () => {
  it('applies one safe fix, all safe fixes, and undoes', async () => {
    const page = await openCheck();
    await paste(page, DRAFT);
    const before = Number(await page.getAttribute('[data-check-page]', 'data-checked'));
    await after(page, () => page.locator('button.jj-fix').first().click());
    expect(await inputText(page)).not.toBe(DRAFT);
    expect(Number(await page.getAttribute('[data-check-page]', 'data-checked'))).toBe(before - 1);
    await after(page, () => page.click('[data-fix-all]'));
    const fixed = await inputText(page);
    expect(fixed).toContain('按照要求，班子成员');
    expect(fixed).toContain('（一）在理论学习方面');
    expect(await page.locator('button.jj-fix').count()).toBe(0);
    expect(await page.locator('[data-fix-all]').isDisabled()).toBe(true);
    await after(page, () => page.click('[data-undo]'));
    await after(page, () => page.click('[data-undo]'));
    expect(await inputText(page)).toBe(DRAFT);
    await page.close();
  });

  it('downloads the corrected draft as a GB/T 9704 .docx, as .txt, and as an exemplar MDX draft', async () => {
    const page = await openCheck();
    await paste(page, DRAFT.replace('××局', '大同市应急管理局'));
    const mdx = await downloaded(page, '[data-download-mdx]');
    const source = mdx.bytes.toString('utf8');
    expect(mdx.name).toMatch(/^leadership-2023-draft\.mdx$/);
    expect(source).toMatch(/^---\ntitle: /);
    expect(source).toContain('××市应急管理局');
    expect(source).not.toContain('大同');
    expect(await page.locator('[data-replacements]').innerText()).toContain('大同市');
    await after(page, () => page.click('[data-fix-all]'));
    const docx = await downloaded(page, '[data-download-docx]');
    expect(docx.name).toBe('自查后的材料.docx');
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:br\/>/g, '').replace(/<[^>]+>/g, '');
    expect(text).toContain('按照要求，班子成员认真开展了对照检查');
    expect(text).toContain('（一）在理论学习方面');
    expect(xml).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    expect(xml).toMatch(new RegExp(`<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}"`));
    const txt = await downloaded(page, '[data-download-txt]');
    expect(txt.bytes.toString('utf8').replace(/\r\n/g, '\n')).toBe(await inputText(page));
    await page.close();
  });
});

describe('起草 from the notice', () => {
  it('builds a skeleton with one heading per aspect and 一是/二是/三是 slots, checks it, and downloads it with guidance comments', async () => {
    const page = await openCheck();
    await page.selectOption('[data-skeleton-template]', 'personal-annual');
    await page.fill('[data-skeleton] [name="notice"]', '（一）在深刻领悟“两个确立”的决定性意义方面。要求……\n（二）在带头履职尽责方面\n（三）在带头廉洁自律方面');
    await page.fill('[data-skeleton] [name="unit"]', '××局');
    await page.fill('[data-skeleton] [name="year"]', '2024');
    await after(page, () => page.click('[data-skeleton] button[type="submit"]'));
    const text = await inputText(page);
    expect(text.split('\n')[0]).toBe('××局2024年度民主生活会个人对照检查材料');
    expect(text).toContain('（一）在深刻领悟“两个确立”的决定性意义方面\n一是【问题判断】。【具体表现和事例】。二是');
    expect(text).toContain('（三）在带头廉洁自律方面');
    expect(text).toMatch(/个人有关事项/);
    expect(await page.locator('.jj-aspects').first().innerText()).toMatch(/本文写了 3 个/);
    const docx = await downloaded(page, '[data-skeleton-docx]');
    const zip = await JSZip.loadAsync(docx.bytes);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('在带头履职尽责方面');
    expect(await zip.file('word/comments.xml')!.async('string')).toMatch(/篇幅|必须包含/);
    await page.close();
  });
});

describe('offline and private', () => {
  it('keeps checking, opening Word files and downloading with every request blocked after load', async () => {
    const page = await openCheck();
    await page.waitForSelector('[data-check-page][data-warm]');
    const attempted: string[] = [];
    await page.route('**/*', (route) => {
      attempted.push(route.request().url());
      return route.abort();
    });
    await paste(page, DRAFT);
    expect(Number(await page.getAttribute('[data-check-page]', 'data-checked'))).toBeGreaterThan(0);
    await pick(page, '材料.docx', await makeDocx(DRAFT.split('\n')));
    expect(await errorText(page)).toBe('');
    expect((await downloaded(page, '[data-download-docx]')).bytes.subarray(0, 2).toString()).toBe('PK');
    expect(attempted.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    // Not remembered unless asked; remembered when ticked, forgotten when unticked.
    const ours = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jingjian')));
    expect(await ours()).toEqual([]);
    await page.check('[data-remember]');
    expect(await page.evaluate(() => localStorage.getItem('jingjian-check-draft'))).toBe(DRAFT);
    await page.uncheck('[data-remember]');
    expect(await ours()).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!seeds.length)('one engine', () => {
  it('gives the seeds the same findings through check/api.js and on the page as the engine in Node', async () => {
    const page = await openCheck();
    for (const seed of seeds) {
      const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
      // A string, so that the test runner does not rewrite the dynamic import.
      const inBrowser = (await page.evaluate(`import(document.querySelector('[data-check-page]').dataset.base + 'check/api.js').then((api) => api.check(${JSON.stringify(text)}))`)) as {
        findings: Array<{ ruleId: string; line: number; column: number; message: string }>;
      };
      const key = (f: { ruleId: string; line: number; column: number; message: string }) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`;
      const inNode = check(text).findings.map(key);
      expect(inBrowser.findings.map(key), seed).toEqual(inNode);
      await paste(page, text);
      expect(Number(await page.getAttribute('[data-check-page]', 'data-checked')), seed).toBe(inNode.length);
      expect(await page.locator('.jj-list .jj-item').count(), seed).toBe(inNode.length);
    }
    await page.close();
  });
});

describe('accessibility and layout', () => {
  it('has no WCAG 2.1 A/AA violation with findings shown, and works by keyboard', async () => {
    const page = await openCheck();
    await paste(page, DRAFT);
    expect(await axe(page)).toEqual([]);
    const mark = page.locator('.jj-draft mark.jj-f').first();
    await mark.focus();
    await page.keyboard.press('Enter');
    const id = await mark.getAttribute('data-finding');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`jj-fl-${id}`);
    await page.close();
  });

  it('is usable at 390 px: nothing wider than the screen, the list below the text', async () => {
    const page = await openCheck(siteUrl, 390);
    await paste(page, DRAFT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const draft = await page.locator('.jj-draft').boundingBox();
    const list = await page.locator('.jj-list').boundingBox();
    expect(list!.y).toBeGreaterThan(draft!.y + draft!.height - 1);
    await page.close();
  });

  it('works under the /jingjian/ sub-path', async () => {
    const page = await openCheck(subUrl);
    await paste(page, DRAFT);
    expect(Number(await page.getAttribute('[data-check-page]', 'data-checked'))).toBeGreaterThan(0);
    await page.close();
  });
});
