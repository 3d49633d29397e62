// Replaces spans of a text in one pass: the linter's --fix and the importer's rewrites
// (placeholders, names, punctuation) all apply their replacements through this.

export interface SpanReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies the replacements in text order. One that overlaps a replacement already applied is
 * skipped, so two changes can never garble the same characters (the linter's next run sees it).
 */
export function replaceSpans<R extends SpanReplacement>(source: string, replacements: readonly R[]): { output: string; applied: R[] } {
  const sorted = replacements.filter((r) => r.start >= 0 && r.end <= source.length && r.start <= r.end).sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: R[] = [];
  let output = '';
  let last = 0;
  for (const r of sorted) {
    if (r.start < last) continue;
    output += source.slice(last, r.start) + r.text;
    last = r.end;
    applied.push(r);
  }
  return { output: output + source.slice(last), applied };
}
