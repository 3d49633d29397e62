// One Starlight `docs` collection over the top-level content/ folder. Templates, exemplars
// and guidance share Starlight's frontmatter; each kind adds its own typed block
// (src/schemas/content.ts), and the folder decides which block is required. One collection
// keeps Starlight's routing, search and sidebar working unchanged for every kind.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { JingjianFields, REQUIRED_BLOCK } from './schemas/content.ts';

const base = './content';
const globLoader = glob({
  base,
  pattern: '**/[^_]*.{md,mdx}',
  // Keep ids equal to the path without extension: they become URLs and stable links.
  generateId: ({ entry }) => entry.replace(/\.mdx?$/, '').replace(/\/index$/, '') || 'index',
});

/** The glob loader, plus a check that a file carries the block its folder requires. */
const contentLoader: Loader = {
  name: 'jingjian-content',
  load: (context) =>
    globLoader.load({
      ...context,
      parseData: async (props) => {
        const folder = props.id.split('/')[0] as keyof typeof REQUIRED_BLOCK;
        const block = REQUIRED_BLOCK[folder];
        if (block && !(block in props.data)) {
          throw new Error(
            `${props.filePath}:1:1: frontmatter 缺少 \`${block}\` 字段（位于 content/${folder}/ 的文件必须填写）。` +
              `请参照 content/${folder}/ 中已有文件的 frontmatter 补齐。`,
          );
        }
        return context.parseData(props);
      },
    }),
};

export const collections = {
  docs: defineCollection({
    loader: contentLoader,
    schema: docsSchema({ extend: JingjianFields }),
  }),
  // UI strings Starlight does not translate into Chinese itself (src/content/i18n/zh-CN.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
