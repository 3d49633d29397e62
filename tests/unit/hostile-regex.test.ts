// Super-linear regular expressions: every text the checker and the importer read goes through
// their regexes, so each adversarial shape below (~100,000 characters, the kinds that make a
// backtracking engine rescan from every position) must be checked and imported well within
// a generous ceiling.
import { beforeAll, describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/lint.ts';
import { readSource, exemplarDraft } from '../../src/import/read.ts';

const N = 100_000;
const ADVERSARIAL: Record<string, string> = {
  'a run of Latin letters with no @': 'a'.repeat(N),
  'letters and dots (a mail address that never ends)': 'a.'.repeat(N / 2),
  'many @ signs': 'a@'.repeat(N / 2),
  'a run of digits': '1'.repeat(N),
  'digits and dashes (a phone number that never ends)': '1-'.repeat(N / 2),
  'www. and dots': 'www.' + 'a.'.repeat(N / 2),
  'unclosed full-width brackets': '（'.repeat(N),
  'unclosed quotes': '“'.repeat(N),
  'straight quotes': '"'.repeat(N),
  'half-width commas in Chinese': '问,'.repeat(N / 2),
  'dots (an ellipsis that never ends)': '.'.repeat(N),
  'numbering markers without text': '一、'.repeat(N / 2),
  'one-shi runs': '一是'.repeat(N / 2),
  'unclosed placeholder brackets': '【'.repeat(N),
  'x placeholders': '×'.repeat(N),
  'spaces and ideographic spaces': '正文' + ' \u3000'.repeat(N / 2) + '正文',
  'place-name suffixes': '省市县区'.repeat(N / 4),
  'a street address that never ends': '路'.repeat(N / 2) + '1'.repeat(N / 2),
};

// Generous: the suite shares two cores with the browser tests; a quadratic case takes minutes.
const CEILING_MS = 10_000;

describe('adversarial text is checked and imported in bounded time', () => {
  // Dictionaries and models load on first use: not what is measured here.
  beforeAll(async () => {
    lintSource('warm.md', '一、存在的问题\n（一）学习不够。\n');
    exemplarDraft(await readSource('warm.txt', new TextEncoder().encode('一、存在的问题\n（一）学习不够。\n')));
  }, 60_000);

  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`${name}: the checker and the importer finish under ${CEILING_MS / 1000} s`, async () => {
      let start = performance.now();
      const { file } = lintSource('draft.md', text + '\n');
      const lintMs = performance.now() - start;
      expect(file.messages.every((m) => typeof m.reason === 'string')).toBe(true);
      start = performance.now();
      const source = await readSource('draft.txt', new TextEncoder().encode(text + '\n'));
      exemplarDraft(source);
      const importMs = performance.now() - start;
      expect(lintMs, 'checker').toBeLessThan(CEILING_MS);
      expect(importMs, 'importer').toBeLessThan(CEILING_MS);
    }, 60_000);
  }
});
