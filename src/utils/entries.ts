// Content lookups shared by routes and components, memoised per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseMarkdown, type Outline } from '../docmodel/index.ts';
import { checkConformance, type Conformance } from '../docmodel/conformance.ts';

export type DocsEntry = CollectionEntry<'docs'>;
export type ExemplarEntry = DocsEntry & { data: { exemplar: NonNullable<DocsEntry['data']['exemplar']> } };
export type TemplateEntry = DocsEntry & { data: { templateSpec: NonNullable<DocsEntry['data']['templateSpec']> } };

let all: Promise<DocsEntry[]> | undefined;
const docs = () => (all ??= getCollection('docs'));

export async function exemplars(): Promise<ExemplarEntry[]> {
  return (await docs()).filter((e): e is ExemplarEntry => !!e.data.exemplar);
}
export async function templates(): Promise<TemplateEntry[]> {
  return (await docs()).filter((e): e is TemplateEntry => !!e.data.templateSpec);
}
export async function templateById(id: string): Promise<TemplateEntry | undefined> {
  return (await templates()).find((t) => t.data.templateSpec.id === id);
}

const outlines = new Map<string, Outline>();
/** The document model's outline of an entry (parsed once per build). */
export function outlineOf(entry: DocsEntry): Outline {
  let o = outlines.get(entry.id);
  if (!o) {
    o = parseMarkdown(entry.body ?? '', { mdx: entry.filePath?.endsWith('.mdx') ?? true });
    o.title = entry.data.title;
    outlines.set(entry.id, o);
  }
  return o;
}

/** Conformance of an exemplar to the template it declares, or undefined if that template is unknown. */
export async function conformanceOf(entry: ExemplarEntry): Promise<Conformance | undefined> {
  const t = await templateById(entry.data.exemplar.follows);
  return t && checkConformance(outlineOf(entry), t.data.templateSpec, entry.data.exemplar.sectionMap ?? {});
}

/** URL of an entry's page, respecting the configured base. */
export function entryUrl(id: string, hash = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${id}/${hash ? '#' + hash : ''}`;
}
export function pageUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
