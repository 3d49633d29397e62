// Temporary: per-request breakdown of one cold query.
import { launch } from './tests/e2e/support/browser.ts';
import { serve } from './scripts/lib/static-server.ts';
const [dir, system, ...qs] = process.argv.slice(2);
const s = await serve(dir!, '/');
const b = await launch();
const RUN = system === 'ours'
  ? `async (q) => { const api = await import('/search/api.js'); const r = await api.search(q, { limit: 10 }); return r.total; }`
  : `async (q) => { const pf = await import('/pagefind/pagefind.js'); const r = await pf.search(q); await Promise.all(r.results.slice(0, 10).map((x) => x.data())); return r.results.length; }`;
for (const q of qs) {
  const ctx = await b.newContext();
  const p = await ctx.newPage();
  await p.goto(s.url + 'bench-search.html');
  const rows: [string, number][] = [];
  p.on('requestfinished', async (r) => { const sz = (await r.sizes()).responseBodySize; rows.push([r.url().replace(s.url, ''), sz]); });
  const t = performance.now();
  const total = await p.evaluate(`(${RUN})(${JSON.stringify(q)})`);
  const ms = performance.now() - t;
  await p.waitForTimeout(200);
  const groups = new Map<string, [number, number]>();
  for (const [u, sz] of rows) { const k = u.replace(/[0-9a-f_-]{6,}/g, '*').replace(/\.[^./]*$/, (m) => m); const g = groups.get(k) ?? [0, 0]; g[0]++; g[1] += sz; groups.set(k, g); }
  console.log(`${system} "${q}" total=${total} ms=${ms.toFixed(0)} requests=${rows.length} bytes=${(rows.reduce((a, r) => a + r[1], 0) / 1024).toFixed(0)}KiB`);
  for (const [k, [n, sz]] of [...groups].sort((a, b) => b[1][1] - a[1][1])) console.log(`   ${n}× ${k} ${(sz / 1024).toFixed(1)}KiB`);
  await ctx.close();
}
await b.close(); await s.close();
