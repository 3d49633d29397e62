// Turns the document model's outline of an imported text into the lines of an exemplar:
// numbering in canonical form and renumbered in order (the model's defects say what was wrong;
// inferred sections restore lost headings), then placeholders in the × form, identifying
// names replaced, and punctuation in full width. Every change to numbering is kept as a
// correction, every replacement of a name as a de-identification, for annotations and report.
import { formatMarker, type Defect, type Outline, type Section } from '../docmodel/index.ts';
import { deidentify, type IdentifyingName } from '../text/identifying-names.ts';
import { normalisePlaceholders } from '../text/placeholders.ts';
import { normalisePunctuation } from '../text/punctuation.ts';

export interface Correction {
  was: string;
  now: string;
  reason: string;
}

export interface ImportedBlock {
  /** Anchor id of the node in the imported outline, e.g. "s3-1". */
  id: string;
  text: string;
  /** Line in the source text (of the lines given to the model). */
  line: number;
  corrections: Correction[];
  replacements: IdentifyingName[];
}

export interface NormalisedDocument {
  title?: string;
  titleReplacements: IdentifyingName[];
  blocks: ImportedBlock[];
  /** Placeholders rewritten to the × form. */
  placeholders: number;
  /** Punctuation marks rewritten to full width. */
  punctuation: number;
  /** Lines whose ASCII quotes could not be paired. */
  unpairedQuoteLines: number[];
  /** Problems the importer could not fix (the contributor must): 一是 runs, headings lost without text. */
  unresolved: Array<{ line: number; message: string }>;
  /** What the importer kept as written though it is unusual (numbering continued across groups). */
  warnings: Array<{ line: number; message: string }>;
}

const sameStart = (d: Defect, offset: number | undefined) => offset !== undefined && d.position.start.offset === offset;

/**
 * Sections whose group continues the numbering of the previous group of their level (1. 2. 3.
 * under （一）, then 4. 5. under （二), as Word lists that never restart and some reports number
 * on purpose): the numbers as written, by section. Such numbering is the author's choice and
 * is kept; only a gap or a repeat inside a group is a correction.
 */
export function continuedNumbering(outline: Outline): Map<Section, number> {
  const kept = new Map<Section, number>();
  const lastAtLevel = new Map<number, number>();
  const groups = (list: Section[]) => {
    for (const level of new Set(list.map((s) => s.level))) {
      const group = list.filter((s) => s.level === level && s.marker);
      if (!group.length) continue;
      const start = group[0]!.number;
      const last = lastAtLevel.get(level);
      const consecutive = group.every((s, i) => s.number === start + i);
      if (level >= 2 && start > 1 && last !== undefined && start === last + 1 && consecutive) group.forEach((s) => kept.set(s, s.number));
      lastAtLevel.set(level, group.at(-1)!.number);
    }
    for (const s of list) groups(s.children);
  };
  groups(outline.sections);
  return kept;
}

function siblingsOf(outline: Outline, s: Section): Section[] {
  const parent = s.parentId ? outline.nodes.find((n) => n.type === 'section' && n.id === s.parentId) : undefined;
  return (parent?.type === 'section' ? parent.children : outline.sections).filter((c) => c.level === s.level);
}

/** Text-level normalisation of one line: placeholders, then names, then punctuation. */
export function normaliseText(text: string): { text: string; placeholders: number; replacements: IdentifyingName[]; punctuation: number; unpairedQuotes: boolean } {
  // Bold markers Markdown left as text (CommonMark does not close ** after Chinese punctuation),
  // dropped as the model drops them from plain text; they are never placeholders.
  const p = normalisePlaceholders(text.replace(/\*\*/g, ''));
  const d = deidentify(p.text);
  const q = normalisePunctuation(d.text);
  return { text: q.text, placeholders: p.changes.length, replacements: d.replacements, punctuation: q.changed, unpairedQuotes: q.unpairedQuotes };
}

export function normaliseOutline(outline: Outline): NormalisedDocument {
  const doc: NormalisedDocument = { titleReplacements: [], blocks: [], placeholders: 0, punctuation: 0, unpairedQuoteLines: [], unresolved: [], warnings: [] };
  const continued = continuedNumbering(outline);
  const used = new Set<Defect>();
  const defectFor = (offset: number | undefined) => outline.defects.find((d) => !used.has(d) && sameStart(d, offset));
  /** The defect that led the model to infer a heading: reported at the next marker, expecting this one. */
  const inferenceDefect = (canonical: string, after: number) =>
    outline.defects.find((d) => !used.has(d) && (d.kind === 'lost-marker' || d.kind === 'missing-number' || d.kind === 'level-skipped') && d.expected === canonical && (d.position.start.offset ?? 0) >= after);

  for (const node of outline.nodes) {
    const line = node.position.start.line;
    let text: string;
    const corrections: Correction[] = [];
    if (node.type === 'paragraph') {
      text = node.block.text;
    } else if (node.number === 0 && !node.inferred) {
      // An unnumbered Markdown heading: kept as a line of text.
      text = node.title;
    } else {
      const written = continued.get(node);
      const canonical = formatMarker(node.level, written ?? siblingsOf(outline, node).indexOf(node) + 1);
      if (written !== undefined && siblingsOf(outline, node).find((s) => s.marker) === node) {
        const d = outline.defects.find((x) => !used.has(x) && sameStart(x, node.marker?.position.start.offset));
        if (d) used.add(d);
        doc.warnings.push({ line, message: `“${node.marker!.raw}”接续上一组的编号（各组连续编号），导入时按原文保留，没有改成“${formatMarker(node.level, 1)}”。如果各组应分别从“${formatMarker(node.level, 1)}”编号，请人工修改。` });
      }
      if (node.marker && node.block) {
        const rest = node.block.text.slice(node.marker.raw.length).replace(/^[\s\u3000]+/, '');
        text = canonical + rest;
        if (node.marker.raw !== canonical) {
          const d = defectFor(node.marker.position.start.offset);
          if (d) used.add(d);
          corrections.push({
            was: node.marker.raw,
            now: canonical,
            reason: d?.message ?? `编号“${node.marker.raw}”按顺序应为“${canonical}”，导入时已重新编号。`,
          });
        }
      } else if (node.block) {
        // The model made this paragraph the heading whose number the source lost.
        text = canonical + node.block.text;
        const d = inferenceDefect(canonical, node.block.position.start.offset ?? 0);
        if (d) used.add(d);
        corrections.push({ was: '（无编号）', now: canonical, reason: `${d?.message ?? '原文此处缺少编号。'}导入时把本段作为标题补上了编号“${canonical}”，请核对。` });
      } else {
        doc.unresolved.push({ line, message: `此处缺少“${canonical}”一级的标题（原文跳过了这一层级），请补写标题。` });
        continue;
      }
    }
    const n = normaliseText(text);
    doc.placeholders += n.placeholders;
    doc.punctuation += n.punctuation;
    if (n.unpairedQuotes) doc.unpairedQuoteLines.push(line);
    doc.blocks.push({ id: node.id, text: n.text, line, corrections, replacements: n.replacements });
  }

  if (outline.title !== undefined) {
    const n = normaliseText(outline.title);
    doc.title = n.text;
    doc.titleReplacements = n.replacements;
    doc.placeholders += n.placeholders;
    doc.punctuation += n.punctuation;
  }
  for (const d of outline.defects) {
    if (d.kind.startsWith('run-')) doc.unresolved.push({ line: d.position.start.line, message: d.message });
  }
  doc.unresolved.sort((a, b) => a.line - b.line);
  return doc;
}
