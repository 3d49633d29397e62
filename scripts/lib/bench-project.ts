// Throw-away Astro projects for benchmarks, under .bench/ (git-ignored; inside the repo so
// Node finds node_modules by walking up — a symlinked node_modules breaks Vite's module
// ids). "ours" is a copy of
// this site with N synthetic exemplars added; "stock" is a plain Starlight site (default
// sidebar listing every page, default Pagefind search) with the same N documents as Markdown.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpus } from './synthetic-corpus.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ASTRO = join(ROOT, 'node_modules/.bin/astro');

function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A copy of this site plus N synthetic exemplars under content/exemplars/synthetic/. */
export function makeOurProject(n: number, options: { dir?: string; seed?: number } = {}): string {
  const dir = fresh(options.dir ?? join(ROOT, '.bench', `ours-${n}`));
  for (const p of ['src', 'scripts', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  }
  writeCorpus(join(dir, 'content/exemplars/synthetic'), n, options.seed ?? 1);
  return dir;
}

/**
 * A stock Starlight site with the same N documents (plain Markdown, no components). With
 * `compactSidebar`, the sidebar links the home page only instead of listing every page: the
 * default sidebar makes each page's HTML grow with N (N² in all, some 22 GB at 10,000), while
 * Pagefind indexes only the page's `data-pagefind-body` (Starlight's <main>), so its index and
 * what a search downloads are the same either way. With `pagefind: false`, Starlight does not
 * run Pagefind after the build (its pages keep `data-pagefind-body`): scripts/lib/stock-pagefind.ts
 * then runs it on the built site in a process of its own.
 */
export function makeStockProject(
  n: number,
  options: { dir?: string; seed?: number; compactSidebar?: boolean; extraPages?: Map<string, string>; pagefind?: boolean } = {},
): string {
  const dir = fresh(options.dir ?? join(ROOT, '.bench', `stock-${n}`));
  const tmpCorpus = join(dir, '.corpus');
  writeCorpus(tmpCorpus, n, options.seed ?? 1);
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'exemplars'), { recursive: true });
  for (const f of readdirSync(tmpCorpus)) {
    const src = readFileSync(join(tmpCorpus, f), 'utf8');
    const title = /^title: (.*)$/m.exec(src)?.[1] ?? f;
    const body = src.replace(/^---[\s\S]*?---\n/, '');
    writeFileSync(join(docs, 'exemplars', f.replace(/\.mdx$/, '.md')), `---\ntitle: ${title}\n---\n${body}`);
  }
  rmSync(tmpCorpus, { recursive: true, force: true });
  // Pages served as they are (public/): Starlight's Pagefind indexes them with the built pages.
  for (const [key, html] of options.extraPages ?? []) {
    mkdirSync(join(dir, 'public', key), { recursive: true });
    writeFileSync(join(dir, 'public', key, 'index.html'), html);
  }
  writeFileSync(join(docs, 'index.md'), '---\ntitle: 镜鉴（对照组）\n---\n\n对照组首页。\n');
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: '对照组',${options.pagefind === false ? ' pagefind: false,' : ''} defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } }, sidebar: ${options.compactSidebar ? "[{ label: '首页', link: '/' }]" : "[{ label: '范例', items: [{ autogenerate: { directory: 'exemplars' } }] }]"} })] });\n`,
  );
  // Same dependency list as this site: Vite decides what to bundle for SSR from it.
  const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stock-bench', private: true, type: 'module', devDependencies }));
  return dir;
}
