// Data shared by the index builder (Node) and the search API (browser).

/**
 * What a hit is: the text of an exemplar, an annotation on an exemplar, a template's
 * requirements (its page and section outline), or writing guidance. Each is its own search
 * document, and results list them in this order: exemplar text always first.
 */
export type ContentKind = 'exemplar' | 'annotation' | 'template' | 'guidance';
export const KIND_ORDER: ContentKind[] = ['exemplar', 'annotation', 'template', 'guidance'];
export const KIND_LABELS: Record<ContentKind, string> = { exemplar: '范例原文', annotation: '批注', template: '模板要求', guidance: '写作指导' };

/** A section a text unit belongs to. */
export interface DocSection {
  /** What readers see, e.g. "一、存在问题和不足 › （一）在带头……方面". */
  label: string;
  /** Template section id the unit serves (problems, causes, …), '' when none. */
  key: string;
}

/** One searchable unit: a paragraph, a heading, or the page title. */
export type DocUnit = [anchor: string, section: number, text: string];

/**
 * The text of one page as the search API reads it to list paragraph hits: one gzip file per
 * page, named after the page's Pagefind result id, so no lookup table is loaded up front.
 */
export interface SearchDoc {
  /** Page path relative to the site base, e.g. "exemplars/leadership-2021-sample/". */
  url: string;
  title: string;
  kind: ContentKind;
  docType?: string;
  year?: number;
  theme?: string;
  sections: DocSection[];
  /** In document order; section = index into `sections`, or -1 (title, opening). */
  units: DocUnit[];
}

/** Page-level filters Pagefind applies; values are strings as Pagefind stores them. */
export const PAGE_FILTERS = ['kind', 'docType', 'year', 'theme'] as const;
export type PageFilter = (typeof PAGE_FILTERS)[number];

export interface SearchFilters {
  kind?: string;
  docType?: string;
  year?: string;
  theme?: string;
  /** Template section id (problems, causes, measures, opening, …): checked per paragraph. */
  section?: string;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Documents to skip (for "more results"). */
  offset?: number;
  /** Documents to return hits for; default 10. */
  limit?: number;
}

/** One paragraph (or heading, or title) that contains the phrase. */
export interface SearchHit {
  /** Page URL + `?hl=phrase` + `#paragraph-id`: opens the page scrolled to the highlighted paragraph. */
  url: string;
  /** Page URL without highlight or anchor. */
  page: string;
  title: string;
  kind: ContentKind;
  docType?: string;
  year?: number;
  theme?: string;
  /** Section label, '' for the title and the opening. */
  section: string;
  sectionKey: string;
  anchor: string;
  /** Excerpt around the first occurrence; `match` is the phrase as written in the text. */
  excerpt: { before: string; match: string; after: string };
  /** Occurrences of the phrase in this paragraph. */
  count: number;
  /** False for the fallback's hits, which match only when punctuation and width are ignored. */
  exact: boolean;
}

export interface SearchDocumentResult {
  page: string;
  title: string;
  kind: ContentKind;
  /** False for the fallback's results (see SearchResponse.exact). */
  exact: boolean;
  hits: SearchHit[];
}

export interface SearchResponse {
  /** The phrase as compared (whitespace removed, Latin letters folded; loose form when not exact). */
  phrase: string;
  /** Documents containing the phrase (after filters). */
  total: number;
  /**
   * True when the results contain the phrase exactly. False when nothing did and the results
   * are the fallback's, found ignoring punctuation, spaces and width: never a mix of both.
   */
  exact: boolean;
  /** False when not every candidate was checked (section filter, fallback): total is then a lower bound. */
  complete: boolean;
  /** Documents offset … offset + limit, in rank order, each with its paragraph hits. */
  documents: SearchDocumentResult[];
  /** The same hits, flattened in rank order: what the UI lists. */
  hits: SearchHit[];
  /** True when more documents follow. */
  more: boolean;
  /**
   * Pagefind result ids of every document containing the phrase (before a section filter), in
   * rank order (for the fallback: the candidates checked that match); the text of each is at <base>search/text/<id>.jjt. For measuring recall.
   */
  ids: string[];
  /** Document counts per page-filter value for this phrase (after the page filters). */
  facets: Record<string, Record<string, number>>;
  /** Milliseconds spent. */
  ms: number;
}

/** Longest query searched: the longest phrase worth looking up is one sentence. */
export const MAX_QUERY_CHARS = 200;

export const queryTooLong = (query: string) => `检索词过长（${query.length} 字），最多 ${MAX_QUERY_CHARS} 字：请输入要查找的短语或一句话，而不是整段文字。`;
