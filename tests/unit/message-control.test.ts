// A file without a `lint` comment skips remark-message-control's tree walks
// (src/lint/message-control.ts): the messages it keeps and drops must be the library's, in
// particular those in a gap of the tree (after the last node, after a node without a position).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import remarkMessageControl from 'remark-message-control';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { forEachNode, type TreeLike } from '../../src/lint/context.ts';
import messageControl, { gapsOf } from '../../src/lint/message-control.ts';
import { lintProcessor, syntaxNeeds } from '../../src/lint/processor.ts';
import { lintSource } from '../../src/lint/lint.ts';
import { RULE_IDS } from '../../src/lint/preset.ts';
import { loadPool, syntheticExemplar } from '../../scripts/lib/synthetic-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OPTIONS = { name: 'lint', source: 'jingjian', known: RULE_IDS };

const contentFiles = ['exemplars', 'templates', 'guidance'].flatMap((folder) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(ROOT, 'content', folder, f), 'utf8')),
);

// Shapes with gaps: trailing blank lines, addresses made links by a pass that gives them no
// position, comments that are no markers, frontmatter alone, nothing at all.
const crafted = [
  '段落一。\n\n\n\n',
  '材料见 www.example.gov.cn 上的通知，或发送至 office@example.cn。\n\n第二段。\n',
  '<!-- 这是注释 -->\n\n正文。\n',
  '{/* 说明 */}\n\n正文。\n',
  '---\ntitle: 标题\n---\n',
  '',
  '   \n\n',
];

/** Messages of our source at every node's start and end, after the end, without a place, and one of another source. */
function messagesFor(source: string): { tree: unknown; file: () => VFile } {
  // An HTML comment is Markdown (MDX has none).
  const syntax = source.startsWith('<!--') ? 'md' : 'mdx';
  const tree = lintProcessor(syntax, {}, syntaxNeeds(source)).parse(new VFile({ path: `x.${syntax}`, value: source }));
  const places: Array<{ line: number; column: number } | undefined> = [undefined];
  forEachNode(tree, (node: TreeLike) => {
    if (node.position) places.push(node.position.start, node.position.end);
  });
  const lines = source.split('\n');
  places.push({ line: lines.length, column: lines[lines.length - 1]!.length + 1 });
  const file = () => {
    const f = new VFile({ path: 'x.mdx', value: source });
    places.forEach((place, i) => f.message(`m${i}`, { ...(place ? { place } : {}), source: 'jingjian', ruleId: 'numbering' }));
    f.message('other', { place: { line: 1, column: 1 }, source: 'other', ruleId: 'x' });
    return f;
  };
  return { tree, file };
}

const kept = (f: VFile) => f.messages.map((m) => `${m.reason}@${m.line}:${m.column}`);

describe('lint comments: the shortcut for files without one', () => {
  it('keeps and drops the messages remark-message-control keeps and drops', () => {
    const pool = loadPool();
    const synthetic = Array.from({ length: 10 }, (_, i) => syntheticExemplar(i, pool));
    let dropped = 0;
    for (const source of [...contentFiles, ...synthetic, ...crafted]) {
      const { tree, file } = messagesFor(source);
      const library = file();
      remarkMessageControl(OPTIONS)(tree as never, library);
      const ours = file();
      messageControl(OPTIONS)(tree as never, ours);
      expect(kept(ours), source.slice(0, 40)).toEqual(kept(library));
      dropped += ours.messages.length < file().messages.length ? 1 : 0;
    }
    // The comparison covers files where the gaps do drop messages.
    expect(dropped).toBeGreaterThan(5);
  });

  it('finds the gap after the last node and after a node without a position', () => {
    const gaps = (source: string) => gapsOf(lintProcessor('mdx', {}, syntaxNeeds(source)).parse(new VFile({ value: source })) as TreeLike);
    expect(gaps('段落。\n\n\n')).toEqual([[3, 6]]);
    const made = { type: 'root', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 1, offset: 9 } }, children: [{ type: 'text', value: 'a' }, { type: 'text', value: 'b', position: { start: { line: 2, column: 1, offset: 5 }, end: { line: 2, column: 2, offset: 6 } } }] };
    expect(gapsOf(made)).toEqual([[0, 5], [6, 9]]);
  });

  it('still applies a lint comment (the library path)', () => {
    const source = '---\ntitle: 标题\n---\n\n{/* lint ignore punctuation */}\n\n整改落实,不到位。\n\n整改落实,不到位。\n';
    const messages = lintSource('other/x.mdx', source).file.messages.filter((m) => m.ruleId === 'punctuation');
    expect(messages.map((m) => m.line)).toEqual([9]);
  });
});
