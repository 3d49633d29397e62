// Builds the search into a built site (runs in Node, after `astro build`):
//   <base>/search/api.js          the search API (ES module: search(query, options)), bundled
//                                 from src/search/client/api.ts with Pagefind's engine script;
//                                 the UI imports exactly this
//   <base>/search/pagefind/       Pagefind's chunked index of our bigram tokens: one record
//   <base>/search/pagefind-N/     per page, in rank order, in shards of at most SHARD_DOCS
//                                 pages (the first shard also holds pagefind.js and the wasm);
//                                 Pagefind's own fragments are not shipped
//   <base>/search/text/<id>.jjt   each page's text units (gzip JSON), named by the page's
//                                 Pagefind result id, read only for the results shown
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { build as esbuild } from 'esbuild';
import { recordContent } from './tokenize.ts';
import type { SearchDoc } from './types.ts';

/** Record language: an undetermined code, so Pagefind neither segments nor stems our tokens. */
export const RECORD_LANGUAGE = 'und';
export const TEXT_EXTENSION = '.jjt';

export interface BuildSearchResult {
  documents: number;
  indexBytes: number;
  textBytes: number;
  apiBytes: number;
  ms: number;
}

function fail(message: string, errors: string[]): never {
  throw new Error(`${message}：\n${errors.join('\n')}`);
}

function pageFilters(doc: SearchDoc): Record<string, string[]> {
  const filters: Record<string, string[]> = { kind: [doc.kind] };
  if (doc.docType) filters.docType = [doc.docType];
  if (doc.year) filters.year = [String(doc.year)];
  if (doc.theme) filters.theme = [doc.theme];
  return filters;
}

const GZIP_MAGIC = 0x1f;
const SIGNATURE = 'pagefind_dcd';

/** A Pagefind file's JSON payload (gzip, then a signature, then the data). */
function pagefindJson(content: Uint8Array): { url: string } {
  const raw = content[0] === GZIP_MAGIC ? gunzipSync(content) : Buffer.from(content);
  const text = raw.toString('utf8');
  return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text);
}

