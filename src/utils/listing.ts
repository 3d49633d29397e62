// Sorting and grouping of exemplars for the index pages.
import { DOC_TYPES, type DocType } from '../schemas/content.ts';
import type { ExemplarEntry } from './entries.ts';

export const PAGE_SIZE = 50;

/** Newest year first, then reviewed before experimental, then by title. */
export function sortExemplars(list: ExemplarEntry[]): ExemplarEntry[] {
  return [...list].sort(
    (a, b) =>
      b.data.exemplar.year - a.data.exemplar.year ||
      (a.data.exemplar.status === b.data.exemplar.status ? 0 : a.data.exemplar.status === 'reviewed' ? -1 : 1) ||
      a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

export function countBy<K extends string | number>(list: ExemplarEntry[], key: (e: ExemplarEntry) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const e of list) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return m;
}

export function typeCounts(list: ExemplarEntry[]): Array<{ type: DocType; count: number }> {
  const m = countBy(list, (e) => e.data.exemplar.docType);
  return DOC_TYPES.map((type) => ({ type, count: m.get(type) ?? 0 }));
}
