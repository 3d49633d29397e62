// One frontmatter split for every tool: the body and the data are the same whoever reads them.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-files.ts';
import { frontmatterData, splitFrontmatter } from '../../src/schemas/frontmatter.ts';

describe('frontmatter', () => {
  it('splits LF and CRLF files at the closing line, body without its line break', () => {
    for (const nl of ['\n', '\r\n']) {
      const source = ['---', 'title: 标题', '---', '一、正文'].join(nl);
      const split = splitFrontmatter(source);
      expect(split.yaml).toBe('title: 标题');
      expect(split.body).toBe('一、正文');
      expect(source.slice(split.end)).toBe(`${nl}一、正文`);
    }
  });

  it('gives a file without frontmatter back whole, with empty data', () => {
    expect(splitFrontmatter('一、正文\n---\n')).toEqual({ yaml: undefined, end: 0, body: '一、正文\n---\n' });
    expect(frontmatterData('一、正文')).toEqual({});
  });

  it('throws on broken YAML, so the checker can say where', () => {
    expect(() => frontmatterData('---\ntitle: [未闭合\n---\n')).toThrow();
  });

  it('reads content pages with ids and data, skipping "_" partials and broken YAML safely', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jj-content-'));
    mkdirSync(join(dir, 'guidance'));
    writeFileSync(join(dir, 'guidance', 'a.mdx'), '---\ntitle: 甲\n---\n正文');
    writeFileSync(join(dir, 'guidance', '_part.mdx'), '---\ntitle: 片段\n---\n');
    writeFileSync(join(dir, 'guidance', 'b.md'), '---\ntitle: [坏\n---\n正文');
    const files = readContentFiles(dir);
    expect(files.map((f) => [f.id, f.data.title])).toEqual([['guidance/a', '甲'], ['guidance/b', undefined]]);
  });
});