/** Bundles the browser search API into `file`, with the Pagefind engine the index came with. */
export async function bundleApi(file: string, shards: number): Promise<number> {
  const engine = resolve(dirname(file), shardDir(0), 'pagefind.js');
  const result = await esbuild({
    // The shard count is known when the index is built: no extra request to find it out.
    define: { __SEARCH_SHARDS__: String(shards) },
    // Pagefind's own pagefind.js, minified into the API: one request and a third of its bytes
    // less on every first search. It is told its base path, which it cannot derive once bundled.
    alias: { 'pagefind-engine': engine },
    entryPoints: [resolve(import.meta.dirname, 'client/api.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  const out = result.outputFiles[0]!;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out.contents);
  return out.contents.byteLength;
}

/**
 * Pages per Pagefind index. Pagefind holds every record of an index in memory while it builds,
 * and (1.6) makes a word map of every page before merging them: some 700 bytes per distinct
 * token of a page, about 2.7 MB per page of our bigram records (`npm run bench:search`, README
 * "检索"). So the site is indexed in shards, one after another, and the API searches them all
 * (in rank order). Each shard costs a first search its metadata and one index chunk per query
 * token, so shards are as large as memory allows: 3,400 pages is some 9.2 GB of Pagefind, which
 * at 10,000 exemplars still fits beside the Astro process (~7 GB) that renders the pages at the
 * same time (scripts/build.ts) on a 24 GiB machine.
 */
export const SHARD_DOCS = Number(process.env.JJ_SEARCH_SHARD_DOCS) || 3400;
/**
 * Index chunk size in word positions (Pagefind's default is 20,000). Smaller chunks mean
 * fewer bytes fetched per query token, at the cost of a longer chunk list in the metadata.
 */
export const CHUNK_POSITIONS = Number(process.env.JJ_SEARCH_CHUNK_POSITIONS) || 5_000;

/** Directory of shard `i` under <base>/search/: the first holds pagefind.js and the wasm. */
export const shardDir = (i: number): string => (i === 0 ? 'pagefind' : `pagefind-${i}`);

/** Splits rank-ordered documents into contiguous shards of nearly equal size. */
export function shardsOf<T>(docs: T[], max = SHARD_DOCS): T[][] {
  const count = Math.max(1, Math.ceil(docs.length / max));
  const size = Math.ceil(docs.length / count);
  const shards: T[][] = [];
  for (let i = 0; i < count; i++) shards.push(docs.slice(i * size, (i + 1) * size));
  return shards.filter((s) => s.length || shards.length === 1);
}

async function buildShard(docs: SearchDoc[], dir: string, primary: boolean, texts: Map<string, SearchDoc[]>): Promise<number> {
  // Read by the Pagefind binary when its service starts (one service per shard).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_POSITIONS);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('无法启动 Pagefind', errors);
  const byUrl = new Map<string, SearchDoc>();
  // One at a time: Pagefind numbers pages in the order they arrive, and that order is the
  // ranking of exact-phrase results (exemplars, then templates, then guidance).
  for (const doc of docs) {
    // A page's annotations are a second record of the same page: its URL must differ.
    const url = '/' + doc.url + (doc.kind === 'annotation' ? '#annotations' : '');
    byUrl.set(url, doc);
    const added = await index.addCustomRecord({
      url,
      content: recordContent(doc.units.map((u) => u[2])),
      language: RECORD_LANGUAGE,
      filters: pageFilters(doc),
    });
    if (added.errors.length) fail(`无法索引 ${doc.url}`, added.errors);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) fail('Pagefind 未能生成索引文件', fileErrors);
  let bytes = 0;
  for (const file of files) {
    const fragment = /^fragment\/(.+)\.pf_fragment$/.exec(file.path);
    if (fragment) {
      // Pagefind's fragment holds our tokens, not text: the page's text is written instead.
      const doc = byUrl.get(pagefindJson(file.content).url);
      if (doc) texts.set(fragment[1]!, [...(texts.get(fragment[1]!) ?? []), doc]);
      continue;
    }
    // Only the first shard ships the engine. Not shipped: the stock UIs, the playground, and
    // the web worker (the API runs Pagefind on the page, see client/api.ts).
    if (/^(playground\/|pagefind-(component-|modular-)?ui\.|pagefind-highlight\.|pagefind-worker\.)/.test(file.path)) continue;
    if (!primary && !/^(pagefind-entry\.json|pagefind\..+\.pf_meta|index\/|filter\/)/.test(file.path)) continue;
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    bytes += file.content.byteLength;
  }
  await index.deleteIndex();
  // Stop the service so that its memory is returned before the next shard.
  await pagefind.close();
  return bytes;
}

/** Writes the search index, the page texts and the API into `outDir` (the built site). */
export async function buildSearch(docs: SearchDoc[], outDir: string): Promise<BuildSearchResult> {
  const started = performance.now();
  const searchDir = join(outDir, 'search');
  const textDir = join(searchDir, 'text');
  const previous = existsSync(searchDir) ? readdirSync(searchDir, { withFileTypes: true }) : [];
  for (const name of previous.filter((d) => d.isDirectory())) {
    if (/^(pagefind(-\d+)?|text)$/.test(name.name)) rmSync(join(searchDir, name.name), { recursive: true, force: true });
  }
  const shards = shardsOf(docs);
  const texts = new Map<string, SearchDoc[]>();
  let indexBytes = 0;
  for (const [i, shard] of shards.entries()) indexBytes += await buildShard(shard, join(searchDir, shardDir(i)), i === 0, texts);
  let textBytes = 0;
  mkdirSync(textDir, { recursive: true });
  for (const [id, list] of texts) {
    const body = gzipSync(JSON.stringify(list), { level: 9 });
    writeFileSync(join(textDir, id + TEXT_EXTENSION), body);
    textBytes += body.byteLength;
  }
  const apiBytes = await bundleApi(join(searchDir, 'api.js'), shards.length);
  // Bundled into the API: not shipped on its own.
  rmSync(join(searchDir, shardDir(0), 'pagefind.js'));
  return { documents: docs.length, indexBytes, textBytes, apiBytes, ms: performance.now() - started };
}
