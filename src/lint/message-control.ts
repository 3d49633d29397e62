// `{/* lint ignore rule-id */}` comments: remark-message-control, with a shortcut for the
// files that hold no such comment. There the library only drops our messages that fall in a
// gap of the tree (a stretch of source no node covers, such as the end of a file after its
// last node): unist-util-visit-parents renames a closure for every node it visits, and the
// library's two walks cost ~7% of checking 2,000 files. The shortcut finds the same gaps in
// one plain loop and drops the same messages; a file with a comment goes through the library.
import type { Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { forEachNode, type TreeLike } from './context.ts';

export interface MessageControlOptions {
  /** The comments' keyword (`lint`). */
  name: string;
  /** The messages' source that the comments control. */
  source: string;
  known: string[];
}

/**
 * The stretches [start, end) of source that no node covers after a node without a position,
 * and after the last node: unified-message-control's detectGaps(), the nodes visited in the
 * same order (pre-order, children in order).
 */
export function gapsOf(tree: TreeLike): Array<[number, number]> {
  const end = tree.position?.end?.offset;
  let offset = 0;
  let gap = false;
  const gaps: Array<[number, number]> = [];
  const update = (latest: number | null | undefined) => {
    if (latest === null || latest === undefined) gap = true;
    else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  };
  forEachNode(tree, (node) => {
    update(node.position?.start?.offset);
    if (!('children' in node)) update(node.position?.end?.offset);
  });
  if (typeof end === 'number' && offset !== end) {
    update(undefined);
    update(end);
  }
  return gaps;
}

export default function messageControl(options: MessageControlOptions) {
  const withComments = remarkMessageControl(options);
  return (tree: Root, file: VFile): void => {
    // A comment names its keyword in the source as written (an HTML comment's or an MDX
    // expression's value is the raw text): without the word, no node is a marker.
    if (String(file.value).includes(options.name)) {
      withComments(tree, file);
      return;
    }
    const ours = file.messages.filter((m) => m.source === options.source);
    if (!ours.length) return;
    const gaps = gapsOf(tree as unknown as TreeLike);
    const toOffset = location(file).toOffset;
    file.messages = file.messages.filter((m) => {
      if (m.source !== options.source) return true;
      // As the library does: a message without a place counts as at 1:1.
      if (!m.line) m.line = 1;
      if (!m.column) m.column = 1;
      const at = toOffset({ line: m.line, column: m.column });
      return !gaps.some(([start, stop]) => at !== undefined && start <= at && stop > at);
    });
  };
}
