// Child process of the site build (src/integrations/build-extras.ts): builds the search index
// and the Word downloads from content/ into a staging folder while Astro renders the pages.
// Usage: node scripts/build-extras.ts <content dir> <staging dir>
import { rmSync } from 'node:fs';
import { buildDownloads } from '../src/export/build-downloads.ts';
import { buildSearch } from '../src/search/build-index.ts';
import { readContent, searchDocs } from '../src/search/records.ts';

const [contentDir, staging] = process.argv.slice(2);
if (!contentDir || !staging) {
  console.error('用法：node scripts/build-extras.ts <内容目录> <输出目录>');
  process.exit(2);
}
rmSync(staging, { recursive: true, force: true });
const files = readContent(contentDir);
const started = performance.now();
const downloads = await buildDownloads(files, staging);
const docxMs = performance.now() - started;
const search = await buildSearch(searchDocs(files), staging);
// One JSON line for the parent to log.
process.stdout.write(JSON.stringify({ downloads, docxMs, search }) + '\n');
