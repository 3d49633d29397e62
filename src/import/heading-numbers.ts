// Numbers for headings a word processor marks by style or outline level but not by a typed
// marker (Word's Heading 1–4, OpenDocument's text:h outline levels): the markers a reader of
// the document model expects, counted as the typed and automatic markers around them run.
import { formatMarker, parseText, type Level } from '../docmodel/index.ts';

/** Level and number of the marker a line starts with, as the document model reads it. */
export function markerOf(line: string): { level: Level; number: number } | null {
  const section = parseText(line).nodes.find((n) => n.type === 'section' && n.marker);
  return section?.type === 'section' && section.marker ? { level: section.level, number: section.number } : null;
}

export class HeadingNumbers {
  #count: number[] = [0, 0, 0, 0, 0];
  /** A marker seen (typed or automatic) at a level: deeper levels start again. */
  saw(level: Level, n: number): void {
    this.#count[level] = n;
    for (let l = level + 1; l <= 4; l++) this.#count[l] = 0;
  }
  /** The marker for the next unnumbered heading of a level. */
  next(level: Level): string {
    const n = this.#count[level]! + 1;
    this.saw(level, n);
    return formatMarker(level, n);
  }
}
