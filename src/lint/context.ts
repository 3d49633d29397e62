// What every rule needs to know about the file it checks, computed once per file and cached
// on `file.data` so that the frontmatter is parsed once and the outline is built once, whatever
// the number of rules that read them.
import { parseDocument, type Document } from 'yaml';
import { outlineFromTree, parseText, pointLocator, type Outline, type Point } from '../docmodel/index.ts';
import { bodyBlocks, frontmatterBlocks, type TextBlock } from './text.ts';

/** What a file is, by its folder under content/ or, outside it, by its frontmatter block. */
export type ContentKind = 'exemplar' | 'template' | 'guidance' | 'other';

export interface FileLike {
  path?: string;
  value: unknown;
  data: Record<string, unknown>;
}

export interface TreeLike {
  type: string;
  value?: string;
  children?: TreeLike[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

export interface LintContext {
  source: string;
  kind: ContentKind;
  /** Parsed frontmatter, `undefined` when the file has none, `null` when its YAML is broken. */
  frontmatter: Record<string, unknown> | null | undefined;
  /** The frontmatter node, for positions. */
  frontmatterNode?: TreeLike;
  /** The content folder (exemplars, templates, guidance) when the file is under content/. */
  folder?: 'exemplars' | 'templates' | 'guidance';
  outline: () => Outline;
  /** Reader-facing text blocks: body, component attributes, frontmatter fields. */
  texts: () => TextBlock[];
  /** Source offset → line/column. */
  toPoint: (offset: number) => Point;
}

const FOLDER = /(?:^|[\\/])content[\\/](exemplars|templates|guidance)[\\/]/;
const KIND_OF_FOLDER = { exemplars: 'exemplar', templates: 'template', guidance: 'guidance' } as const;

function kindOf(folder: LintContext['folder'], fm: LintContext['frontmatter']): ContentKind {
  if (folder) return KIND_OF_FOLDER[folder];
  if (fm && typeof fm === 'object') {
    if ('exemplar' in fm) return 'exemplar';
    if ('templateSpec' in fm) return 'template';
    if ('guidance' in fm) return 'guidance';
  }
  return 'other';
}

/** The shared, lazily computed view of one file. */
export function lintContext(tree: unknown, file: FileLike): LintContext {
  const cached = file.data.jingjian as LintContext | undefined;
  if (cached) return cached;
  const root = tree as TreeLike;
  const source = String(file.value);
  const node = root.children?.find((n) => n.type === 'yaml');
  let frontmatter: LintContext['frontmatter'];
  let doc: Document | undefined;
  if (node) {
    doc = parseDocument(node.value ?? '');
    const data = doc.errors.length ? undefined : doc.toJS();
    frontmatter = doc.errors.length ? null : data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : data == null ? {} : null;
  }
  const folder = FOLDER.exec(file.path ?? '')?.[1] as LintContext['folder'];
  let outline: Outline | undefined;
  let texts: TextBlock[] | undefined;
  let toPoint: ((offset: number) => Point) | undefined;
  const context: LintContext = {
    source,
    kind: kindOf(folder, frontmatter),
    frontmatter,
    ...(node ? { frontmatterNode: node } : {}),
    ...(folder ? { folder } : {}),
    outline: () => {
      const title = frontmatter?.title;
      const plain = (root as { data?: { plainText?: boolean } }).data?.plainText;
      outline ??= plain ? parseText(source) : outlineFromTree(tree, source, typeof title === 'string' ? { title } : {});
      return outline;
    },
    texts: () => (texts ??= [...(doc && !doc.errors.length ? frontmatterBlocks(node, doc, source) : []), ...bodyBlocks(tree, source)]),
    toPoint: (offset) => (toPoint ??= pointLocator(source))(offset),
  };
  file.data.jingjian = context;
  return context;
}

/** Visits every node without recursion (hostile input may nest thousands of levels deep). */
export function forEachNode(tree: unknown, visit: (node: TreeLike) => void): void {
  const stack: TreeLike[] = [tree as TreeLike];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
