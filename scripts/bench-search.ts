// `npm run bench:search -- N [--reuse] [--queries Q]`: builds (or, with --reuse, reuses) this
// site and a stock Starlight + Pagefind site from the same N synthetic exemplars; stock
// Pagefind also indexes what a reader reads on this site's own content pages (exemplars with
// annotations, templates, guidance: scripts/lib/reader-pages.ts), so both search the same
// pages. Then it measures both searches in the same run, in headless Chromium: recall, recall@10, precision, zero-hit
// share, phrases absent from the corpus, latency to the first 10 results (cold: first search
// after the page loads; warm: later searches), bytes fetched per cold query (start-up
// included), bundle size, build time and peak memory. Not part of `npm test`.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO, makeOurProject, makeStockProject, ROOT } from './lib/bench-project.ts';
import { median, percentile } from './lib/measure.ts';
import { runBuild, type BuildMeasure } from './lib/search-build.ts';
import { launch } from '../tests/e2e/support/browser.ts';
import { coldRun, serveCounting, warmRuns, writeHarness, type ColdRun, type CountingServer, type System } from './lib/search-browser.ts';
import type { Browser } from 'playwright-core';
import { makeQueries, ourIdMap, pageKey, readCorpus, stockIdMap, type BenchQuery, type CorpusPage } from './lib/search-queries.ts';
import { readerPages } from './lib/reader-pages.ts';

const args = process.argv.slice(2);
const queriesAt = args.indexOf('--queries');
const queryCount = queriesAt === -1 ? 100 : Number(args[queriesAt + 1]);
/** Random queries drawn from the site's own content pages (templates, guidance, annotations …). */
const CONTENT_QUERIES = 40;
const n = Number(args.find((a, i) => /^\d+$/.test(a) && (queriesAt === -1 || i !== queriesAt + 1)) ?? 2000);
const reuse = args.includes('--reuse');
/**
 * --index-only: this site's search index and the pages it needs, without building the pages
 * (a quicker look at the index alone; the full build fits at 10,000). The site's own content
 * pages are read from the built site in dist/ (run `npm run build` first). Stock Pagefind
 * needs the built pages, so it is not measured in this mode.
 */
const indexOnly = args.includes('--index-only');
/**
 * --build-only: builds both sites, saves their build figures beside them and stops; a later
 * `--reuse` run measures search on them and reports the saved figures. (At 10,000 the builds
 * need most of the machine's memory, the browser measurement does not.)
 */
const buildOnly = args.includes('--build-only');
/**
 * --compact-stock-sidebar: the stock site's sidebar links the home page only (see
 * makeStockProject): its default sidebar lists every page on every page, N² links in all,
 * which at 10,000 pages is more HTML than the machine can build. Pagefind's index is the same.
 */
const compactStockSidebar = args.includes('--compact-stock-sidebar');
/** --no-stock: this site only (for sizes where stock Pagefind does not fit in memory). */
const noStock = args.includes('--no-stock');
/**
 * --stock-separate-index: the stock site is built with Starlight's `pagefind: false`, and stock
 * Pagefind (the same package, default options, the same three calls as Starlight's integration)
 * then indexes the built pages in a process of its own (scripts/lib/stock-pagefind.ts). The index
 * is the one Starlight's build makes; only the Astro process's memory is no longer held beside
 * Pagefind's (at 10,000 the two together do not fit in 24 GiB). The build figures are the two
 * steps' times added and the larger of their peaks.
 * --stock-pages-only: stops after the stock pages are built; a later `--reuse` run indexes them
 * (so that the two heavy steps can be run at different times on a shared machine).
 */
const stockSeparateIndex = args.includes('--stock-separate-index') || args.includes('--stock-pages-only');
const stockPagesOnly = args.includes('--stock-pages-only');
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(queryCount) || queryCount < 1) {
  console.error('用法：npm run bench:search -- <范例数量> [--reuse] [--queries 100]，例如 npm run bench:search -- 2000');
  process.exit(2);
}

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const oursDir = join(ROOT, '.bench', indexOnly ? `ours-${n}-index` : `ours-${n}`);
const stockDir = join(ROOT, '.bench', `stock-${n}`);

