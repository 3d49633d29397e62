// The linter parses a file that cannot hold a bare web or e-mail address, or a table, with a
// processor that skips remark-gfm's literal-autolink pass or its table construct
// (src/lint/processor.ts). Whatever the file, the tree must be the one the full parse gives:
// the rules see the same links, tables and text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ALL_SYNTAX, lintProcessor, syntaxNeeds, type SyntaxNeeds } from '../../src/lint/processor.ts';
import { loadPool, syntheticExemplar } from '../../scripts/lib/synthetic-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function treeOf(source: string, needs: SyntaxNeeds = ALL_SYNTAX): unknown {
  return lintProcessor('mdx', {}, needs).parse(new VFile({ path: 'x.mdx', value: source }));
}

const contentFiles = ['exemplars', 'templates', 'guidance'].flatMap((folder) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(ROOT, 'content', folder, f), 'utf8')),
);

// Each made a link by the full parse; the last three only by the pass itself (after a
// full-width comma, or spelt with character references).
const addresses = ['材料见 www.example.gov.cn 上的通知。', '请发送至 office@example.cn。', '访问 HTTPS://EXAMPLE.CN/a。', '见通知，www.example.gov.cn', '邮箱写作 office&#64;example.cn。', '网址 &#119;ww.example.cn。'];

// Each a table by the full parse: with pipes, and with one column whose delimiter row holds only an alignment colon.
const tables = ['| 类别 | 数量 |\n| --- | --- |\n| 问题 | 3 |\n', '类别 | 数量\n--- | ---\n问题 | 3\n', '整改事项\n:--\n已完成\n', '整改事项\n--:\n已完成\n'];

describe('parsing with twin processors that skip optional syntax', () => {
  it('gives every content file and synthetic exemplar the tree of the full parse', () => {
    expect(contentFiles.length).toBeGreaterThan(5);
    const pool = loadPool();
    const synthetic = Array.from({ length: 20 }, (_, i) => syntheticExemplar(i, pool));
    const skipping = [...contentFiles, ...synthetic].filter((s) => !syntaxNeeds(s).tables);
    // The skipping twin is really used: most documents hold no table.
    expect(skipping.length).toBeGreaterThan(20);
    for (const source of [...contentFiles, ...synthetic]) expect(treeOf(source, syntaxNeeds(source))).toEqual(treeOf(source));
  });

  it('keeps the autolink pass wherever an address or a character reference could make a link', () => {
    for (const text of addresses) {
      expect(syntaxNeeds(text).literalAutolinks).toBe(true);
      expect(JSON.stringify(treeOf(text))).toContain('"type":"link"');
    }
  });

  it('keeps the table construct wherever a table could be', () => {
    for (const text of tables) {
      expect(syntaxNeeds(text).tables, text).toBe(true);
      expect(JSON.stringify(treeOf(text)), text).toContain('"type":"table"');
    }
  });

  it('skips both on text that can hold neither', () => {
    const text = '按照民主生活会要求，认真查摆问题，深刻剖析原因。邮箱和网址都已删去。\n\n---\n\n整改事项\n---\n';
    expect(syntaxNeeds(text)).toEqual({ literalAutolinks: false, tables: false });
    expect(treeOf(text, syntaxNeeds(text))).toEqual(treeOf(text));
    // The twins really lack the pass and the construct: what only they make stays plain text there.
    expect(JSON.stringify(treeOf('见通知，www.example.gov.cn', { literalAutolinks: false, tables: true }))).not.toContain('"type":"link"');
    expect(JSON.stringify(treeOf(tables[0]!, { literalAutolinks: true, tables: false }))).not.toContain('"type":"table"');
  });
});
