// Numbered paragraphs that lost their marker: a （二） written without "（二）" reads as a
// paragraph of （一）. The gap in the numbers says that a marker is missing; which paragraph
// lost it is found by shape: a paragraph after the previous item that is built like its
// siblings (a run-in heading sentence, or a heading line ending as theirs do), and, where
// several are, the one followed by what follows each sibling (a 一是 run, an 整改情况 label).
// At the end of a group there is no gap: a paragraph is reported only when the siblings have
// no such follow-on paragraphs, so the one that does stands out. The defect is reported at that
// paragraph with the marker to insert; it is a judgement, so it never carries a fix. When no
// paragraph fits, the gap is reported where it shows (at the next number). Paragraphs of a
// 一是/二是 run that lost their item are found the same way.
import { leadingRunItem } from './markers.ts';
import { formatMarker, formatRunItem } from './numerals.ts';
import type { Defect, Level, Outline, Paragraph, RunItem, Section } from './types.ts';

const TITLE_END = /[。！？]/;
const ENDING = /[。；;：:，,！？]$/;
/** A paragraph that is a quotation, not one whose first words are quoted (“我为群众办实事”实践活动……). */
const QUOTATION = /^“(?![^”。！？]*”[^。！？])/;

/** How the items of a group are written: run-in titles or heading lines, and how long. */
export interface GroupShape {
  runIn: boolean;
  /** Longest title (run-in) or heading line (without its marker). */
  longest: number;
  /** Last characters the heading lines end with ('' for none). */
  endings: Set<string>;
}

function firstSentence(text: string): { head: string; runIn: boolean } {
  const stop = text.search(TITLE_END);
  if (stop !== -1 && stop < text.length - 1) return { head: text.slice(0, stop), runIn: true };
  return { head: text, runIn: false };
}

const endingOf = (text: string) => (ENDING.exec(text)?.[0] ?? '').replace(':', '：');

/** The shape of a group's written items (inferred ones have no text of their own). */
export function shapeOf(siblings: readonly Section[]): GroupShape | undefined {
  const written = siblings.filter((s) => s.block && s.marker);
  if (!written.length) return undefined;
  const runIn = written.filter((s) => s.runIn).length * 2 > written.length;
  const lines = written.map((s) => s.block!.text.slice(s.marker!.raw.length).trim());
  return {
    runIn,
    longest: Math.max(...written.map((s, i) => (runIn ? s.title.length : lines[i]!.length))),
    endings: new Set(lines.map(endingOf)),
  };
}

/**
 * Does the paragraph look like one of these siblings without its marker? `lenient` where a gap
 * in the numbers already says a marker is missing: a title may then be a quotation, and a
 * heading line up to 40 characters long.
 */