function dirBytes(dir: string, skip: (name: string) => boolean = () => false): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (skip(name)) continue;
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? dirBytes(p) : st.size;
  }
  return total;
}

interface Build {
  measured?: BuildMeasure;
}

/** Where a build's figures are kept, so that a `--reuse` run can still report them. */
const measureFile = (dir: string) => join(dir, 'build-measure.json');

function saved(dir: string): Build {
  return existsSync(measureFile(dir)) ? { measured: JSON.parse(readFileSync(measureFile(dir), 'utf8')) as BuildMeasure } : {};
}

function keep(dir: string, m: BuildMeasure): Build {
  writeFileSync(measureFile(dir), JSON.stringify({ ...m, output: '' }));
  return { measured: m };
}

async function buildIndexOnly(): Promise<Build> {
  if (reuse && existsSync(join(oursDir, 'dist', 'search', 'api.js'))) return saved(oursDir);
  makeOurProject(n, { dir: oursDir });
  console.error(`只建检索索引：${n} 篇合成范例加本站内容……`);
  const m = await runBuild(process.execPath, [join(oursDir, 'scripts/build-extras.ts'), 'search', join(oursDir, 'content'), join(oursDir, 'dist')], { cwd: oursDir, env });
  if (m.code !== 0) throw new Error(`建索引失败：\n${m.output.slice(-3000)}`);
  return keep(oursDir, m);
}

const pagesMeasureFile = (dir: string) => join(dir, 'build-measure-pages.json');

/** Stock pages (Astro with `pagefind: false`), then stock Pagefind over them in its own process. */
async function buildStockSeparately(contentHtml: Map<string, string>): Promise<Build> {
  const dist = join(stockDir, 'dist');
  if (reuse && (existsSync(join(dist, 'pagefind', 'pagefind-entry.json')) || saved(stockDir).measured?.stoppedLowMemory)) return saved(stockDir);
  let pages: BuildMeasure;
  if (reuse && existsSync(join(dist, 'index.html')) && existsSync(pagesMeasureFile(stockDir))) {
    pages = JSON.parse(readFileSync(pagesMeasureFile(stockDir), 'utf8')) as BuildMeasure;
  } else {
    makeStockProject(n, { compactSidebar: compactStockSidebar, extraPages: contentHtml, pagefind: false });
    console.error(`构建对照组页面（Starlight，pagefind: false）：${n} 篇合成范例……`);
    pages = await runBuild(ASTRO, ['build'], { cwd: stockDir, env });
    if (pages.stoppedLowMemory) return keep(stockDir, pages);
    if (pages.code !== 0) throw new Error(`构建失败（${stockDir}）：\n${pages.output.slice(-3000)}`);
    writeFileSync(pagesMeasureFile(stockDir), JSON.stringify({ ...pages, output: '' }));
    console.error(`  页面：用时 ${(pages.wallMs / 1000).toFixed(0)} s，峰值内存 ${pages.peakRssMiB.toFixed(0)} MiB`);
  }
  if (stockPagesOnly) return { measured: pages };
  console.error('对照组：默认 Pagefind 单独进程建索引……');
  const index = await runBuild(process.execPath, [join(ROOT, 'scripts/lib/stock-pagefind.ts'), dist], { cwd: stockDir, env });
  console.error(`  建索引：用时 ${(index.wallMs / 1000).toFixed(0)} s，Pagefind 峰值 ${index.indexPeakMiB.toFixed(0)} MiB`);
  const m: BuildMeasure = {
    ...index,
    wallMs: pages.wallMs + index.wallMs,
    peakRssMiB: Math.max(pages.peakRssMiB, index.peakRssMiB),
  };
  if (!index.stoppedLowMemory && index.code !== 0) throw new Error(`对照组建索引失败：\n${index.output.slice(-3000)}`);
  return keep(stockDir, m);
}

