// Child process of the site build (src/integrations/build-extras.ts): builds the Word
// downloads or the search index from content/ into a staging folder while Astro renders the
// pages. The two jobs run as two processes so that they overlap on a multi-core machine.
// Usage: node scripts/build-extras.ts downloads|search <content dir> <staging dir>
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCheckBundle } from '../src/check/build.ts';
import { buildDownloads } from '../src/export/build-downloads.ts';
import { buildSearch } from '../src/search/build-index.ts';
import { searchDocs } from '../src/search/records.ts';
import { readContentFiles } from '../src/content-files.ts';

const [job, contentDir, staging] = process.argv.slice(2);
if (!(job === 'downloads' || job === 'search' || job === 'check') || !contentDir || !staging) {
  console.error('用法：node scripts/build-extras.ts downloads|search|check <内容目录> <输出目录>');
  process.exit(2);
}
rmSync(staging, { recursive: true, force: true });
const started = performance.now();
const result =
  job === 'check'
    ? { check: await buildCheckBundle(staging, join(contentDir, 'templates')) }
    : job === 'downloads'
      ? { downloads: await buildDownloads(readContentFiles(contentDir), staging) }
      : { search: await buildSearch(searchDocs(readContentFiles(contentDir)), staging) };
// One JSON line for the parent to log.
process.stdout.write(JSON.stringify({ ...result, ms: performance.now() - started }) + '\n');
