// Scores the checker on mutants of the clean exemplars: per class, how many defects are
// reported at their span, how many other messages the defect drew, and whether --fix kept
// to the defect's span. Shared by `npm run bench:mutations` and the small run in `npm test`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyFixes } from '../../src/lint/fix.ts';
import { lintSource } from '../../src/lint/lint.ts';
import '../../src/lint/spelling-node.ts';
import { prng } from './synthetic-corpus.ts';
import { CLASSES, mutate, type Mutant, type MutationClass } from './mutations.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXEMPLARS = join(ROOT, 'content/exemplars');

export interface ClassScore {
  cls: MutationClass;
  mutants: number;
  found: number;
  /** Messages on a mutant that are not at the defect (the original file has none). */
  elsewhere: number;
  /** Mutants where --fix changed text outside the defect's span. */
  fixOutside: number;
  misses: string[];
}

interface Place {
  start: number;
  end: number;
  line: number;
}

function offsets(source: string): (line: number, column: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (line, column) => (starts[line - 1] ?? source.length) + column - 1;
}

export function messagePlaces(source: string, messages: readonly unknown[]): Place[] {
  const at = offsets(source);
  return messages.map((m) => {
    const place = (m as { place?: { start?: { line: number; column: number }; end?: { line: number; column: number }; line?: number; column?: number } }).place;
    const s = place?.start ?? (place as { line: number; column: number } | undefined) ?? { line: 1, column: 1 };
    const e = place?.end ?? s;
    return { start: at(s.line, s.column), end: Math.max(at(e.line, e.column), at(s.line, s.column) + 1), line: s.line };
  });
}

/** A message at the defect: over its span and not reaching beyond it by more than 2 characters. */
export function atDefect(mutant: Mutant, place: Place): boolean {
  if (mutant.start === mutant.end) return mutant.source.slice(0, mutant.start).split('\n').length === place.line;
  return place.start < mutant.end && place.end > mutant.start && place.start >= mutant.start - 2 && place.end <= mutant.end + 2;
}

/** True when --fix changed nothing outside [start, end] of the mutant. */
export function fixStaysInside(mutant: Mutant, output: string): boolean {
  const a = mutant.source;
  let prefix = 0;
  while (prefix < a.length && prefix < output.length && a[prefix] === output[prefix]) prefix++;
  if (prefix === a.length && prefix === output.length) return true;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < output.length - prefix && a[a.length - 1 - suffix] === output[output.length - 1 - suffix]) suffix++;
  return prefix >= mutant.start && a.length - suffix <= mutant.end;
}

export function exemplarFiles(): Array<{ path: string; source: string }> {
  return readdirSync(EXEMPLARS)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ path: `content/exemplars/${f}`, source: readFileSync(join(EXEMPLARS, f), 'utf8') }));
}

export function scoreClass(cls: MutationClass, perFile: number, seed: number): ClassScore {
  const score: ClassScore = { cls, mutants: 0, found: 0, elsewhere: 0, fixOutside: 0, misses: [] };
  const rand = prng(seed + CLASSES.indexOf(cls) * 7919);
  for (const { path, source } of exemplarFiles()) {
    for (let n = 0; n < perFile; n++) {
      const mutant = mutate(source, cls, rand);
      if (!mutant) continue;
      const { file } = lintSource(path, mutant.source);
      const places = messagePlaces(mutant.source, file.messages);
      score.mutants++;
      const hit = places.filter((p) => atDefect(mutant, p));
      if (hit.length) score.found++;
      else score.misses.push(`${path.replace(/^.*\//, '')}: ${mutant.note}`);
      score.elsewhere += places.length - hit.length;
      if (!fixStaysInside(mutant, applyFixes(mutant.source, file.messages).output)) score.fixOutside++;
    }
  }
  return score;
}

/** Messages on the clean exemplars, and whether --fix leaves each byte-identical. */
export function scoreOriginals(): { messages: number; fixChanged: number } {
  let messages = 0;
  let fixChanged = 0;
  for (const { path, source } of exemplarFiles()) {
    const { file } = lintSource(path, source);
    messages += file.messages.length;
    if (applyFixes(source, file.messages).output !== source) fixChanged++;
  }
  return { messages, fixChanged };
}

/** Misspelling-rule messages per 10,000 characters on the outside texts (never tuned on). */
export function scoreOutside(): { chars: number; messages: number; details: string[] } {
  const dir = join(ROOT, 'bench/outside');
  let chars = 0;
  const details: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    chars += [...text.replace(/\s/g, '')].length;
    const rules = { punctuation: 'off', placeholders: 'off', numbering: 'off', 'lost-markers': 'off', 'template-conformance': 'off', 'de-identification': 'off', 'person-names': 'off' } as const;
    const { file } = lintSource(`bench/outside/${f}`, text, { rules });
    for (const m of file.messages) details.push(`${f}:${m.line}:${m.column} ${m.reason}`);
  }
  return { chars, messages: details.length, details };
}
