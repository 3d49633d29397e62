// The linter parses a file that cannot hold a bare web or e-mail address with a processor that
// skips remark-gfm's literal-autolink pass (src/lint/processor.ts). Whatever the file, the tree
// must be the one the full pass gives: the rules see the same links and the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { lintProcessor, mayHoldLiteralAutolinks } from '../../src/lint/processor.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function treeOf(source: string, literalAutolinks: boolean): unknown {
  return lintProcessor('mdx', {}, literalAutolinks).parse(new VFile({ path: 'x.mdx', value: source }));
}

const contentFiles = ['exemplars', 'templates', 'guidance'].flatMap((folder) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(ROOT, 'content', folder, f), 'utf8')),
);

// Each made a link by the full parse; the last three only by the pass itself (after a
// full-width comma, or spelt with character references).
const addresses = ['材料见 www.example.gov.cn 上的通知。', '请发送至 office@example.cn。', '访问 HTTPS://EXAMPLE.CN/a。', '见通知，www.example.gov.cn', '邮箱写作 office&#64;example.cn。', '网址 &#119;ww.example.cn。'];

describe('parsing without the literal-autolink pass', () => {
  it('gives every content file the tree of the full parse', () => {
    expect(contentFiles.length).toBeGreaterThan(5);
    for (const source of contentFiles) expect(treeOf(source, mayHoldLiteralAutolinks(source))).toEqual(treeOf(source, true));
  });

  it('keeps the pass wherever an address or a character reference could make a link', () => {
    for (const text of addresses) {
      expect(mayHoldLiteralAutolinks(text)).toBe(true);
      expect(JSON.stringify(treeOf(text, true))).toContain('"type":"link"');
    }
  });

  it('skips it on text that can hold none', () => {
    const text = '按照民主生活会要求，认真查摆问题，深刻剖析原因。邮箱和网址都已删去。';
    expect(mayHoldLiteralAutolinks(text)).toBe(false);
    expect(treeOf(text, false)).toEqual(treeOf(text, true));
    // The twin really lacks the pass: an address only the pass links stays plain text there.
    expect(JSON.stringify(treeOf('见通知，www.example.gov.cn', false))).not.toContain('"type":"link"');
  });
});
