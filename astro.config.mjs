// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import AutoImport from 'astro-auto-import';
import { remarkOutline } from './src/integrations/remark-outline.ts';
import { remarkMdxSafety } from './src/integrations/remark-mdx-safety.ts';
import { remarkBaseLinks } from './src/integrations/remark-base-links.ts';
import { remarkReaderAnchors } from './src/integrations/remark-reader-anchors.ts';
import { remarkPhraseMarks } from './src/integrations/remark-phrase-marks.ts';
import { buildExtras } from './src/integrations/build-extras.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { USER_COMPONENTS } from './src/user-components/index.ts';
import { sidebar } from './src/utils/sidebar.ts';
import { SITE_URL } from './src/site-config.ts';

// BASE=/jingjian/ builds the site for a sub-path of an intranet server.
const base = process.env.BASE || '/';

export default defineConfig({
  // Canonical URLs only when the deployer says where the site lives (SITE=…); never loopback.
  site: SITE_URL,
  base,
  trailingSlash: 'ignore',
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler warns once
        // per file (thousands of lines for a large library) although Astro handles it.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // Keep the text exactly as written: smartypants would turn ASCII quotes into curly ones and
  // hide the punctuation errors the linter and the annotations talk about.
  markdown: { processor: unified({ smartypants: false, remarkPlugins: [remarkMdxSafety, remarkOutline, remarkReaderAnchors, remarkPhraseMarks, [remarkBaseLinks, { base }]] }) },
  integrations: [
    // Content components are injected, so contributions never need (and may not have) imports.
    AutoImport({ imports: USER_COMPONENTS.map((c) => `./src/user-components/${c}.astro`) }),
    starlight({
      title: '镜鉴',
      description: '对照检查材料、发言材料与巡察整改报告的模板、范例与写作指导',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // Our own Chinese phrase search replaces Starlight's Pagefind UI (see src/search/).
      pagefind: false,
      markdown: { processedDirs: ['./content'] },
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/fonts.css', './src/styles/gongwen.css', './src/styles/print.css'],
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
        Footer: './src/components/Footer.astro',
      },
      sidebar,
      lastUpdated: false,
      pagination: false,
    }),
    mdx(),
    // Search index and Word downloads, built beside the pages in a child process.
    buildExtras(),
    // Last: validates every link of the finished output, search index and downloads included.
    linkCheck(),
  ],
});
