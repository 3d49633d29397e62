// Applies the safe fixes that rules attached to their messages. A fix is applied only when
// nothing overlaps it, so two rules can never garble the same characters; the rest wait for
// the next run.
import type { Fix } from './report.ts';

interface WithFix {
  fix?: Fix;
}

export function applyFixes(source: string, messages: readonly unknown[]): { output: string; applied: number } {
  const fixes = messages
    .map((m) => (m as WithFix).fix)
    .filter((f): f is Fix => !!f && f.start >= 0 && f.end <= source.length && f.start <= f.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let last = 0;
  let applied = 0;
  for (const f of fixes) {
    if (f.start < last) continue;
    output += source.slice(last, f.start) + f.text;
    last = f.end;
    applied++;
  }
  return { output: output + source.slice(last), applied };
}
