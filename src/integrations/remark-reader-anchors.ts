// Remark plugin: gives every annotation, 可用/慎用 box, example (code) block and table of a
// content page the id the search index links to (ids from src/search/anchors.ts, computed on
// the same tree), so a search hit opens the page at that very block.
import { readerBlocks, type MdNode } from '../search/anchors.ts';

interface FileLike {
  path?: string;
}

const CONTENT = /[\\/]content[\\/](exemplars|templates|guidance)[\\/]/;

export function remarkReaderAnchors() {
  return (tree: unknown, file: FileLike) => {
    if (!file.path || !CONTENT.test(file.path)) return;
    for (const block of readerBlocks(tree as MdNode)) {
      const node = block.node;
      if (node.type === 'code') {
        // Expressive Code re-renders <pre>, dropping its attributes: wrap the block instead.
        const inner = { ...node };
        for (const key of Object.keys(node)) delete (node as unknown as Record<string, unknown>)[key];
        Object.assign(node, { type: 'readerAnchor', children: [inner], data: { hName: 'div', hProperties: { id: block.id, className: ['jj-block'] } } });
      } else if (node.type === 'table') {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: block.id } };
      } else {
        (node.attributes ??= []).push({ type: 'mdxJsxAttribute', name: 'id', value: block.id });
      }
    }
  };
}
