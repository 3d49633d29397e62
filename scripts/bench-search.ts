// `npm run bench:search -- N [--reuse] [--queries Q]`: builds (or, with --reuse, reuses) this
// site and a stock Starlight + Pagefind site from the same N synthetic exemplars, then measures
// both searches in the same run, in headless Chromium: recall, recall@10, precision, zero-hit
// share, phrases absent from the corpus, latency to the first 10 results (cold: first search
// after the page loads; warm: later searches), bytes fetched per cold query (start-up
// included), bundle size, build time and peak memory. Not part of `npm test`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO, makeOurProject, makeStockProject, ROOT } from './lib/bench-project.ts';
import { median, percentile } from './lib/measure.ts';
import { runBuild, type BuildMeasure } from './lib/search-build.ts';
import { launch } from '../tests/e2e/support/browser.ts';
import { coldRun, serveCounting, warmRuns, writeHarness, type System } from './lib/search-browser.ts';
import { makeQueries, ourIdMap, pageNumber, readCorpus, stockIdMap, type BenchQuery } from './lib/search-queries.ts';

const args = process.argv.slice(2);
const queriesAt = args.indexOf('--queries');
const queryCount = queriesAt === -1 ? 100 : Number(args[queriesAt + 1]);
const n = Number(args.find((a, i) => /^\d+$/.test(a) && (queriesAt === -1 || i !== queriesAt + 1)) ?? 2000);
const reuse = args.includes('--reuse');
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(queryCount) || queryCount < 1) {
  console.error('用法：npm run bench:search -- <范例数量> [--reuse] [--queries 100]，例如 npm run bench:search -- 2000');
  process.exit(2);
}

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const oursDir = join(ROOT, '.bench', `ours-${n}`);
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

async function build(system: System): Promise<Build> {
  const dir = system === 'ours' ? oursDir : stockDir;
  if (reuse && existsSync(join(dir, 'dist', 'index.html'))) return {};
  if (system === 'ours') makeOurProject(n);
  else makeStockProject(n);
  console.error(`构建${system === 'ours' ? '本站' : '对照组（Starlight 默认 Pagefind）'}：${n} 篇合成范例……`);
  const m =
    system === 'ours'
      ? await runBuild(process.execPath, [join(dir, 'scripts/build.ts')], { cwd: dir, env })
      : await runBuild(ASTRO, ['build'], { cwd: dir, env });
  if (m.code !== 0) throw new Error(`构建失败（${dir}）：\n${m.output.slice(-3000)}`);
  return { measured: m };
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

async function measure(system: System, queries: BenchQuery[], b: Build): Promise<SystemResult> {
  const dist = join(system === 'ours' ? oursDir : stockDir, 'dist');
  const ids: Map<string, string[]> = system === 'ours' ? ourIdMap(dist) : new Map([...stockIdMap(dist)].map(([k, v]) => [k, [v]]));
  const harness = writeHarness(dist);
  const server = await serveCounting(dist);
  const browser = await launch();
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
    if (i % 20 === 0) console.error(`  ${system}：冷查询 ${i}/${queries.length}`);
    const run = await coldRun(browser, server, harness, system, q.text);
    coldMs.push(run.ms);
    bytes.push(run.bytes);
    requests.push(run.requests);
    // Evaluated on the synthetic exemplars (the pages both sites share), in result order.
    const ranked = run.ids.flatMap((id) => ids.get(id) ?? []).map(pageNumber).filter((x): x is number => x !== undefined);
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
  }
  console.error(`  ${system}：热查询……`);
  const warm = await warmRuns(browser, server, harness, system, queries.map((q) => q.text), '民主生活会');
  await browser.close();
  await server.close();
  const bundleBytes = system === 'ours' ? dirBytes(join(dist, 'search'), (f) => f === 'index.html') : dirBytes(join(dist, 'pagefind'));
  const engine = system === 'ours' ? ['search/api.js', 'search/pagefind/pagefind.js', 'search/pagefind/pagefind-worker.js', 'search/pagefind/wasm.unknown.pagefind'] : ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css'];
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
const stockBuild = await build('stock');
const pages = readCorpus(join(oursDir, 'content/exemplars/synthetic'));
const queries = makeQueries(pages, queryCount);
console.error(`查询：${queries.length} 条（随机 ${queryCount}，固定说法 ${queries.filter((q) => q.kind === 'genre').length}，语料中没有的 ${queries.filter((q) => q.kind === 'absent' || q.relevant.size === 0).length}）`);
const ours = await measure('ours', queries, oursBuild);
const stock = await measure('stock', queries, stockBuild);

const KiB = 1024;
const MiB = 1024 * 1024;
const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(0)} ms`;
const row = (name: string, r: SystemResult) => {
  const q = r.quality;
  const m = r.build.measured;
  return `| ${name} | ${f3(q.recall)} | ${f3(q.recallAt10)} | ${f3(q.precision)} | ${f3(q.zeroHit)} | ${q.absentAnswered}/${q.absentTotal} | ${ms(median(r.coldMs))} | ${ms(percentile(r.coldMs, 95))} | ${ms(median(r.warmMs))} | ${ms(percentile(r.warmMs, 95))} | ${(mean(r.bytes) / KiB).toFixed(0)} KiB | ${median(r.requests)} | ${(r.bundleBytes / MiB).toFixed(1)} MiB | ${(r.engineBytes / KiB).toFixed(0)} KiB | ${m ? (m.wallMs / 1000).toFixed(0) + ' s' : '（复用）'} | ${m ? m.peakRssMiB.toFixed(0) + ' MiB' : '–'} | ${m ? (m.indexMs / 1000).toFixed(0) + ' s' : '–'} | ${m ? m.indexPeakMiB.toFixed(0) + ' MiB' : '–'} |`;
};

console.log(`\n检索基准：${n} 篇合成范例，${queries.length} 条查询，同一次运行（Chromium 无头，本机回环；2 核机器上的耗时随负载波动）\n`);
console.log('| 检索 | 召回率（全部结果） | 前 10 召回率 | 精确率 | 零结果占比 | 语料中没有的短语有返回 | 冷查询中位数 | 冷查询 p95 | 热查询中位数 | 热查询 p95 | 每次冷查询下载量 | 请求数（中位） | 检索文件总量 | 引擎脚本与 wasm | 整站构建 | 整站构建峰值内存 | 建索引（Pagefind 进程） | 建索引峰值内存 |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
console.log(row('镜鉴', ours));
console.log(row('Starlight 默认 Pagefind', stock));
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(`\n比值（镜鉴 / 默认）：冷查询 p95 ${ratio(percentile(ours.coldMs, 95), percentile(stock.coldMs, 95))}；每次查询下载量 ${ratio(mean(ours.bytes), mean(stock.bytes))}；检索文件总量 ${ratio(ours.bundleBytes, stock.bundleBytes)}` +
  (ours.build.measured && stock.build.measured
    ? `；建索引耗时 ${ratio(ours.build.measured.indexMs, stock.build.measured.indexMs)}；建索引峰值内存 ${ratio(ours.build.measured.indexPeakMiB, stock.build.measured.indexPeakMiB)}` +
      `；整站构建耗时 ${ratio(ours.build.measured.wallMs, stock.build.measured.wallMs)}；整站构建峰值内存 ${ratio(ours.build.measured.peakRssMiB, stock.build.measured.peakRssMiB)}`
    : ''));
console.log('召回率与精确率按查询平均，只计两站共有的合成范例页；“前 10”按结果顺序取前 10 篇合成范例，分母为 min(相关页数, 10)。');
