// Measures a built site's search in headless Chromium, the way a reader meets it: cold (a new
// browser context per query, so nothing is cached: the first search after the page loads) and
// warm (later searches on the same page). Bytes are counted by the server, so requests made by
// Pagefind's web worker are included.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type Served } from './static-server.ts';
import type { Browser } from 'playwright-core';

/** Serves `dir` at the root and counts the body bytes of every response. */
export const serveCounting = (dir: string): Promise<CountingServer> => serve(dir, '/');
export type CountingServer = Served;

export type System = 'ours' | 'stock';

export interface QueryRun {
  ms: number;
  /** Every result id the engine returned, in its order. */
  ids: string[];
  /** Page paths of the first results (up to 10 documents). */
  top: string[];
}

/**
 * The code timed in the page: from importing the search module to having the first 10
 * results with their text (ours: the API's documents with paragraph hits; stock: Pagefind's
 * results and the data of the first 10, as its UI needs them).
 */
const RUNNERS: Record<System, string> = {
  ours: `async (q) => {
    const t = performance.now();
    const api = await import('/search/api.js');
    const r = await api.search(q, { limit: 10 });
    return { ms: performance.now() - t, ids: r.ids, top: r.documents.map((d) => d.page) };
  }`,
  stock: `async (q) => {
    const t = performance.now();
    const pf = await import('/pagefind/pagefind.js');
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    return { ms: performance.now() - t, ids: r.results.map((x) => x.id), top: data.map((d) => d.url) };
  }`,
};

/** A blank page in the site's language (the language decides how stock Pagefind segments a query). */
export function writeHarness(dist: string): string {
  writeFileSync(join(dist, 'bench-search.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
  return 'bench-search.html';
}

export interface ColdRun extends QueryRun {
  bytes: number;
  requests: number;
}

/** One query in a fresh browser context: the first search after the page loads. */
export async function coldRun(browser: Browser, server: CountingServer, harness: string, system: System, query: string): Promise<ColdRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + harness);
  server.reset();
  const run = (await page.evaluate(`(${RUNNERS[system]})(${JSON.stringify(query)})`)) as QueryRun;
  const out = { ...run, bytes: server.bytes(), requests: server.requests() };
  await context.close();
  return out;
}

/** Later searches on one page: each query runs after the engine has served earlier ones. */
export async function warmRuns(browser: Browser, server: CountingServer, harness: string, system: System, queries: string[], warmup: string): Promise<QueryRun[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + harness);
  await page.evaluate(`(${RUNNERS[system]})(${JSON.stringify(warmup)})`);
  const runs: QueryRun[] = [];
  for (const q of queries) runs.push((await page.evaluate(`(${RUNNERS[system]})(${JSON.stringify(q)})`)) as QueryRun);
  await context.close();
  return runs;
}
