// The search API of the built site, served at <base>/search/api.js (bundled from this file at
// build time). The site's search UI imports exactly this module, so anyone can measure the
// search a reader gets:
//
//   const { search } = await import('/search/api.js');
//   const r = await search('两个确立', { filters: { kind: 'exemplar', section: 'problems' } });
//   r.hits[0] // { url: '/exemplars/…/?hl=两个确立#s1-1-p1', title, section, excerpt, … }
//
// How it works: the phrase becomes our bigram tokens (src/search/tokenize.ts, the same
// function the index builder used) and one quoted Pagefind search returns exactly the pages
// that contain it, in rank order (exemplars, templates, guidance). Only for the documents
// shown does it fetch their text, to list each paragraph with the phrase and its excerpt.
// It makes no request outside the site.
import * as engine from 'pagefind-engine';
import { looseText, normalize, pagefindQuery } from '../tokenize.ts';
import { hitsIn } from '../match.ts';
import { MAX_QUERY_CHARS, PAGE_FILTERS, queryTooLong, type SearchDoc, type SearchDocumentResult, type SearchOptions, type SearchResponse } from '../types.ts';

export type * from '../types.ts';

interface PagefindResult {
  id: string;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, o?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
}

/** Number of index shards, set when the API is bundled with the index (src/search/build-index.ts). */
declare const __SEARCH_SHARDS__: number;
const SHARDS = typeof __SEARCH_SHARDS__ === 'number' ? __SEARCH_SHARDS__ : 1;

const HERE = new URL('./', import.meta.url);
/** The site base ("/" or "/jingjian/"): the API lives in <base>search/. */
const SITE_BASE = new URL('../', HERE).pathname;
const TEXT_EXTENSION = '.jjt';
const DEFAULT_LIMIT = 10;

let pagefindModule: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  pagefindModule ??= Promise.resolve(engine as PagefindModule).then(async (pf) => {
    // Searching our exact-phrase index takes milliseconds: running it on the page saves the
    // worker script (as large as pagefind.js) and its start-up on every first search. The
    // engine is bundled into this module, so it is told where its index is.
    await pf.options({ noWorker: true, basePath: new URL('pagefind/', HERE).pathname });
    await pf.init();
    // Shards hold later pages in rank order; Pagefind lists merged results index by index.
    for (let i = 1; i < SHARDS; i++) await pf.mergeIndex(new URL(`pagefind-${i}/`, HERE).pathname);
    return pf;
  });
  return pagefindModule;
}

/** Loads the search engine ahead of the first query (e.g. when the search box opens). */
export async function warm(): Promise<void> {
  await loadPagefind();
}

const texts = new Map<string, Promise<SearchDoc[]>>();
/** The text of a result: usually one page; two if two shards' Pagefind ids collide. */
async function fetchText(id: string): Promise<SearchDoc[]> {
  const response = await fetch(new URL(`text/${id}${TEXT_EXTENSION}`, HERE));
  if (!response.ok || !response.body) throw new Error(`检索数据缺失：${id}（${response.status}）`);
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return (await new Response(stream).json()) as SearchDoc[];
}
function textOf(id: string): Promise<SearchDoc[]> {
  let t = texts.get(id);
  if (!t) {
    t = fetchText(id);
    t.catch(() => texts.delete(id));
    texts.set(id, t);
  }
  return t;
}

function emptyResponse(phrase: string, started: number): SearchResponse {
  return { phrase, total: 0, exact: true, complete: true, documents: [], hits: [], more: false, facets: {}, ids: [], ms: performance.now() - started };
}

/**
 * Candidates the fallback checks per call at most (each costs a text request): pages with the
 * query's pieces, and the fewer, less likely, pages found by cutting a piece.
 */
const LOOSE_CHECK_LIMIT = 50;
const CUT_CHECK_LIMIT = 20;

/** Pages containing every piece exactly, in rank order (pieces already normalised). */
async function pagesWithAll(pf: PagefindModule, pieces: string[], filters: Record<string, string>): Promise<string[]> {
  const lists = await Promise.all(pieces.map(async (p) => (await pf.search(pagefindQuery(p)!, { filters }))?.results.map((r) => r.id) ?? []));
  const [first = [], ...rest] = lists;
  const sets = rest.map((l) => new Set(l));
  return first.filter((id) => sets.every((set) => set.has(id)));
}

/**
 * Pages that may contain the query once punctuation is ignored, in rank order. The index has
 * no bigram across a punctuation mark, so the query is cut where it has punctuation (a text
 * with other marks there, or none, keeps each piece intact); failing that, each piece is also
 * cut once more, for a mark the text has and the query lacks. Every cut reuses the tokens the
 * exact search already fetched (pieces of at least two characters), so this costs no download
 * beyond the pages' texts the API then checks.
 */
