// The sidebar stays small however large the library grows: exemplars are reached through
// index pages by document type and year, never one link each (with 2,000 exemplars a stock
// sidebar would repeat 2,000 links on every page). Templates and guidance are listed by slug,
// ordered by their `sidebar.order`; Starlight's autogenerate only sees src/content/docs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { frontmatterData } from '../schemas/frontmatter.ts';
import { DOC_TYPES, DOC_TYPE_LABELS } from '../schemas/content.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** Slugs of the pages in a content folder, by `sidebar.order` and then title. */
function pagesIn(folder: string): Array<{ slug: string }> {
  const pages = readdirSync(join(CONTENT, folder))
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => {
      let data: { title?: string; sidebar?: { order?: number } } = {};
      try {
        data = frontmatterData(readFileSync(join(CONTENT, folder, f), 'utf8')) as typeof data;
      } catch {
        // A broken frontmatter is reported by the content collection with its position.
      }
      return { slug: `${folder}/${f.replace(/\.mdx?$/, '')}`, order: data.sidebar?.order ?? 1000, title: data.title ?? f };
    });
  pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'zh-CN'));
  return pages.map(({ slug }) => ({ slug }));
}

export const sidebar = [
  { label: '模板', items: pagesIn('templates') },
  {
    label: '范例',
    items: [
      { label: '全部范例', link: '/exemplars/' },
      ...DOC_TYPES.map((t) => ({ label: DOC_TYPE_LABELS[t], link: `/exemplars/type/${t}/` })),
      { label: '按年度浏览', link: '/exemplars/years/' },
    ],
  },
  { label: '写作指导', items: pagesIn('guidance') },
  {
    label: '参考',
    items: [
      { label: '短语库', link: '/phrases/' },
      { label: '检索范例用语', link: '/search/' },
    ],
  },
];
