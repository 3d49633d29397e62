// Browser side of the search panel (header dialog and the /search/ page). It imports the
// search API from the built site, <base>search/api.js, the same module anyone can measure.
import type { SearchFilters, SearchHit, SearchResponse } from '../types.ts';
import { KIND_LABELS, MAX_QUERY_CHARS, type ContentKind } from '../types.ts';

type Api = typeof import('./api.ts');

let api: Promise<Api> | undefined;
/** The site's search API module (loaded once, on first use). */
export function loadApi(base: string): Promise<Api> {
  api ??= import(/* @vite-ignore */ `${base}search/api.js`) as Promise<Api>;
  return api;
}

const DEBOUNCE_MS = 120;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function excerptNode(hit: SearchHit): HTMLElement {
  return el('span', { class: 'jj-excerpt' }, hit.excerpt.before, el('mark', {}, hit.excerpt.match), hit.excerpt.after);
}

function hitItem(hit: SearchHit): HTMLLIElement {
  const where = hit.section || (hit.anchor ? '开头' : '标题');
  return el(
    'li',
    {},
    el('a', { href: hit.url, class: 'jj-hit' }, el('span', { class: 'jj-hit-section' }, where), excerptNode(hit), hit.count > 1 ? el('span', { class: 'jj-hit-count' }, `本段 ${hit.count} 处`) : ''),
  );
}

function documentBlock(doc: SearchResponse['documents'][number], labels: Record<string, string>): HTMLElement {
  const first = doc.hits[0]!;
  const meta = [KIND_LABELS[doc.kind as ContentKind], first.docType ? labels[first.docType] ?? first.docType : '', first.year ? `${first.year}年` : ''].filter(Boolean).join(' · ');
  return el(
    'li',
    { class: 'jj-doc', 'data-kind': doc.kind },
    el('p', { class: 'jj-doc-title' }, el('a', { href: doc.page }, doc.title), ' ', el('span', { class: 'jj-doc-meta' }, meta)),
    el('ul', { class: 'jj-hits' }, ...doc.hits.map(hitItem)),
  );
}

/** Wires one search panel (rendered by src/search/SearchPanel.astro). */
export function mountSearchPanel(root: HTMLElement, options: { syncUrl?: boolean } = {}): { focus: () => void; warm: () => void } {
  const base = root.dataset.base ?? '/';
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<string, string>;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const notice = root.querySelector<HTMLElement>('[data-loose-notice]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const help = root.querySelector<HTMLElement>('[data-help]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  let generation = 0;
  let offset = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const filters = (): SearchFilters => {
    const f: Record<string, string> = {};
    for (const s of selects) if (s.value) f[s.dataset.filter!] = s.value;
    return f as SearchFilters;
  };

  const syncUrl = () => {
    if (!options.syncUrl) return;
    const url = new URL(location.href);
    url.search = '';
    // An over-long query is refused by search(); it must not be written into the address either.
    if (input.value.trim() && input.value.length <= MAX_QUERY_CHARS) url.searchParams.set('q', input.value.trim());
    for (const [k, v] of Object.entries(filters())) url.searchParams.set(k, v);
    history.replaceState(null, '', url);
  };

  const run = async (append = false) => {
    const mine = ++generation;
    const query = input.value;
    if (!append) offset = 0;
    syncUrl();
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      help.hidden = true;
      notice.hidden = true;
      more.hidden = true;
      root.removeAttribute('data-state');
      return;
    }
    root.setAttribute('data-state', 'searching');
    let r: SearchResponse;
    try {
      const { search } = await loadApi(base);
      r = await search(query, { filters: filters(), offset });
    } catch (err) {
      if (mine !== generation) return;
      status.textContent = `检索出错：${(err as Error).message}`;
      root.setAttribute('data-state', 'error');
      return;
    }
    if (mine !== generation) return;
    const items = r.documents.map((d) => documentBlock(d, labels));
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    offset += r.documents.length;
    const shownHits = list.querySelectorAll('.jj-hit').length;
    if (r.total === 0) {
      status.textContent = `没有找到含“${r.phrase}”的段落。`;
    } else {
      const docs = r.complete ? `${r.total} 篇` : `至少 ${r.total} 篇`;
      const what = r.exact ? `含“${r.phrase}”` : `忽略标点后含“${r.phrase}”`;
      status.textContent = `共 ${docs}文档${what}；已列出 ${offset} 篇中的 ${shownHits} 段。`;
    }
    help.hidden = r.total !== 0;
    notice.hidden = r.total === 0 || r.exact;
    more.hidden = !r.more;
    root.setAttribute('data-state', r.total ? 'results' : 'empty');
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', schedule);
  for (const s of selects) s.addEventListener('change', () => void run());
  more.addEventListener('click', () => void run(true));

  // Arrow keys move between the input and the result links; Enter follows a link.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.jj-hit')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at === -1) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? (at === -1 ? 0 : Math.min(at + 1, links.length - 1)) : at - 1;
    if (next < 0) input.focus();
    else links[next]!.focus();
  });

  if (options.syncUrl) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const s of selects) s.value = params.get(s.dataset.filter!) ?? '';
    if (input.value) void run();
  }
  root.setAttribute('data-ready', '');
  return {
    focus: () => {
      input.focus();
      input.select();
    },
    warm: () => void loadApi(base).then((a) => a.warm()),
  };
}
