// Astro integration that builds the site's search after the pages are built (issue 6): the
// index, the page texts and the search API under <base>/search/ (see src/search/build-index.ts).
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent, searchDocs } from '../search/records.ts';
import { buildSearch } from '../search/build-index.ts';

export function searchIndex(): AstroIntegration {
  let contentDir = '';
  return {
    name: 'jingjian-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = fileURLToPath(new URL('content/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Index only pages the build produced (drafts and unpublished files have none).
        const docs = searchDocs(readContent(contentDir)).filter((d) => existsSync(join(outDir, d.url, 'index.html')));
        const r = await buildSearch(docs, outDir);
        const MiB = 1024 * 1024;
        logger.info(
          `检索索引：${r.documents} 篇，索引 ${(r.indexBytes / MiB).toFixed(1)} MiB，正文 ${(r.textBytes / MiB).toFixed(1)} MiB，` +
            `接口 ${(r.apiBytes / 1024).toFixed(1)} KiB，用时 ${(r.ms / 1000).toFixed(1)} 秒`,
        );
      },
    },
  };
}
