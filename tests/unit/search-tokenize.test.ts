// The one tokenizer of the search, used by the index builder and by the browser API. These
// tests check it against a reference of Pagefind's quoted search (tokens at consecutive
// positions), which is how the built site finds a phrase.
import { describe, expect, it } from 'vitest';
import { normalize, pagefindQuery, phraseTokens, recordContent } from '../../src/search/tokenize.ts';

/** Pagefind's quoted search over one record: every token of the query at consecutive positions. */
function quotedSearch(content: string, query: string): boolean {
  const words = content.split(' ');
  const tokens = phraseTokens(query);
  if (!tokens.length) return false;
  return words.some((_, p) => tokens.every((t, k) => words[p + k] === t));
}

const PARAGRAPHS = [
  '一是在学习贯彻落实“两个确立”上还有不足。能够充分认识到学习贯彻落实“两个确立”的极端重要性。',
  '批评和自我批评不够深入，红红脸、出出汗的氛围还不够浓厚，落实一岗双责有差距。',
  '对学懂弄通做实习近平新时代中国特色社会主义思想下功夫不够',
];
const content = recordContent(PARAGRAPHS);

describe('phrase search over the record tokens', () => {
  it('finds every substring of every paragraph (the index and the query use the same function)', () => {
    for (const p of PARAGRAPHS) {
      for (let start = 0; start < p.length; start++) {
        for (let len = 1; len <= 12 && start + len <= p.length; len++) {
          const q = p.slice(start, start + len);
          expect(quotedSearch(content, q), q).toBe(true);
        }
      }
    }
  });

  it('finds nothing for phrases absent from the text, even when all their characters occur', () => {
    for (const q of ['两个确定', '确立两个', '红红脸，出出汗', '量子纠缠', '做实学懂', '不足能够']) {
      expect(quotedSearch(content, q), q).toBe(false);
    }
  });

  it('does not match across two paragraphs', () => {
    // "思想下功夫不够" ends the third paragraph; the first begins with "一是".
    const joined = recordContent(['甲乙丙', '丁戊己']);
    expect(quotedSearch(joined, '丙丁')).toBe(false);
    expect(quotedSearch(joined, '乙丙')).toBe(true);
    expect(quotedSearch(joined, '丁戊')).toBe(true);
  });

  it('finds a one-character query, including a character that only ends a paragraph', () => {
    expect(quotedSearch(content, '够')).toBe(true); // last character of the third paragraph
    expect(quotedSearch(recordContent(['甲乙丙']), '丙')).toBe(true);
    expect(quotedSearch(recordContent(['甲乙丙']), '丁')).toBe(false);
    expect(phraseTokens('党')).toHaveLength(1);
  });

  it('finds two characters at the very end of a paragraph', () => {
    expect(quotedSearch(recordContent(['甲乙丙']), '乙丙')).toBe(true);
  });
});

describe('normalisation', () => {
  it('ignores whitespace and folds Latin letters and digits, but keeps Chinese punctuation', () => {
    expect(normalize(' 两个 确立\n').text).toBe('两个确立');
    expect(normalize('ＧＢ／Ｔ ９７０４').text).toBe('gb／t9704');
    expect(phraseTokens('红红脸、出出汗')).not.toEqual(phraseTokens('红红脸，出出汗'));
    expect(quotedSearch(recordContent(['执行 GB/T 9704 标准']), 'gb/t9704')).toBe(true);
  });

  it('maps each normalised character back to its place in the original text', () => {
    const n = normalize('两个 确立');
    expect(n.offsets).toEqual([0, 1, 3, 4]);
  });

  it('handles characters outside the Basic Multilingual Plane', () => {
    const rare = '𠀀𠀁丙';
    expect(quotedSearch(recordContent([rare]), '𠀁丙')).toBe(true);
    expect(quotedSearch(recordContent([rare]), '𠀁')).toBe(true);
  });
});

describe('tokens survive every segmenter', () => {
  it('are lowercase ASCII letters and digits, so Pagefind indexes them as written', () => {
    for (const w of content.split(' ')) expect(w).toMatch(/^([0-9a-z]{4}|[0-9a-z]{8}|-)$/);
  });

  it("stay whole under the browser's Chinese word segmenter (Pagefind splits queries with it on zh pages)", () => {
    const term = pagefindQuery('学懂弄通做实')!.replace(/"/g, '');
    const segments = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
    expect(segments).toEqual(term.split(' '));
  });

  it('makes a quoted (exact) Pagefind query, or none for an empty phrase', () => {
    expect(pagefindQuery('两个确立')).toMatch(/^"[0-9a-z]{8}( [0-9a-z]{8}){2}"$/);
    expect(pagefindQuery('  \n')).toBeNull();
  });
});
