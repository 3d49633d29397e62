// Template conformance of a draft, as plain data for the check page and check/api.js: the same
// rows and aspect coverage the exemplar pages show (checkConformance), plus the 一是/二是 runs
// and each section's length against the template's length guidance.
import { checkConformance, type RowStatus } from '../docmodel/conformance.ts';
import { sectionLabel, type Outline, type Section } from '../docmodel/index.ts';
import type { TemplateSpec } from '../schemas/content.ts';

export interface ConformanceSummary {
  template: { id: string; variant: string; docType: string };
  rows: Array<{ id: string; title: string; required: boolean; status: RowStatus; label?: string; line?: number }>;
  /** Top-level sections that serve no template section. */
  extra: Array<{ label: string; line: number }>;
  aspects: Array<{ section: string; expected: number; found: number; covered: string[]; missing: string[] }>;
  /** 一是/二是 runs: per top-level section, how many runs and items. */
  runs: Array<{ label: string; runs: number; items: number }>;
  /** Characters per template section against its guidance (when the guidance gives a range). */
  lengths: Array<{ title: string; chars: number; min?: number; max?: number; guidance: string; verdict: 'short' | 'ok' | 'long' | 'n/a' }>;
}

/** The section's own range in the guidance ("300–600字"), not a per-item one ("每条150–400字"). */
export function lengthRange(guidance: string): { min: number; max: number } | undefined {
  for (const m of guidance.matchAll(/(\d+)\s*[–—~-]\s*(\d+)\s*字/g)) {
    const before = guidance.slice(Math.max(0, m.index - 6), m.index);
    if (/每|一般/.test(before)) continue;
    return { min: Number(m[1]), max: Number(m[2]) };
  }
  return undefined;
}

/** Characters of a section's text (headings and body), without spaces. */
function charsOf(s: Section): number {
  let n = (s.title + s.body).replace(/\s/g, '').length;
  for (const p of s.paragraphs) n += p.text.replace(/\s/g, '').length;
  for (const c of s.children) n += charsOf(c);
  return n;
}

function runsOf(s: Section): { runs: number; items: number } {
  const lists = [s.runs, ...s.paragraphs.map((p) => p.runs)].filter((r) => r.length > 0);
  const own = { runs: lists.length, items: lists.reduce((n, r) => n + r.length, 0) };
  return s.children.map(runsOf).reduce((a, b) => ({ runs: a.runs + b.runs, items: a.items + b.items }), own);
}

export function conformanceSummary(outline: Outline, spec: TemplateSpec): ConformanceSummary {
  const c = checkConformance(outline, spec);
  const byId = new Map(outline.sections.map((s) => [s.id, s]));
  const titleOf = (id: string) => spec.sections.flatMap((t) => t.aspects ?? []).find((a) => a.id === id)?.title ?? id;
  const lengths: ConformanceSummary['lengths'] = [];
  for (const row of c.rows) {
    if (!row.section.length || row.status === 'missing' || row.status === 'optional-absent') continue;
    const range = lengthRange(row.section.length);
    const s = row.nodeId ? byId.get(row.nodeId) : undefined;
    const chars = s ? charsOf(s) : row.section.level === 0 ? outline.preamble.reduce((n, p) => n + p.text.replace(/\s/g, '').length, 0) : 0;
    const verdict = !range ? 'n/a' : chars < range.min ? 'short' : chars > range.max ? 'long' : 'ok';
    lengths.push({ title: row.section.title, chars, ...(range ?? {}), guidance: row.section.length, verdict });
  }
  return {
    template: { id: spec.id, variant: spec.variant, docType: spec.docType },
    rows: c.rows.map((r) => {
      const s = r.nodeId ? byId.get(r.nodeId) : undefined;
      const line = s?.position.start.line ?? (r.nodeId ? outline.preamble.find((p) => p.id === r.nodeId)?.position.start.line : undefined);
      return { id: r.section.id, title: r.section.title, required: r.section.required, status: r.status, ...(r.nodeLabel ? { label: r.nodeLabel } : {}), ...(line ? { line } : {}) };
    }),
    extra: c.extra.map((s) => ({ label: sectionLabel(s), line: s.position.start.line })),
    aspects: c.aspects.map((a) => ({
      section: spec.sections.find((t) => t.id === a.sectionId)?.title ?? a.sectionId,
      expected: a.expected,
      found: a.found,
      covered: a.covered.map((x) => x.aspect.title),
      missing: a.missing.map((m) => titleOf(m.id)),
    })),
    runs: outline.sections.map((s) => ({ label: sectionLabel(s), ...runsOf(s) })).filter((r) => r.runs > 0),
    lengths,
  };
}