export function builtLike(p: Paragraph, shape: GroupShape, lenient = false): boolean {
  if (p.label || /^[《（(]/.test(p.text) || (!lenient && QUOTATION.test(p.text)) || leadingRunItem(p.text)) return false;
  // Titles vary in length; a line of prose without a final stop is rare, so lines get more room.
  const { head, runIn } = firstSentence(p.text);
  if (shape.runIn) return runIn && head.length <= Math.max(shape.longest + 8, shape.longest * 1.6) && !/[，；：、]$/.test(head);
  return !runIn && p.text.length <= Math.max(shape.longest + 12, shape.longest * 2, lenient ? 40 : 0) && shape.endings.has(endingOf(p.text));
}

/** Does this paragraph open an item's content as the siblings' content opens (label, 一是)? */
function opensLikeSiblings(next: Paragraph | undefined, siblings: readonly Section[]): boolean {
  if (!next) return false;
  const firsts = siblings.map((s) => (s.runIn ? s.body : s.paragraphs[0]?.text) ?? '');
  if (next.label) return firsts.some((t) => t.startsWith(next.label + '：') || t.startsWith(next.label + ':'));
  return !!leadingRunItem(next.text) && firsts.some((t) => !!leadingRunItem(t));
}

/** The one paragraph among `list` that reads as a lost item of `siblings`, if there is one. */
function pickLost(list: readonly Paragraph[], siblings: readonly Section[], lenient: boolean): Paragraph | undefined {
  const shape = shapeOf(siblings);
  if (!shape) return undefined;
  const candidates = list.filter((p) => builtLike(p, shape, lenient));
  if (candidates.length <= 1) return candidates[0];
  const echoed = candidates.filter((p) => opensLikeSiblings(list[list.indexOf(p) + 1], siblings));
  return echoed.length === 1 ? echoed[0] : undefined;
}

/**
 * The paragraphs written after an item's heading and before the next item: its own and its
 * descendants', in document order (a lost 四、 whose （一） then reads as the first of 三、's).
 */
function trailing(s: Section): Paragraph[] {
  return [...s.paragraphs, ...s.children.flatMap(trailing)];
}

/** Is this defect the guess that a paragraph lost its marker or run item (not a certain error)? */
export const isLostMarker = (d: Defect): boolean => d.kind === 'lost-marker' || d.kind === 'run-lost';

/**
 * A paragraph that seems to have lost `insert` at its start: reported there, never fixed (which
 * paragraph is a guess). Nothing is wrong in the text, something is missing: actual ''.
 */
export function lostAt(p: Pick<Paragraph, 'position'>, kind: 'lost-marker' | 'run-lost', message: string, insert: string, inGap: boolean): Defect {
  return { kind, message, actual: '', expected: insert, fixable: false, inGap, position: { start: p.position.start, end: p.position.start } };
}

function lost(p: Paragraph, level: Level, number: number, atEnd = false): Defect {
  const marker = formatMarker(level, number);
  const why = atEnd ? `此段的写法与前面各条相同，却没有编号` : `前后编号之间缺少“${marker}”`;
  return lostAt(p, 'lost-marker', `此段像是丢了编号的“${marker}”：${why}，若此段正是这一条，请在段首加上“${marker}”。`, marker, !atEnd);
}

interface Finding {
  paragraph: Paragraph;
  defect: Defect;
  /** The gap report it replaces (a marker lost inside a group), if any. */
  replaces?: Defect;
  level: Level;
}

function checkGroup(siblings: Section[], outline: Outline, out: Finding[]): void {
  if (siblings.length < 2) return;
  const shape = shapeOf(siblings)!;
  const inGaps = new Set<Paragraph>();
  for (let i = 0; i + 1 < siblings.length; i++) {
    const [a, b] = [siblings[i]!, siblings[i + 1]!];
    if (b.number !== a.number + 2) continue;
    const p = pickLost(trailing(a), siblings, true);
    const gap = outline.defects.find((d) => d.kind === 'missing-number' && d.position.start.offset === b.marker?.position.start.offset);
    if (p && gap) out.push({ paragraph: p, defect: lost(p, b.level, a.number + 1), replaces: gap, level: b.level });
    if (p && gap) inGaps.add(p);
  }
  // At the end of a group: only where no earlier item has a paragraph built like an item
  // (besides those that lost their own marker in a gap).
  const plain = siblings.slice(0, -1).every((s) => !trailing(s).some((p) => !inGaps.has(p) && builtLike(p, shape)));
  const last = siblings[siblings.length - 1]!;
  const p = plain ? pickLost(trailing(last), siblings, false) : undefined;
  if (p) out.push({ paragraph: p, defect: lost(p, last.level, last.number + 1, true), level: last.level });
}

/** The run item a paragraph opens with (一是……), if any. */
const openingRun = (p: Paragraph): RunItem | undefined => (p.runs[0]?.index === 0 ? p.runs[0] : undefined);

/** Does the paragraph read like these 一是/二是 paragraphs without their run item? */
function runBuiltLike(p: Paragraph, longest: number): boolean {
  if (p.label || openingRun(p) || /^[《（(]/.test(p.text) || QUOTATION.test(p.text)) return false;
  const { head, runIn } = firstSentence(p.text);
  return runIn && head.length <= Math.max(longest + 8, longest * 1.6) && !/[，；：、]$/.test(head);
}

function lostRun(p: Paragraph, number: number, atEnd: boolean): Defect {
  const item = formatRunItem(number);
  const why = atEnd ? `此段的写法与前面的“${formatRunItem(number - 1)}”等各条相同，却没有“${item}”` : `前后两条之间缺少“${item}”`;
  return lostAt(p, 'run-lost', `此段像是丢了开头的“${item}”：${why}，若此段正是这一条，请在段首加上“${item}”。`, item, !atEnd);
}

/**
 * Paragraphs of one section that open with 一是, 二是 …: one that lost its run item reads as
 * they do (a short run-in sentence) but opens with none. Same evidence as for markers: a gap
 * in the run, or, at its end, the only such paragraph where the items have none between them.
 */
function checkRunParagraphs(paragraphs: Paragraph[], outline: Outline, out: Finding[]): void {
  const items = paragraphs.flatMap((p, i) => (openingRun(p) ? [{ i, run: openingRun(p)! }] : []));
  if (items.length < 2) return;
  const longest = Math.max(...items.map(({ i, run }) => firstSentence(paragraphs[i]!.text.slice(run.raw.length)).head.length));
  const between = (from: number, to: number) => paragraphs.slice(from + 1, to).filter((p) => runBuiltLike(p, longest));
  const inGaps = new Set<Paragraph>();
  for (let k = 0; k + 1 < items.length; k++) {
    const [a, b] = [items[k]!, items[k + 1]!];
    if (b.run.number !== a.run.number + 2) continue;
    const candidates = between(a.i, b.i);
    const gap = outline.defects.find((d) => d.kind === 'run-missing' && d.position.start.offset === b.run.position.start.offset);
    if (candidates.length !== 1 || !gap) continue;
    out.push({ paragraph: candidates[0]!, defect: lostRun(candidates[0]!, a.run.number + 1, false), replaces: gap, level: 4 });
    inGaps.add(candidates[0]!);
  }
  const plain = items.slice(1).every((b, k) => between(items[k]!.i, b.i).every((p) => inGaps.has(p)));
  const last = items[items.length - 1]!;
  const after = between(last.i, paragraphs.length);
  if (plain && after.length === 1) out.push({ paragraph: after[0]!, defect: lostRun(after[0]!, last.run.number + 1, true), level: 4 });
}

/** Turns gap reports into lost-marker defects at the paragraph that lost the marker, or adds them at the end of a group. */
export function findLostMarkers(outline: Outline): void {
  const scopes: Section[][] = [outline.sections];
  for (const node of outline.nodes) if (node.type === 'section') scopes.push(node.children);
  const found: Finding[] = [];
  checkRunParagraphs(outline.preamble, outline, found);
  for (const node of outline.nodes) if (node.type === 'section') checkRunParagraphs(node.paragraphs, outline, found);
  for (const children of scopes) {
    for (const level of [1, 2, 3, 4] as const) {
      checkGroup(children.filter((s) => s.level === level && s.number > 0 && !s.inferred && s.marker), outline, found);
    }
  }
  // One report per paragraph: a gap is the strongest evidence, then the nearest (deepest) group.
  found.sort((x, y) => Number(!!y.replaces) - Number(!!x.replaces) || y.level - x.level);
  const taken = new Set<Paragraph>();
  for (const f of found) {
    if (taken.has(f.paragraph)) continue;
    taken.add(f.paragraph);
    const at = f.replaces ? outline.defects.indexOf(f.replaces) : -1;
    if (at !== -1) outline.defects.splice(at, 1, f.defect);
    else outline.defects.push(f.defect);
  }
}
