// Writes the Word file of every template and exemplar (downloads/<entry id>.docx) from the
// content files and the document model, outside Astro's page rendering so that it can run in
// parallel with it (see src/integrations/build-extras.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseMarkdown } from '../docmodel/index.ts';
import { TemplateSpec } from '../schemas/content.ts';
import type { ContentFile } from '../content-files.ts';
import { splitFrontmatter } from '../schemas/frontmatter.ts';
import { buildDocx } from './docx.ts';
import { exemplarExport } from './exemplar.ts';
import { templateExport } from './template.ts';

/** The date the comments carry: the build's, or SOURCE_DATE_EPOCH for a reproducible build. */
function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/** Builds the .docx files into `outDir`; returns how many were written. */
export async function buildDownloads(files: ContentFile[], outDir: string, date = buildDate()): Promise<number> {
  let count = 0;
  for (const f of files) {
    if (f.data.draft === true) continue;
    const title = typeof f.data.title === 'string' ? f.data.title : f.id;
    const body = splitFrontmatter(f.source).body;
    let input;
    if (f.id.startsWith('templates/') && f.data.templateSpec) {
      input = templateExport(TemplateSpec.parse(f.data.templateSpec), title, body);
    } else if (f.id.startsWith('exemplars/') && f.data.exemplar) {
      const outline = parseMarkdown(f.source, { mdx: f.path.endsWith('.mdx') });
      outline.title = title;
      input = exemplarExport(title, outline, typeof f.data.description === 'string' ? f.data.description : undefined);
    } else continue;
    const file = join(outDir, 'downloads', `${f.id}.docx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await buildDocx({ ...input, date }));
    count++;
  }
  return count;
}
