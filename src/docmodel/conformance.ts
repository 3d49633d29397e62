// Conformance of a document's outline to a template: which template sections are present,
// missing or out of order, which aspects of 存在的问题 are covered, and which template section
// each paragraph serves. Used by the exemplar pages, the linter and the importer.
import type { TemplateSpec, TemplateSection } from '../schemas/content.ts';
import type { Outline, OutlineNode, Paragraph, Section } from './types.ts';
import { sectionLabel } from './query.ts';

export type RowStatus = 'present' | 'missing' | 'optional-absent' | 'out-of-order';

export interface ConformanceRow {
  section: TemplateSection;
  status: RowStatus;
  /** The document's section (or opening paragraph) that fulfils it. */
  nodeId?: string;
  nodeLabel?: string;
}

export interface AspectCoverage {
  sectionId: string;
  /** Aspects the template requires. */
  expected: number;
  /** Aspects the template lists, required or not. */
  listed: number;
  found: number;
  covered: Array<{ aspect: { id: string; title: string }; nodeId: string }>;
  missing: Array<{ id: string; title: string }>;
}

export interface Conformance {
  rows: ConformanceRow[];
  /** Top-level sections of the document that match no template section. */
  extra: Section[];
  aspects: AspectCoverage[];
  /** Template section id served by each top-level section id ("s3") or "opening". */
  mapping: Map<string, string>;
}

const matches = (title: string, keywords: string[]) => keywords.some((k) => title.includes(k));

/**
 * Paragraphs under a section that the model reports as its （x） headings without their marker
 * (lost-marker defects): the aspect is there, and the numbering defect says once, at the
 * paragraph, what to insert.
 */
function lostHeadings(outline: Outline, s: Section | null): Array<{ id: string; text: string }> {
  const marker = s ? /^（[一二三四五六七八九十]+）$/ : /^[一二三四五六七八九十]+、$/;
  const at = new Set(outline.defects.filter((d) => d.kind === 'lost-marker' && marker.test(d.expected ?? '')).map((d) => d.position.start.offset));
  const inside = (p: Paragraph) => !s || p.sectionId === s.id || !!p.sectionId?.startsWith(`${s.id}-`);
  return outline.nodes.filter((n): n is Paragraph => n.type === 'paragraph' && inside(n) && at.has(n.position.start.offset)).map((p) => ({ id: p.id, text: p.text }));
}

/** Checks an outline against a template. `sectionMap` overrides keyword matching (ordinal → id). */
export function checkConformance(outline: Outline, spec: TemplateSpec, sectionMap: Record<string, string> = {}): Conformance {
  const mapping = new Map<string, string>();
  const found = new Map<string, Section>();
  const extra: Section[] = [];
  const numbered = spec.sections.filter((t) => t.level === 1);
  outline.sections.forEach((s, i) => {
    const explicit = sectionMap[String(i + 1)];
    const t = explicit ? numbered.find((x) => x.id === explicit) : numbered.find((x) => !found.has(x.id) && matches(s.title, x.match));
    if (t) {
      found.set(t.id, s);
      mapping.set(s.id, t.id);
    } else extra.push(s);
  });
  const opening = spec.sections.find((t) => t.level === 0);
  if (opening && outline.preamble.length) mapping.set('opening', opening.id);

  const rows: ConformanceRow[] = [];
  const lostTop = lostHeadings(outline, null);
  let lastIndex = -1;
  for (const t of spec.sections) {
    if (t.level === 0) {
      const first = outline.preamble[0];
      rows.push(first ? { section: t, status: 'present', nodeId: first.id, nodeLabel: '开头' } : { section: t, status: t.required ? 'missing' : 'optional-absent' });
      continue;
    }
    if (t.level !== 1) continue;
    const s = found.get(t.id);
    if (!s) {
      // A top-level heading that lost its 一、 is there; the numbering defect names it.
      const lost = lostTop.find((p) => matches(p.text, t.match));
      rows.push(lost ? { section: t, status: 'present', nodeId: lost.id, nodeLabel: lost.text } : { section: t, status: t.required ? 'missing' : 'optional-absent' });
      continue;
    }
    const index = outline.sections.indexOf(s);
    rows.push({ section: t, status: index < lastIndex ? 'out-of-order' : 'present', nodeId: s.id, nodeLabel: sectionLabel(s) });
    lastIndex = Math.max(lastIndex, index);
  }

  const aspects: AspectCoverage[] = [];
  for (const t of numbered) {
    if (!t.aspects?.length) continue;
    const s = found.get(t.id);
    const children = [...(s?.children.filter((c) => c.level === 2) ?? []).map((c) => ({ id: c.id, text: c.title + c.body })), ...(s ? lostHeadings(outline, s) : [])];
    const covered: AspectCoverage['covered'] = [];
    const missing: AspectCoverage['missing'] = [];
    for (const a of t.aspects) {
      const c = children.find((x) => a.match.length > 0 && matches(x.text, a.match));
      if (c) covered.push({ aspect: { id: a.id, title: a.title }, nodeId: c.id });
      else if (a.required) missing.push({ id: a.id, title: a.title });
    }
    aspects.push({ sectionId: t.id, expected: t.aspects.filter((a) => a.required).length, listed: t.aspects.length, found: children.length, covered, missing });
  }
  return { rows, extra, aspects, mapping };
}

/** The template section a node of the outline serves, or undefined when none matches. */
export function templateSectionOf(conformance: Conformance, node: OutlineNode): string | undefined {
  const sectionId = node.type === 'section' ? node.id : node.sectionId;
  if (!sectionId) return conformance.mapping.get('opening');
  return conformance.mapping.get(sectionId.split('-')[0]!);
}