async function build(system: System, contentHtml = new Map<string, string>()): Promise<Build> {
  if (indexOnly) return buildIndexOnly();
  if (system === 'stock' && stockSeparateIndex) return buildStockSeparately(contentHtml);
  const dir = system === 'ours' ? oursDir : stockDir;
  if (reuse && (existsSync(join(dir, 'dist', 'index.html')) || saved(dir).measured?.stoppedLowMemory)) return saved(dir);
  if (system === 'ours') makeOurProject(n);
  // Stock's Pagefind indexes this site's content pages too, as a reader reads them.
  else makeStockProject(n, { compactSidebar: compactStockSidebar, extraPages: contentHtml });
  console.error(`构建${system === 'ours' ? '本站' : '对照组（Starlight 默认 Pagefind）'}：${n} 篇合成范例……`);
  const m =
    system === 'ours'
      ? await runBuild(process.execPath, [join(dir, 'scripts/build.ts')], { cwd: dir, env })
      : await runBuild(ASTRO, ['build'], { cwd: dir, env });
  // Stock that does not fit is a finding (reported); this site that does not fit is a failure.
  if (m.stoppedLowMemory && system === 'stock') return keep(dir, m);
  if (m.code !== 0) throw new Error(`构建失败（${dir}）：\n${m.output.slice(-3000)}`);
  console.error(`  用时 ${(m.wallMs / 1000).toFixed(0)} s，峰值内存 ${m.peakRssMiB.toFixed(0)} MiB（建索引 ${m.indexPeakMiB.toFixed(0)} MiB）`);
  return keep(dir, m);
}

interface Quality {
  recall: number;
  recallAt10: number;
  precision: number;
  zeroHit: number;
  absentAnswered: number;
  absentTotal: number;
}

