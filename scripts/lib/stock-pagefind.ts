// `node scripts/lib/stock-pagefind.ts <dist>`: indexes a built stock Starlight site exactly as
// Starlight's own integration does after `astro build` (createIndex with default options,
// addDirectory over the output, writeFiles into <dist>/pagefind/: see
// node_modules/@astrojs/starlight/dist/integrations/pagefind.js), but in a process of its own,
// so that the Astro build's memory is not held beside Pagefind's. The index is the same.
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const dist = process.argv[2];
if (!dist) {
  console.error('用法：node scripts/lib/stock-pagefind.ts <已构建站点的目录>');
  process.exit(2);
}

function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length) throw new Error(`Pagefind 出错：\n${response.errors.join('\n')}`);
  return response;
}

const started = performance.now();
try {
  const { index } = check(await pagefind.createIndex());
  if (!index) throw new Error('无法启动 Pagefind');
  const { page_count } = check(await index.addDirectory({ path: resolve(dist) }));
  console.error(`Pagefind：${page_count} 个 HTML 文件`);
  check(await index.writeFiles({ outputPath: resolve(dist, 'pagefind') }));
  console.error(`Pagefind：索引完成，用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pagefind.close();
}
