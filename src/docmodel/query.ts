// Small read helpers over an outline, shared by pages, search and export.
import { formatMarker } from './numerals.ts';
import type { Outline, OutlineNode, Section } from './types.ts';

/** "三、存在问题和不足" — the marker in canonical form plus the title. */
export function sectionLabel(s: Section): string {
  return s.number > 0 ? `${formatMarker(s.level, s.number)}${s.title}` : s.title;
}

/** Depth-first walk over every section. */
export function* walkSections(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}

/** Finds a section or paragraph by anchor id. */
export function findNode(outline: Outline, id: string): OutlineNode | undefined {
  return outline.nodes.find((n) => n.id === id);
}

/** The top-level section (一、) a node belongs to, or undefined in the opening. */
export function topSectionOf(outline: Outline, node: OutlineNode): Section | undefined {
  const topId = node.type === 'section' ? node.id.split('-')[0] : node.sectionId?.split('-')[0];
  return outline.sections.find((s) => s.id === topId);
}
