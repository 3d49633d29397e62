// `npm run bench:spelling-load [-- --runs 9]`: how fast the misspelling model is ready in the
// check page's worker, in headless Chromium: fetch check/spelling.bin (over loopback), compile
// it (src/text/spelling/data.ts) and run the first check on one exemplar's text, each in a
// fresh worker; prints the median and the slowest run, and the data's size. Not in `npm test`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launch } from '../tests/e2e/support/browser.ts';
import { spellingDataFromPackages } from '../src/lint/spelling-node.ts';
import { median } from './lib/measure.ts';
import { serve } from './lib/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt === -1 ? 9 : Number(args[runsAt + 1]);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('用法：npm run bench:spelling-load -- [--runs 次数]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'jingjian-spelling-load-'));
try {
  const bytes = spellingDataFromPackages();
  writeFileSync(join(dir, 'spelling.bin'), bytes);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>spelling load</title>');
  await build({ entryPoints: { worker: join(ROOT, 'scripts/lib/spelling-load-worker.ts') }, outdir: dir, bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, logLevel: 'error' });
  const text = readFileSync(join(ROOT, 'content/exemplars/leadership-2022-annual-municipal-bureau.mdx'), 'utf8');
  const served = await serve(dir);
  const browser = await launch();
  const rows: Array<{ fetch: number; compile: number; firstCheck: number; found: number }> = [];
  try {
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(served.url);
      rows.push(
        await page.evaluate(
          (text) =>
            new Promise<{ fetch: number; compile: number; firstCheck: number; found: number }>((done) => {
              const worker = new Worker('./worker.js', { type: 'module' });
              worker.onmessage = (e) => done(e.data);
              worker.postMessage({ url: new URL('./spelling.bin', location.href).href, text });
            }),
          text,
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const fmt = (key: 'fetch' | 'compile' | 'firstCheck') => `${median(rows.map((r) => r[key])).toFixed(0)} / ${Math.max(...rows.map((r) => r[key])).toFixed(0)} ms`;
  console.log(`\n错别字模型在 Chromium Worker 中的载入（${RUNS} 次，每次新的浏览器上下文和 Worker；中位 / 最慢）`);
  console.log(`数据 check/spelling.bin：${(bytes.length / 1024).toFixed(0)} KiB，gzip ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB`);
  console.log(`| 步骤 | 中位 / 最慢 |\n|---|---|`);
  console.log(`| 取数据（本机回环，未压缩传输） | ${fmt('fetch')} |`);
  console.log(`| 由字节到可用（编译模型） | ${fmt('compile')} |`);
  console.log(`| 第一次检查（一篇 ${text.length} 字符的范例，${rows[0]?.found} 处提示） | ${fmt('firstCheck')} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
