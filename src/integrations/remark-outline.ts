// Remark plugin: reads each template and exemplar with the document model and writes what the
// model found into the page: stable anchor ids on every section and paragraph, heading
// elements for standalone numbered headings, and a styled span for run-in titles.
import { outlineFromTree } from '../docmodel/index.ts';
import type { Section } from '../docmodel/index.ts';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}
interface FileLike {
  path?: string;
  value: unknown;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const MODELLED = /[\\/]content[\\/](exemplars|templates)[\\/]/;

function setProps(node: MdNode, props: Record<string, unknown>): void {
  node.data ??= {};
  node.data.hProperties = { ...node.data.hProperties, ...props };
}

/** Wraps the marker and run-in title ("（一）思想锤炼不够。") in a span styled per level. */
function wrapRunInTitle(paragraph: MdNode, section: Section): void {
  const first = paragraph.children?.[0];
  if (!first || first.type !== 'text' || !first.value) return;
  const stop = first.value.search(/[。！？]/);
  if (stop === -1) return;
  const head = first.value.slice(0, stop + 1);
  if (!head.includes(section.title)) return;
  const titleNode: MdNode = {
    type: 'runInTitle',
    children: [{ type: 'text', value: head }],
    data: { hName: 'span', hProperties: { className: ['gw-runin'] } },
  };
  paragraph.children!.splice(0, 1, titleNode, { type: 'text', value: first.value.slice(stop + 1) });
}

export function remarkOutline() {
  return (tree: MdNode, file: FileLike) => {
    if (!file.path || !MODELLED.test(file.path)) return;
    const title = file.data.astro?.frontmatter?.title;
    const outline = outlineFromTree(tree, String(file.value), typeof title === 'string' ? { title } : {});
    for (const node of outline.nodes) {
      const md = node.block?.node as MdNode | undefined;
      if (!md) continue;
      if (node.type === 'paragraph') {
        setProps(md, { id: node.id, className: ['gw-p'] });
        continue;
      }
      setProps(md, { id: node.id, className: [`gw-l${node.level}`] });
      if (md.type === 'paragraph' && !node.runIn && node.number > 0) {
        // A numbered line standing alone is a heading: h2 for 一、, h3 for （一）, …
        md.type = 'heading';
        md.depth = Math.min(6, node.level + 1);
      } else if (node.runIn && md.type === 'paragraph') {
        wrapRunInTitle(md, node);
      }
    }
  };
}
