// The one document model. Every part of Jingjian that needs the outline of a document
// (linter, pages, search, import, export) calls these functions; nothing else parses 公文
// numbering.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { blocksFromMdast, blocksFromText } from './blocks.ts';
import { buildOutline } from './outline.ts';
import type { Outline } from './types.ts';

export type * from './types.ts';
export { formatMarker, formatRunItem, formatChineseNumber, parseChineseNumber } from './numerals.ts';
export { pointLocator } from './blocks.ts';
export { sectionLabel, walkSections, topSectionOf, findNode } from './query.ts';
export { leadingMarker, leadingRunItem } from './markers.ts';
export { isLostMarker } from './lost-markers.ts';

/** Outline of plain text (one block per line), e.g. a .txt seed or an imported file. */
export function parseText(source: string): Outline {
  const { blocks, defects } = blocksFromText(source);
  return buildOutline(blocks, defects);
}

interface TreeLike {
  type: string;
  children?: TreeLike[];
  value?: string;
}

function frontmatterTitle(tree: TreeLike): string | undefined {
  const yaml = tree.children?.find((n) => n.type === 'yaml');
  if (!yaml?.value) return undefined;
  try {
    const data = parseYaml(yaml.value) as { title?: unknown } | null;
    return typeof data?.title === 'string' ? data.title : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Outline of an mdast tree that was already parsed (inside a remark plugin or lint rule), so
 * a file is parsed once. The title comes from frontmatter when there is one.
 */
export function outlineFromTree(tree: unknown, source: string, options: { title?: string } = {}): Outline {
  const t = tree as TreeLike;
  const title = options.title ?? frontmatterTitle(t);
  return buildOutline(blocksFromMdast(t as never, source), [], title === undefined ? { detectTitle: 'heading' } : { title });
}

/** Parses Markdown or MDX source and returns its outline. */
export function parseMarkdown(source: string, options: { mdx?: boolean } = {}): Outline {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  if (options.mdx ?? true) processor.use(remarkMdx);
  return outlineFromTree(processor.parse(source), source);
}
