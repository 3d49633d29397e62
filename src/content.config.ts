// One Starlight `docs` collection over the top-level content/ folder. Templates, exemplars
// and guidance share Starlight's frontmatter; each kind adds its own typed block
// (src/schemas/content.ts), and the folder decides which block is required. One collection
// keeps Starlight's routing, search and sidebar working unchanged for every kind.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { JingjianFields, PAGE_SCHEMAS, REQUIRED_BLOCK } from './schemas/content.ts';

const base = './content';
const globLoader = glob({
  base,
  pattern: '**/[^_]*.{md,mdx}',
  // Keep ids equal to the path without extension: they become URLs and stable links.
  generateId: ({ entry }) => entry.replace(/\.mdx?$/, '').replace(/\/index$/, '') || 'index',
});

/**
 * The first line of defence is the checker run by scripts/build.ts before Astro starts; this is
 * the second, for builds started another way: the same strict frontmatter schema, and a
 * Markdown file the safety guard rejected fails the build (the glob loader would only log it
 * and publish an empty page).
 */
const contentLoader: Loader = {
  name: 'jingjian-content',
  load: async (context) => {
    const refused: string[] = [];
    const logger = Object.create(context.logger) as typeof context.logger;
    logger.error = (message: string) => {
      refused.push(message);
      context.logger.error(message);
    };
    await globLoader.load({
      ...context,
      logger,
      parseData: async (props) => {
        const folder = props.id.split('/')[0] as keyof typeof REQUIRED_BLOCK;
        const block = REQUIRED_BLOCK[folder];
        if (block && !(block in props.data)) {
          throw new Error(
            `${props.filePath}:1:1: frontmatter 缺少 \`${block}\` 字段（位于 content/${folder}/ 的文件必须填写）。` +
              `请参照 content/${folder}/ 中已有文件的 frontmatter 补齐。`,
          );
        }
        const strict = PAGE_SCHEMAS[block ? folder : 'other'].safeParse(props.data);
        if (!strict.success) {
          const fields = strict.error.issues.map((i) => ('keys' in i ? i.path.concat(i.keys as string[]) : i.path).join('.')).join('、');
          throw new Error(`${props.filePath}:1:1: frontmatter 有不允许或不正确的字段：${fields}。运行 npm run lint:content -- ${props.filePath} 查看每个字段的位置和改法。`);
        }
        return context.parseData(props);
      },
    });
    if (refused.length) throw new Error(`内容未通过构建检查，拒绝构建：\n${refused.join('\n')}`);
  },
};

export const collections = {
  docs: defineCollection({
    loader: contentLoader,
    schema: docsSchema({ extend: JingjianFields }),
  }),
  // UI strings Starlight does not translate into Chinese itself (src/content/i18n/zh-CN.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
