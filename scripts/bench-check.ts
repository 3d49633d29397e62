// `npm run bench:check [-- --reuse] [--runs 20]`: the check page's speed in headless Chromium on
// the built site (built first unless --reuse finds dist/): drafts of about 20,000 characters
// assembled from the corrected exemplars (not the seeds the rules were written against), with
// typical slips (half-width commas and brackets) put in. Prints: first result from navigation
// on a fresh browser context (the draft pasted as soon as the page's text box exists, as an
// input event of a paste; the time
// when the page painted its first result, and its first complete result with the misspelling
// model's findings), median of N;
// re-check of a loaded page through check/api.js, and through the page's button including
// rendering, median and p95; the bytes the page loads beyond the home page, gzipped. Not in `npm test`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/e2e/support/browser.ts';
import { median, percentile } from './lib/measure.ts';
import { serve } from './lib/static-server.ts';
import { loadPool, prng } from './lib/synthetic-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt === -1 ? 20 : Number(args[runsAt + 1]);
const TARGET_CHARS = 20_000;
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A draft of about TARGET_CHARS characters with a real outline and a few typical slips. */
function draft(seed: number): string {
  const pool = loadPool();
  const rand = prng(seed);
  const pick = (list: string[]) => list[Math.floor(rand() * list.length)] ?? '';
  const slip = (t: string) => (rand() < 0.2 ? t.replace('，', ',') : t);
  const lines = ['××局领导班子2024年度民主生活会对照检查材料', pick(pool.opening)];
  const sections: Array<[string, keyof typeof pool, number]> = [
    ['存在的问题', 'problems', 5],
    ['产生问题的原因分析', 'causes', 4],
    ['整改措施', 'measures', 4],
  ];
  const perSub = 3;
  let items = perSub;
  // Grow the items per aspect until the draft reaches the target length.
  for (;;) {
    const out = [...lines];
    sections.forEach(([title, kind, subs], n) => {
      out.push(`${CN[n]}、${title}`);
      for (let s = 0; s < subs; s++) {
        const bracket = rand() < 0.15 ? ['(', ')'] : ['（', '）'];
        out.push(`${bracket[0]}${CN[s]}${bracket[1]}${pick(pool[kind]).slice(0, 40).replace(/[。；：，]$/, '')}`);
        for (let p = 0; p < (kind === 'problems' ? items : 2); p++) out.push(slip(`${CN[p % 10]}是${pick(pool[kind])}`));
      }
    });
    const text = out.join('\n');
    if (text.length >= TARGET_CHARS) return text;
    items++;
  }
}

function ensureBuilt(): void {
  if (args.includes('--reuse') && existsSync(join(DIST, 'check', 'api.js'))) return;
  console.error('构建站点……');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Site paths of the given scripts and of every script they import statically (esbuild's `from"./…"`, not `import("./…")`). */
function staticClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const m of readFileSync(join(DIST, path), 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) visit(new URL(m[1]!, `http://x${path}`).pathname);
  };
  entries.forEach(visit);
  return seen;
}
const KiB = (b: number) => `${(b / 1024).toFixed(0)} KiB`;