interface SystemResult {
  quality: Quality;
  coldMs: number[];
  warmMs: number[];
  bytes: number[];
  requests: number[];
  bundleBytes: number;
  engineBytes: number;
  build: Build;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

interface Served {
  dist: string;
  harness: string;
  server: CountingServer;
  browser: Browser;
}

async function open(system: System): Promise<Served> {
  const dist = join(system === 'ours' ? oursDir : stockDir, 'dist');
  return { dist, harness: writeHarness(dist), server: await serveCounting(dist), browser: await launch() };
}

/**
 * Cold runs of every query on every system, interleaved (and alternating which goes first),
 * so that the load of a shared machine falls on both alike.
 */
async function coldRuns(sites: Map<System, Served>, queries: BenchQuery[]): Promise<Map<System, ColdRun[]>> {
  const runs = new Map<System, ColdRun[]>([...sites.keys()].map((k) => [k, []]));
  for (const [i, q] of queries.entries()) {
    if (i % 20 === 0) console.error(`  冷查询 ${i}/${queries.length}`);
    const order = i % 2 ? [...sites.keys()].reverse() : [...sites.keys()];
    for (const system of order) {
      const site = sites.get(system)!;
      runs.get(system)!.push(await coldRun(site.browser, site.server, site.harness, system, q.text));
    }
  }
  return runs;
}

async function measure(system: System, site: Served, queries: BenchQuery[], runs: ColdRun[], b: Build): Promise<SystemResult> {
  const { dist, harness, server, browser } = site;
  const ids: Map<string, string[]> = system === 'ours' ? ourIdMap(dist) : new Map([...stockIdMap(dist)].map(([k, v]) => [k, [v]]));
  const known = new Set(corpusKeys);
  const coldMs: number[] = [];
  const bytes: number[] = [];
  const requests: number[] = [];
  const recall: number[] = [];
  const recallAt10: number[] = [];
  const precision: number[] = [];
  let zero = 0;
  let present = 0;
  let absentAnswered = 0;
  let absentTotal = 0;
  for (const [i, q] of queries.entries()) {
    const run = runs[i]!;
    coldMs.push(run.ms);
    bytes.push(run.bytes);
    requests.push(run.requests);
    // Evaluated on the pages both sites share (synthetic exemplars and this site's content
    // pages), in result order; a page's text and its annotations are one page.
    const ranked = [...new Set(run.ids.flatMap((id) => ids.get(id) ?? []).map(pageKey).filter((k) => known.has(k)))];
    const got = new Set(ranked);
    if (q.relevant.size === 0) {
      // Phrases of no page at all: any result is noise. (A set phrase missing from the
      // synthetic pages may still be on this site's own pages: it is not scored.)
      if (q.kind === 'absent') {
        absentTotal++;
        if (run.ids.length > 0) absentAnswered++;
      }
      continue;
    }
    present++;
    if (got.size === 0) zero++;
    const found = [...q.relevant].filter((p) => got.has(p)).length;
    recall.push(found / q.relevant.size);
    const top = new Set(ranked.slice(0, 10));
    recallAt10.push([...top].filter((p) => q.relevant.has(p)).length / Math.min(10, q.relevant.size));
    if (got.size) precision.push([...got].filter((p) => q.relevant.has(p)).length / got.size);
    // Our wrong and missed pages, named, so that a precision or recall below 1 can be traced to its query.
    const wrong = system === 'ours' ? [...got].filter((p) => !q.relevant.has(p)) : [];
    if (wrong.length) console.error(`  本站多出的结果：“${q.text}”（${q.kind}）→ ${wrong.slice(0, 5).join('、')}${wrong.length > 5 ? ` 等 ${wrong.length} 页` : ''}`);
    const missed = system === 'ours' ? [...q.relevant].filter((p) => !got.has(p)) : [];
    if (missed.length) console.error(`  本站漏掉的页面：“${q.text}”（${q.kind}）→ ${missed.slice(0, 5).join('、')}${missed.length > 5 ? ` 等 ${missed.length} 页` : ''}`);
  }
  console.error(`  ${system}：热查询……`);
  const warm = await warmRuns(browser, server, harness, system, queries.map((q) => q.text), '民主生活会');
  await browser.close();
  await server.close();
  const bundleBytes = system === 'ours' ? dirBytes(join(dist, 'search'), (f) => f === 'index.html') : dirBytes(join(dist, 'pagefind'));
  const engine = system === 'ours' ? ['search/api.js', 'search/pagefind/wasm.unknown.pagefind'] : ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css'];
  return {
    quality: { recall: mean(recall), recallAt10: mean(recallAt10), precision: mean(precision), zeroHit: present ? zero / present : 0, absentAnswered, absentTotal },
    coldMs,
    warmMs: warm.map((w) => w.ms),
    bytes,
    requests,
    bundleBytes,
    engineBytes: engine.reduce((a, f) => a + (existsSync(join(dist, f)) ? statSync(join(dist, f)).size : 0), 0),
    build: b,
  };
}

const oursBuild = await build('ours');
/** Stock's figures, or a note why stock could not be measured at this size. */
function lowMemory(b: Build | undefined, step: string): Build | undefined {
  const m = b?.measured;
  if (!m?.stoppedLowMemory) return b;
  stockNote = `对照组（默认 Pagefind）${step}时可用内存不足，已停止：此前峰值 ${m.peakRssMiB.toFixed(0)} MiB（Pagefind 进程 ${m.indexPeakMiB.toFixed(0)} MiB），用时 ${(m.wallMs / 1000).toFixed(0)} s。本次只测本站。`;
  console.error(stockNote);
  return undefined;
}
let stockNote = '';
const synthetic = readCorpus(join(oursDir, 'content/exemplars/synthetic'));
const contentPages = readerPages(join(oursDir, 'content'), join(indexOnly ? ROOT : oursDir, 'dist'));
if (indexOnly && !contentPages.length) throw new Error('--index-only 需要已构建的本站（dist/）：请先运行 npm run build。');
const content: CorpusPage[] = contentPages.map((p) => ({ key: p.key, text: p.text }));
const stockBuild = indexOnly || noStock ? undefined : lowMemory(await build('stock', new Map(contentPages.map((p) => [p.key, p.html]))), '构建');
if (buildOnly || stockPagesOnly) {
  console.error('--build-only：两站已构建，构建数字已保存；加 --reuse 再运行以测量检索。');
  process.exit(0);
}
const corpusKeys = [...synthetic, ...content].map((p) => p.key);
const queries = makeQueries(synthetic, content, queryCount, CONTENT_QUERIES);
console.error(`查询：${queries.length} 条（合成范例中随机 ${queryCount}，本站内容页中随机 ${CONTENT_QUERIES}，固定说法 ${queries.filter((q) => q.kind === 'genre').length}，语料中没有的 ${queries.filter((q) => q.kind === 'absent' || q.relevant.size === 0).length}）`);
const sites = new Map<System, Served>([['ours', await open('ours')]]);
if (stockBuild) sites.set('stock', await open('stock'));
const cold = await coldRuns(sites, queries);
const ours = await measure('ours', sites.get('ours')!, queries, cold.get('ours')!, oursBuild);
const stock = stockBuild && (await measure('stock', sites.get('stock')!, queries, cold.get('stock')!, stockBuild));

const KiB = 1024;
const MiB = 1024 * 1024;
const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(0)} ms`;
const row = (name: string, r: SystemResult) => {
  const q = r.quality;
  const m = r.build.measured;
  return `| ${name} | ${f3(q.recall)} | ${f3(q.recallAt10)} | ${f3(q.precision)} | ${f3(q.zeroHit)} | ${q.absentAnswered}/${q.absentTotal} | ${ms(median(r.coldMs))} | ${ms(percentile(r.coldMs, 95))} | ${ms(median(r.warmMs))} | ${ms(percentile(r.warmMs, 95))} | ${(mean(r.bytes) / KiB).toFixed(0)} KiB | ${median(r.requests)} | ${(r.bundleBytes / MiB).toFixed(1)} MiB | ${(r.engineBytes / KiB).toFixed(0)} KiB | ${m ? (m.wallMs / 1000).toFixed(0) + ' s' : '（复用）'} | ${m ? m.peakRssMiB.toFixed(0) + ' MiB' : '–'} | ${m ? (m.indexMs / 1000).toFixed(0) + ' s' : '–'} | ${m ? m.indexPeakMiB.toFixed(0) + ' MiB' : '–'} |`;
};

console.log(`\n检索基准：${n} 篇合成范例加本站 ${content.length} 个内容页（范例及批注、模板、写作指导），${queries.length} 条查询，同一次运行（Chromium 无头，本机回环；2 核机器上的耗时随负载波动）\n`);
console.log('| 检索 | 召回率（全部结果） | 前 10 召回率 | 精确率 | 零结果占比 | 语料中没有的短语有返回 | 冷查询中位数 | 冷查询 p95 | 热查询中位数 | 热查询 p95 | 每次冷查询下载量 | 请求数（中位） | 检索文件总量 | 引擎脚本与 wasm | 整站构建 | 整站构建峰值内存 | 建索引（Pagefind 进程） | 建索引峰值内存 |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
console.log(row('镜鉴', ours));
if (!stock) {
  if (stockNote) console.log('\n' + stockNote);
  if (noStock) console.log('\n--no-stock：只测了本站。');
  if (!indexOnly) process.exit(0);
  console.log('\n--index-only：只建了本站的检索索引（不建页面，整站构建列为建索引进程本身）；对照组需要完整构建的页面，本次未测。');
  process.exit(0);
}
console.log(row('Starlight 默认 Pagefind', stock));
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(`\n比值（镜鉴 / 默认）：冷查询 p95 ${ratio(percentile(ours.coldMs, 95), percentile(stock.coldMs, 95))}；每次查询下载量 ${ratio(mean(ours.bytes), mean(stock.bytes))}；检索文件总量 ${ratio(ours.bundleBytes, stock.bundleBytes)}` +
  (ours.build.measured && stock.build.measured
    ? `；建索引耗时 ${ratio(ours.build.measured.indexMs, stock.build.measured.indexMs)}；建索引峰值内存 ${ratio(ours.build.measured.indexPeakMiB, stock.build.measured.indexPeakMiB)}` +
      `；整站构建耗时 ${ratio(ours.build.measured.wallMs, stock.build.measured.wallMs)}；整站构建峰值内存 ${ratio(ours.build.measured.peakRssMiB, stock.build.measured.peakRssMiB)}`
    : ''));
if (compactStockSidebar) console.log('对照组的侧栏只链接首页（--compact-stock-sidebar）：默认侧栏在每页列出全部页面，Pagefind 只索引 <main data-pagefind-body>，索引与检索下载量不受影响。');
console.log('召回率与精确率按查询平均，计两站共有的全部页面（合成范例与本站内容页；一页的正文和批注算同一页）；“前 10”按结果顺序取前 10 页，分母为 min(相关页数, 10)。对照组的本站内容页作为静态页面随构建一起由 Pagefind 索引。');