async function looseCandidates(pf: PagefindModule, query: string, filters: Record<string, string>): Promise<{ ids: string[]; budget: number }> {
  const pieces = query.split(/[\p{P}\p{S}]+/u).map((p) => normalize(p).text).filter(Boolean);
  if (!pieces.length) return { ids: [], budget: 0 };
  const whole = pieces.length > 1 ? await pagesWithAll(pf, pieces, filters) : [];
  if (whole.length) return { ids: whole, budget: LOOSE_CHECK_LIMIT };
  const found = new Set<string>();
  const ordered: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    const chars = Array.from(piece);
    for (let k = 2; k <= chars.length - 2; k++) {
      const cut = [...pieces.slice(0, i), chars.slice(0, k).join(''), chars.slice(k).join(''), ...pieces.slice(i + 1)];
      for (const id of await pagesWithAll(pf, cut, filters)) {
        if (found.has(id)) continue;
        found.add(id);
        ordered.push(id);
      }
    }
  }
  return { ids: ordered, budget: CUT_CHECK_LIMIT };
}

interface Collect {
  ids: string[];
  phrase: string;
  loose: boolean;
  /** Candidates checked at most beyond `offset` (the fallback's are not all matches). */
  budget?: number;
  section?: string;
  offset: number;
  limit: number;
}

/** The documents offset … offset + limit among `ids` with paragraph hits, and the total. */
async function collect(c: Collect): Promise<Pick<SearchResponse, 'total' | 'complete' | 'documents' | 'more'> & { matching: string[] }> {
  const context = { base: SITE_BASE, section: c.section, loose: c.loose };
  const seen = new Set<string>();
  /** Documents of a result id that contain the phrase (in the requested section). */
  const resultDocs = async (id: string): Promise<SearchDocumentResult[]> => {
    const out: SearchDocumentResult[] = [];
    for (const doc of await textOf(id)) {
      const hits = hitsIn(doc, c.phrase, context);
      // A page's text and its annotations are two documents of one page.
      const key = `${doc.kind} ${doc.url}`;
      if (hits.length && !seen.has(key)) {
        seen.add(key);
        out.push({ page: hits[0]!.page, title: doc.title, kind: doc.kind, exact: !c.loose, hits });
      }
    }
    return out;
  };
  const documents: SearchDocumentResult[] = [];
  const matching: string[] = [];
  if (!c.section && !c.loose) {
    // Every exact candidate contains the phrase: fetch the text of the requested page only.
    for (const docs of await Promise.all(c.ids.slice(c.offset, c.offset + c.limit).map(resultDocs))) documents.push(...docs);
    return { total: c.ids.length, complete: true, documents, more: c.offset + documents.length < c.ids.length, matching: c.ids };
  }
  // A section is a property of paragraphs, and a loose candidate may not match at all: check
  // candidates in rank order, a batch at a time, until the requested documents are found.
  const budget = c.offset + (c.budget ?? Number.POSITIVE_INFINITY);
  let matched = 0;
  let checked = 0;
  while (checked < c.ids.length && documents.length < c.limit && checked < budget) {
    const batch = c.ids.slice(checked, checked + c.limit);
    checked += batch.length;
    const results = await Promise.all(batch.map(resultDocs));
    results.forEach((docs, i) => {
      if (docs.length) matching.push(batch[i]!);
      for (const doc of docs) if (matched++ >= c.offset && documents.length < c.limit) documents.push(doc);
    });
  }
  const complete = checked >= c.ids.length;
  const total = complete ? matched : Math.max(matched, c.offset + documents.length);
  return { total, complete, documents, more: complete ? c.offset + documents.length < total : true, matching: complete && !c.loose ? c.ids : matching };
}

/**
 * Finds every page containing `query` exactly (after whitespace removal and Latin case
 * folding) and lists the paragraphs that contain it for documents offset … offset + limit.
 * When no page does, falls back to matching with punctuation, spaces and width ignored, and
 * says so with `exact: false`; exact and loose results are never mixed.
 */
export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  // A pasted page of text would block the tab for seconds while it is normalised and tokenised.
  if (query.length > MAX_QUERY_CHARS) throw new RangeError(queryTooLong(query));
  const started = performance.now();
  const phrase = normalize(query).text;
  const term = pagefindQuery(query);
  if (!term) return emptyResponse(phrase, started);
  const filters = options.filters ?? {};
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const pageFilters: Record<string, string> = {};
  for (const f of PAGE_FILTERS) if (filters[f]) pageFilters[f] = filters[f]!;

  const pf = await loadPagefind();
  const found = await pf.search(term, { filters: pageFilters });
  const ids = found?.results.map((r) => r.id) ?? [];
  const common = { section: filters.section, offset, limit };
  if (ids.length) {
    const { matching: _, ...r } = await collect({ ids, phrase, loose: false, ...common });
    return { phrase, exact: true, ...r, hits: r.documents.flatMap((d) => d.hits), facets: found?.filters ?? {}, ids, ms: performance.now() - started };
  }
  const loose = looseText(query);
  if (!loose) return emptyResponse(phrase, started);
  const candidates = await looseCandidates(pf, query, pageFilters);
  const { matching, ...r } = await collect({ ids: candidates.ids, budget: candidates.budget, phrase: loose, loose: true, ...common });
  if (!r.total) return emptyResponse(phrase, started);
  return { phrase: loose, exact: false, ...r, hits: r.documents.flatMap((d) => d.hits), facets: {}, ids: matching, ms: performance.now() - started };
}
