// What the search index holds from the site's own content, beyond exemplar paragraphs: the
// annotations, the templates' section requirements and the guidance pages' 可用/慎用 boxes,
// examples and tables, each linked to its own element; and the fallback that ignores
// punctuation when a phrase is typed with other punctuation than the text has.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { searchDocs } from '../../src/search/records.ts';
import { readContentFiles } from '../../src/content-files.ts';
import { hitsIn } from '../../src/search/match.ts';
import { looseText, normalize } from '../../src/search/tokenize.ts';
import { KIND_ORDER } from '../../src/search/types.ts';

const docs = searchDocs(readContentFiles(resolve(import.meta.dirname, '../../content')));
const base = { base: '/' };
const find = (url: string, kind: string) => docs.find((d) => d.url === url && d.kind === kind)!;
const hitsOf = (phrase: string, loose = false) => docs.flatMap((d) => hitsIn(d, loose ? looseText(phrase) : normalize(phrase).text, { ...base, loose }));

describe('search documents of the site', () => {
  it('ranks exemplar text first, then annotations, templates and guidance', () => {
    const kinds = docs.map((d) => KIND_ORDER.indexOf(d.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(KIND_ORDER));
  });

  it('links a 慎用 example on a guidance page to its own box', () => {
    const hits = hitsOf('被动机械执行的多，主动执行的少').filter((h) => h.kind === 'guidance');
    expect(hits.map((h) => h.url)).toContain('/guidance/causes/?hl=%E8%A2%AB%E5%8A%A8%E6%9C%BA%E6%A2%B0%E6%89%A7%E8%A1%8C%E7%9A%84%E5%A4%9A%EF%BC%8C%E4%B8%BB%E5%8A%A8%E6%89%A7%E8%A1%8C%E7%9A%84%E5%B0%91#dont-2');
    expect(hits.find((h) => h.anchor === 'dont-2')!.section).toBe('可用与慎用');
  });

  it('links a template requirement to its item, labelled by the template section', () => {
    const hits = hitsOf('多次检查了解听取整改工作进展情况').filter((h) => h.kind === 'template');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.anchor).toBe('t-leader-responsibility-weak-1');
    expect(hits[0]!.section).toBe('提纲与各部分要求 › 主要负责人组织落实情况');
    expect(hits[0]!.sectionKey).toBe('leader-responsibility');
  });

  it('indexes annotations (reason, before and after) as their own documents, after exemplar text', () => {
    const notes = find('exemplars/leadership-2021-dangshi-district-bureau/', 'annotation');
    const hits = hitsIn(notes, normalize('党史学习教肓').text, base);
    expect(hits[0]!.anchor).toMatch(/^note-\d+$/);
    expect(hits[0]!.section).toContain('原因');
    // The corrected exemplar text does not contain the typo; only the annotation does.
    expect(hitsIn(find('exemplars/leadership-2021-dangshi-district-bureau/', 'exemplar'), normalize('党史学习教肓').text, base)).toEqual([]);
  });

  it('indexes example blocks and tables of guidance pages', () => {
    const table = hitsOf('自认为经得起考验').find((h) => h.kind === 'guidance')!;
    expect(table.anchor).toBe('table-1');
    const example = docs.filter((d) => d.kind === 'guidance').flatMap((d) => d.units).filter(([a]) => a.startsWith('example-'));
    expect(example.length).toBeGreaterThan(5);
  });
});

describe('punctuation-forgiving comparison', () => {
  it('ignores punctuation, spaces and width, and nothing else', () => {
    expect(looseText('红红脸，出出汗')).toBe(looseText('红红脸、出出汗'));
    expect(looseText('“两个 确立”')).toBe('两个确立');
    expect(looseText('ＧＢ／Ｔ　９７０４')).toBe(looseText('GB/T 9704'));
    expect(looseText('红红脸、出出汗')).not.toBe(looseText('红红脸、出汗'));
  });

  it('finds the text as written, marked not exact, and highlights what the page says', () => {
    expect(hitsOf('红红脸，出出汗')).toEqual([]);
    const loose = hitsOf('红红脸，出出汗', true);
    expect(loose.length).toBeGreaterThan(0);
    for (const h of loose) {
      expect(h.exact).toBe(false);
      expect(looseText(h.excerpt.match)).toBe('红红脸出出汗');
      expect(decodeURIComponent(/\?hl=([^#]+)/.exec(h.url)![1]!)).toBe(h.excerpt.match);
    }
    expect(loose.map((h) => h.excerpt.match)).toContain('红红脸、出出汗');
  });
});
