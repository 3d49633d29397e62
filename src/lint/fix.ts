// Applies the safe fixes that rules attached to their messages. A fix is applied only when
// nothing overlaps it, so two rules can never garble the same characters; the rest wait for
// the next run.
import { replaceSpans } from '../text/replace-spans.ts';
import type { Fix } from './report.ts';

interface WithFix {
  fix?: Fix;
}

export function applyFixes(source: string, messages: readonly unknown[]): { output: string; applied: number } {
  const fixes = messages.map((m) => (m as WithFix).fix).filter((f): f is Fix => !!f);
  const { output, applied } = replaceSpans(source, fixes);
  return { output, applied: applied.length };
}
