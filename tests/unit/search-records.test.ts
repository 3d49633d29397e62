// What the search index holds for each page and the paragraph hits the API lists: built from
// content files with the document model (anchors, sections, template sections, ranking).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchDocs } from '../../src/search/records.ts';
import { readContentFiles } from '../../src/content-files.ts';
import { hitsIn } from '../../src/search/match.ts';
import { normalize } from '../../src/search/tokenize.ts';
import { shardsOf } from '../../src/search/build-index.ts';
import type { SearchDoc } from '../../src/search/types.ts';

const TEMPLATE = `---
title: 测试模板
templateSpec:
  id: test-template
  docType: leadership
  variant: 测试
  status: experimental
  source:
    publisher: 新华社某地某年某月某日电，报道某次会议
    quote: 一是带头甲方面，二是带头乙方面
    note: 以通知为准。
  sections:
    - { id: opening, title: 开头, level: 0, purpose: 开头 }
    - { id: problems, title: 存在的问题, level: 1, match: [问题], purpose: 查摆 }
    - { id: causes, title: 原因剖析, level: 1, match: [原因], purpose: 剖析 }
---

【单位名称】按照要求，认真查摆两个确立方面的问题。
`;

const exemplar = (year: number, title: string) => `---
title: ${title}
exemplar:
  docType: leadership
  follows: test-template
  year: ${year}
  theme: 测试主题
  subject: 班子
  source: 单元测试用例
  status: experimental
---

按照要求，认真开展对照检查。

一、存在的问题

（一）在带头深刻感悟“两个确立”的决定性意义方面

一是对“两个确立”的理解不深。落实一岗双责不到位。

二是红红脸、出出汗的氛围不浓。

二、原因剖析

理论学习不深入，对“两个 确立”的认识不到位。
`;

const GUIDANCE = `---
title: 查摆问题
guidance:
  topic: 查摆问题
  status: experimental
---

开头说明。

## 怎么写

要写清两个确立方面的事例。

## 怎么写

再说一遍两个确立。
`;

let dir: string;
let docs: SearchDoc[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jj-search-'));
  for (const sub of ['templates', 'exemplars', 'guidance']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'templates/test-template.mdx'), TEMPLATE);
  writeFileSync(join(dir, 'exemplars/old.mdx'), exemplar(2020, '二〇二〇年材料'));
  writeFileSync(join(dir, 'exemplars/new.mdx'), exemplar(2022, '二〇二二年材料'));
  writeFileSync(join(dir, 'guidance/problems.mdx'), GUIDANCE);
  writeFileSync(join(dir, 'guidance/_draft.mdx'), GUIDANCE);
  docs = searchDocs(readContentFiles(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const phrase = (q: string) => normalize(q).text;

describe('search documents', () => {
  it('ranks exemplars first (newest year first), then templates, then guidance', () => {
    expect(docs.map((d) => d.url)).toEqual(['exemplars/new/', 'exemplars/old/', 'templates/test-template/', 'guidance/problems/']);
  });

  it("uses the document model's paragraph ids as anchors, and labels each paragraph's section", () => {
    const hits = hitsIn(docs[0]!, phrase('一岗双责'), { base: '/' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.anchor).toMatch(/^s1-1-p\d+$/);
    expect(hits[0]!.section).toBe('一、存在的问题 › （一）在带头深刻感悟“两个确立”的决定性意义方面');
    expect(hits[0]!.sectionKey).toBe('problems');
    expect(hits[0]!.url).toBe(`/exemplars/new/?hl=${encodeURIComponent('一岗双责')}#${hits[0]!.anchor}`);
  });

  it('lists every paragraph with the phrase, the heading included, with the phrase as written', () => {
    const hits = hitsIn(docs[0]!, phrase('两个确立'), { base: '/jingjian/' });
    expect(hits.map((h) => h.sectionKey)).toEqual(['problems', 'problems', 'causes']);
    expect(hits[1]!.count).toBe(1);
    // Whitespace inside the phrase in the text does not hide it, and the excerpt keeps it.
    expect(hits[2]!.excerpt.match).toBe('两个 确立');
    expect(hits[2]!.page).toBe('/jingjian/exemplars/new/');
  });

  it('keeps only the paragraphs of the requested template section', () => {
    const hits = hitsIn(docs[0]!, phrase('两个确立'), { base: '/', section: 'causes' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.section).toBe('二、原因剖析');
  });

  it('finds the page title and nothing for an absent phrase', () => {
    expect(hitsIn(docs[0]!, phrase('二〇二二年'), { base: '/' })[0]!.anchor).toBe('');
    expect(hitsIn(docs[0]!, phrase('两个确定'), { base: '/' })).toEqual([]);
  });

  it('links guidance paragraphs to the heading above them (ids as Astro writes them)', () => {
    const guidance = docs.find((d) => d.kind === 'guidance')!;
    expect(hitsIn(guidance, phrase('两个确立'), { base: '/' }).map((h) => h.anchor)).toEqual(['怎么写', '怎么写-1']);
  });

  it("finds the words of a template's source of its aspects, linked to that box on the page", () => {
    const template = docs.find((d) => d.kind === 'template')!;
    for (const words of ['报道某次会议', '带头乙方面', '以通知为准']) {
      const hits = hitsIn(template, phrase(words), { base: '/' });
      expect(hits.map((h) => [h.anchor, h.section]), words).toEqual([['template-source', '方面的出处']]);
    }
  });

  it('cuts an excerpt around the phrase', () => {
    const long = { ...docs[0]!, units: [['p1', -1, '甲'.repeat(100) + '两个确立' + '乙'.repeat(100)]] as SearchDoc['units'] };
    const [hit] = hitsIn(long, phrase('两个确立'), { base: '/' });
    expect(hit!.excerpt.before).toBe('…' + '甲'.repeat(40));
    expect(hit!.excerpt.after).toBe('乙'.repeat(40) + '…');
  });
});

describe('index shards', () => {
  it('splits the ranked pages into contiguous shards of nearly equal size', () => {
    const pages = Array.from({ length: 2016 }, (_, i) => i);
    const shards = shardsOf(pages, 1024);
    expect(shards.map((s) => s.length)).toEqual([1008, 1008]);
    expect(shards.flat()).toEqual(pages);
    expect(shardsOf([1, 2, 3], 1024)).toEqual([[1, 2, 3]]);
  });
});
