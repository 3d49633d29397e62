// Real typos: the single-character corrections the exemplars record (<Annotation
// kind="correction" was="…" now="…">, one Han character changed), looked up in the raw seed
// documents (../shared/seeds, beside the repository) and judged at that character, by rule.
// The hand-kept lists (wording, confusables) were written from these seeds, so the figure is
// split: what the lists find, and what the misspelling model finds without them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintSource } from '../../src/lint/lint.ts';
import { exemplarFiles, messagePlaces } from './mutation-score.ts';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const HAN = /[\u4e00-\u9fff]/;

export interface SeedTypo {
  was: string;
  now: string;
  /** Rule ids reporting at the changed character of the raw seed. */
  rules: string[];
}

/** One entry per distinct correction found in a seed; undefined when the seeds are not there. */
export function seedTypos(): SeedTypo[] | undefined {
  if (!existsSync(SEEDS)) return undefined;
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const { file } = lintSource(f, text);
      const places = messagePlaces(text, file.messages).map((p, i) => ({ ...p, rule: String(file.messages[i]!.ruleId) }));
      return { text, places };
    });
  const out = new Map<string, SeedTypo>();
  for (const { source } of exemplarFiles()) {
    for (const [, was, now] of source.matchAll(/kind="correction" was="([^"]*)" now="([^"]*)"/g) as Iterable<[string, string, string]>) {
      const changed = [...was].flatMap((c, i) => (c !== now[i] ? [i] : []));
      if (was.length !== now.length || changed.length !== 1 || out.has(was)) continue;
      const k = changed[0]!;
      if (!HAN.test(was[k]!) || !HAN.test(now[k]!)) continue;
      const seed = seeds.find((s) => s.text.includes(was));
      if (!seed) continue;
      const at = seed.text.indexOf(was) + k;
      out.set(was, { was, now, rules: [...new Set(seed.places.filter((p) => p.start <= at && p.end > at).map((p) => p.rule))] });
    }
  }
  return [...out.values()];
}
