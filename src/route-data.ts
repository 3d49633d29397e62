// Starlight route middleware: the table of contents of a template or exemplar page is the
// document model's outline, so run-in headings such as "（一）思想锤炼不够。" are listed too
// and every entry links to the model's stable anchor id.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { sectionLabel, type Section } from './docmodel/index.ts';
import { outlineOf } from './utils/entries.ts';

type TocItem = { depth: number; slug: string; text: string; children: TocItem[] };

const short = (s: string, n = 22) => (s.length > n ? s.slice(0, n) + '…' : s);

function tocItem(s: Section, maxLevel: number): TocItem {
  return {
    depth: s.level + 1,
    slug: s.id,
    text: short(sectionLabel(s)),
    children: s.level < maxLevel ? s.children.map((c) => tocItem(c, maxLevel)) : [],
  };
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { entry } = route;
  if (!route.toc) return;
  const spec = entry.data.templateSpec;
  if (spec) {
    // The outline rendered from the template's data (TemplateOutline) joins the headings' TOC.
    route.toc.items.push({
      depth: 2,
      slug: 'template-outline',
      text: '提纲与各部分要求',
      children: spec.sections.map((s) => ({ depth: 3, slug: `t-${s.id}`, text: s.title, children: [] })),
    });
    return;
  }
  if (!entry.data.exemplar) return;
  const outline = outlineOf(entry);
  const top: TocItem = { depth: 1, slug: '_top', text: route.toc.items[0]?.text ?? '概述', children: [] };
  route.toc.items = [top, ...outline.sections.map((s) => tocItem(s, 2))];
});
