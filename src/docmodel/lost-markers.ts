// Numbered paragraphs that lost their marker: a （二） written without "（二）" reads as a
// paragraph of （一）. The gap in the numbers says that a marker is missing; which paragraph
// lost it is found by shape: a paragraph after the previous item that is built like its
// siblings (a short run-in heading sentence, or a heading line) where the siblings themselves
// have no such follow-on paragraphs. The defect is reported at that paragraph with the marker
// to insert; it is a judgement, so it never carries a fix. When no paragraph fits, the gap is
// reported where it shows (at the next number), as before.
import { formatMarker } from './numerals.ts';
import type { Defect, Outline, Paragraph, Section } from './types.ts';

const TITLE_END = /[。！？]/;

function firstSentence(text: string): { head: string; runIn: boolean } {
  const stop = text.search(TITLE_END);
  if (stop !== -1 && stop < text.length - 1) return { head: text.slice(0, stop), runIn: true };
  return { head: text, runIn: false };
}

/** The paragraphs written after an item and before the next: its own, or its last descendant's. */
function trailing(s: Section): Paragraph[] {
  let last = s;
  while (last.children.length) last = last.children[last.children.length - 1]!;
  return last.paragraphs;
}

/** Does the paragraph look like one of these siblings (run-in heading or heading line)? */
function builtLike(p: Paragraph, siblings: Section[]): boolean {
  if (p.label || /^[《“（(]/.test(p.text)) return false;
  const runIn = siblings.filter((s) => s.runIn).length * 2 > siblings.length;
  const longest = Math.max(...siblings.map((s) => s.title.length));
  const { head, runIn: pRunIn } = firstSentence(p.text);
  if (runIn) return pRunIn && head.length <= longest + 8 && !/[，；：]/.test(head.slice(-1));
  return !pRunIn && p.text.length <= longest + 8 && !/[。；：，]$/.test(p.text);
}

function lost(p: Paragraph, level: Section['level'], number: number): Defect {
  const marker = formatMarker(level, number);
  return {
    kind: 'missing-number',
    message: `此段像是丢了编号的“${marker}”：前后编号之间缺少“${marker}”，若此段正是这一条，请在段首加上“${marker}”。`,
    expected: marker,
    fixable: false,
    position: { start: p.position.start, end: p.position.start },
  };
}

function checkGroup(siblings: Section[], outline: Outline): void {
  if (siblings.length < 2) return;
  // Items that already have follow-on paragraphs make a lone paragraph no evidence.
  const plain = siblings.slice(0, -1).every((s) => !trailing(s).some((p) => builtLike(p, siblings)));
  for (let i = 0; i + 1 < siblings.length; i++) {
    const [a, b] = [siblings[i]!, siblings[i + 1]!];
    if (b.number !== a.number + 2) continue;
    const candidates = trailing(a).filter((p) => builtLike(p, siblings));
    if (candidates.length !== 1) continue;
    const at = outline.defects.findIndex((d) => d.kind === 'missing-number' && d.position.start.offset === b.marker?.position.start.offset);
    if (at !== -1) outline.defects.splice(at, 1, lost(candidates[0]!, b.level, a.number + 1));
  }
  const last = siblings[siblings.length - 1]!;
  const after = trailing(last).filter((p) => builtLike(p, siblings));
  if (plain && after.length === 1) outline.defects.push(lost(after[0]!, last.level, last.number + 1));
}

/** Relocates or adds missing-number defects for markers lost inside or at the end of a group. */
export function findLostMarkers(outline: Outline): void {
  const scopes: Section[][] = [outline.sections];
  for (const node of outline.nodes) if (node.type === 'section') scopes.push(node.children);
  for (const children of scopes) {
    for (const level of [1, 2, 3, 4] as const) {
      checkGroup(children.filter((s) => s.level === level && s.number > 0 && !s.inferred && s.marker), outline);
    }
  }
}