async function main(): Promise<void> {
  ensureBuilt();
  const loadBefore = loadavg()[0]!;
  const drafts = [1, 2, 3].map(draft);
  const server = await serve(DIST, '/');
  const browser = await launch();
  const url = server.url + 'check/';
  const firstResult: number[] = [];
  const partialShown: number[] = [];
  const loaded = new Map<string, Set<string>>();
  const record = (key: string, u: string) => {
    const path = new URL(u).pathname;
    if (new URL(u).origin === new URL(server.url).origin && /\.(js|json|css|wasm|bin)$/.test(path)) loaded.get(key)!.add(path);
  };
  for (const key of ['home', 'check']) {
    loaded.set(key, new Set());
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('request', (r) => record(key, r.url()));
    await page.goto(key === 'home' ? server.url : url, { waitUntil: 'load' });
    if (key === 'check') await page.waitForSelector('[data-check-page][data-warm]');
    await context.close();
  }
  const afterIdle: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    // As a drafter does: the page open for a few seconds before the text is pasted.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(5000);
    const text = drafts[i % drafts.length]!;
    afterIdle.push((await page.evaluate(`(async () => { const api = await import('/check/api.js'); const t0 = performance.now(); await api.check(${JSON.stringify(text)}); return performance.now() - t0; })()`)) as number);
    await context.close();
  }
  const firstComplete: number[] = [];
  let pastedLate = 0;
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // As soon as the text box exists: a drafter pastes, or the page restores a remembered draft.
    await page.waitForSelector('[data-input]', { state: 'attached' });
    if (await page.$('[data-check-page][data-ready]')) pastedLate++;
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLTextAreaElement>('[data-input]')!;
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }, drafts[i % drafts.length]!);
    await page.waitForSelector('[data-check-page][data-runs]', { state: 'attached' });
    await page.waitForFunction(() => performance.getEntriesByName('jj-check-shown').some((m) => (m as PerformanceMark).detail?.complete));
    const marks = (await page.evaluate(() => performance.getEntriesByName('jj-check-shown').map((m) => ({ at: m.startTime, complete: !!(m as PerformanceMark).detail?.complete })))) as Array<{ at: number; complete: boolean }>;
    firstResult.push(marks[0]!.at);
    firstComplete.push(marks.find((m) => m.complete)!.at);
    partialShown.push(marks.filter((m) => !m.complete).length);
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-check-page][data-warm]');
  const apiTimes: number[] = [];
  const findings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A one-character edit each time, as when the drafter types.
    const text = drafts[i % drafts.length]!.replace('。', i % 2 ? '。' : '；');
    const r = (await page.evaluate(`(async () => { const api = await import('/check/api.js'); const t0 = performance.now(); const r = await api.check(${JSON.stringify(text)}); return { ms: performance.now() - t0, findings: r.findings.length }; })()`)) as { ms: number; findings: number };
    apiTimes.push(r.ms);
    findings.push(r.findings);
  }
  const pageTimes: number[] = [];
  await page.fill('[data-input]', drafts[0]!);
  for (let i = 0; i < RUNS; i++) {
    const before = await page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-check-page]')!.dataset.runs ?? 0));
    const t0 = Date.now();
    await page.click('[data-run]');
    await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-check-page]')!.dataset.runs ?? 0) > n, before, { polling: 'raf' });
    pageTimes.push(Date.now() - t0);
  }
  await browser.close();
  await server.close();

  const own = [...loaded.get('check')!].filter((p) => !loaded.get('home')!.has(p));
  const file = (p: string) => join(DIST, decodeURIComponent(p));
  const ownGzip = own.reduce((n, p) => n + gz(file(p)), 0);
  // What a check needs: the page's script, check/api.js and worker.js with the chunks they
  // import statically (not those loaded with import(), the Word readers and writers), and the
  // misspelling data; the rest is fetched after the page is usable.
  const isSpelling = (p: string) => /\/check\/spelling[.-]/.test(p);
  const needed = staticClosure(['/check/api.js', '/check/worker.js']);
  const core = own.filter((p) => !p.startsWith('/check/') || needed.has(p));
  const coreGzip = core.filter((p) => !isSpelling(p)).reduce((n, p) => n + gz(file(p)), 0);
  const spellingGzip = own.filter(isSpelling).reduce((n, p) => n + gz(file(p)), 0);
  const chunks = join(DIST, 'check', 'chunks');
  const all = ['api.js', 'worker.js', ...readdirSync(chunks).map((c) => `chunks/${c}`)].map((f) => join(DIST, 'check', f));
  const allGzip = all.reduce((n, f) => n + gz(f), 0);
  const rawBytes = all.reduce((n, f) => n + statSync(f).size, 0);
  const lengths = drafts.map((d) => d.length);
  // Other builds and tests on the machine slow the browser down: the load is part of the result.
  console.log(`机器负载（1 分钟平均，2 核）：开始时 ${loadBefore.toFixed(1)}，结束时 ${loadavg()[0]!.toFixed(1)}`);
  console.log(`草稿：${drafts.length} 篇，${Math.min(...lengths)}–${Math.max(...lengths)} 字符，每次检查 ${Math.min(...findings)}–${Math.max(...findings)} 处问题`);
  console.log(`首次结果（自导航起到页面画出划线和列表，新浏览器上下文，${firstResult.length} 次，其中 ${partialShown.filter((n) => n > 0).length} 次先显示了不含错别字的结果${pastedLate ? `，${pastedLate} 次粘贴晚于页面就绪` : ''}）：中位 ${median(firstResult).toFixed(0)} ms，p95 ${percentile(firstResult, 95).toFixed(0)} ms`);
  console.log(`首次完整结果（含错别字检查，自导航起）：中位 ${median(firstComplete).toFixed(0)} ms，p95 ${percentile(firstComplete, 95).toFixed(0)} ms`);
  console.log(`页面打开 5 秒后的第一次检查（check/api.js，新浏览器上下文，${afterIdle.length} 次）：中位 ${median(afterIdle).toFixed(0)} ms，p95 ${percentile(afterIdle, 95).toFixed(0)} ms`);
  console.log(`载入后再检查（check/api.js，${RUNS} 次）：中位 ${median(apiTimes).toFixed(0)} ms，p95 ${percentile(apiTimes, 95).toFixed(0)} ms`);
  console.log(`页面“检查”按钮到结果显示完毕（含划线与列表渲染，${RUNS} 次）：中位 ${median(pageTimes).toFixed(0)} ms，p95 ${percentile(pageTimes, 95).toFixed(0)} ms`);
  console.log(`本页比首页多载入的脚本和数据（gzip）：检查所需 ${KiB(coreGzip)}（页面脚本、check/api.js、Worker 及其静态依赖），错别字数据 ${KiB(spellingGzip)}；加上页面可用后预取的 Word 读写共 ${KiB(ownGzip)}，${own.length} 个文件`);
  console.log(`check/ 全部文件：gzip ${KiB(allGzip)}（原始 ${KiB(rawBytes)}）`);
}

await main();
