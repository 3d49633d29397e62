// /downloads/<entry id>.docx: the Word file of every template and exemplar, generated at build
// time from the document model's outline (src/export/), so it always matches the page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDocx } from '../../export/docx.ts';
import { exemplarExport } from '../../export/exemplar.ts';
import { templateExport } from '../../export/template.ts';
import { exemplars, outlineOf, templates, type DocsEntry } from '../../utils/entries.ts';

export const getStaticPaths = (async () => {
  const entries: DocsEntry[] = [...(await templates()), ...(await exemplars())];
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const entry = (props as { entry: DocsEntry }).entry;
  const spec = entry.data.templateSpec;
  const input = spec
    ? templateExport(spec, entry.data.title, entry.body ?? '')
    : exemplarExport(entry.data.title, outlineOf(entry), entry.data.description);
  const bytes = new Uint8Array(await buildDocx(input));
  return new Response(bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
