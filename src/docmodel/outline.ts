// Builds the outline tree from blocks: sections by level, paragraphs, 一是 runs, stable ids,
// and every numbering defect as data. Hand-written: no library models 公文 numbering.
import { checkRuns, findRunItems, matchMarker } from './markers.ts';
import { builtLike, findLostMarkers, lostAt, shapeOf } from './lost-markers.ts';
import { formatMarker } from './numerals.ts';
import type { Block, Defect, Level, Outline, OutlineNode, Paragraph, RunItem, Section } from './types.ts';

export interface BuildOptions {
  /** Title given outside the body (e.g. frontmatter). */
  title?: string;
  /** How to find a title in the body when none is given: a short first line (plain text) or a `#` heading. */
  detectTitle?: 'first-line' | 'heading';
}

/** A run-in title is the first sentence of a block that goes on after it. */
function splitRunIn(rest: string): { title: string; body: string; runIn: boolean } {
  const stop = rest.search(/[。！？]/);
  if (stop !== -1 && stop < rest.length - 1 && rest.slice(stop + 1).trim().length > 0) {
    return { title: rest.slice(0, stop).trim(), body: rest.slice(stop + 1).trim(), runIn: true };
  }
  return { title: rest.replace(/(?<![。：:；;，,])[。：:；;，,]+$/, '').trim(), body: '', runIn: false };
}

function looksLikeTitle(block: Block): boolean {
  if (block.depth === 1) return true;
  return block.text.length <= 60 && !/[。；：:，,]$/.test(block.text) && !/^[《“]/.test(block.text);
}

/** An unnumbered block that may be a heading whose number was lost. */
function headingCandidate(p: Paragraph | undefined): p is Paragraph {
  return !!p && !/[：:]$/.test(p.text) && !p.label;
}

/** Is the paragraph built like these written siblings (their heading without its marker)? */
function shapeOfSiblings(siblings: Section[], p: Paragraph): boolean {
  const shape = shapeOf(siblings);
  return !!shape && builtLike(p, shape, true);
}

const LABEL = /^([\u4e00-\u9fa5]{2,8})[：:]/;

export function buildOutline(blocks: Block[], inheritedDefects: Defect[] = [], options: BuildOptions = {}): Outline {
  const outline: Outline = { preamble: [], sections: [], nodes: [], defects: [...inheritedDefects] };
  const stack: Section[] = [];
  /** Last numbered section seen at each level, across parents (for continued numbering). */
  const lastAtLevel = new Map<Level, Section>();
  const byId = new Map<string, Section>();
  let start = 0;
  if (options.title !== undefined) {
    outline.title = options.title;
  } else if (
    blocks[0] &&
    blocks.length > 1 &&
    !matchMarker(blocks[0]) &&
    ((options.detectTitle ?? 'first-line') === 'first-line' ? looksLikeTitle(blocks[0]) : blocks[0].depth === 1)
  ) {
    outline.title = blocks[0].text;
    outline.titlePosition = blocks[0].position;
    start = 1;
  }

  const siblingsOf = (parent: Section | undefined) => (parent ? parent.children : outline.sections);
  const lastNode = (): OutlineNode | undefined => outline.nodes[outline.nodes.length - 1];

  const openSection = (
    level: Level,
    number: number,
    fields: Pick<Section, 'marker' | 'inferred' | 'title' | 'runIn' | 'body' | 'position' | 'block'>,
  ): Section => {
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = siblingsOf(parent);
    const id = `${parent ? parent.id + '-' : 's'}${siblings.length + 1}`;
    const section: Section = { type: 'section', id, level, number, runs: [], parentId: parent?.id ?? null, children: [], paragraphs: [], ...fields };
    siblings.push(section);
    byId.set(id, section);
    outline.nodes.push(section);
    stack.push(section);
    if (number > 0) lastAtLevel.set(level, section);
    return section;
  };

  /**
   * Opens a section the source lost. Its heading is the latest paragraph just read that is built
   * like the written siblings of that level (or, with none to compare, the last paragraph);
   * the paragraphs after it move into the new section.
   */
  const inferSection = (level: Level, number: number, at: Block): Section => {
    const prev = lastNode();
    const host = prev?.type === 'paragraph' && prev.sectionId ? byId.get(prev.sectionId) : undefined;
    if (prev?.type === 'paragraph' && (host || level === 1)) {
      const pool = host ? host.paragraphs : outline.preamble;
      const parent = stack.filter((s) => s.level < level).pop();
      const siblings = siblingsOf(parent).filter((s) => s.level === level && s.marker);
      const heading = [...pool].reverse().find((p) => shapeOfSiblings(siblings, p)) ?? (headingCandidate(prev) ? prev : undefined);
      if (heading) {
        const moved = pool.splice(pool.indexOf(heading));
        outline.nodes.splice(outline.nodes.length - moved.length, moved.length);
        const { title, body, runIn } = splitRunIn(heading.text);
        const section = openSection(level, number, { marker: null, inferred: true, title, runIn, body, position: heading.position, block: heading.block });
        for (const p of moved.slice(1)) {
          Object.assign(p, { id: `${section.id}-p${section.paragraphs.length + 1}`, sectionId: section.id });
          section.paragraphs.push(p);
          outline.nodes.push(p);
        }
        return section;
      }
    }
    return openSection(level, number, { marker: null, inferred: true, title: '', runIn: false, body: '', position: { start: at.position.start, end: at.position.start }, block: null });
  };

  const report = (d: Omit<Defect, 'fixable'> & { fixable?: boolean }) => outline.defects.push({ fixable: false, ...d });

  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    const found = matchMarker(block);
    if (!found) {
      if (block.depth > 1) {
        // An unnumbered Markdown heading (guidance pages): a section outside the numbering.
        const level = Math.min(4, block.depth - 1) as Level;
        const s = openSection(level, 0, { marker: null, inferred: false, title: block.text, runIn: false, body: '', position: block.position, block });
        s.runs = findRunItems(block);
        continue;
      }
      const parent = stack[stack.length - 1];
      const label = LABEL.exec(block.text)?.[1];
      const paragraphs = parent ? parent.paragraphs : outline.preamble;
      const p: Paragraph = {
        type: 'paragraph',
        id: `${parent ? parent.id + '-' : ''}p${paragraphs.length + 1}`,
        text: block.text,
        runs: findRunItems(block),
        position: block.position,
        block,
        sectionId: parent?.id ?? null,
        ...(label ? { label } : {}),
      };
      paragraphs.push(p);
      outline.nodes.push(p);
      continue;
    }

    const { marker, textStart } = found;
    outline.defects.push(...found.defects);
    const { level, number } = marker;

    // Level check: the nearest open numbered ancestor must be one level up.
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    let parent = stack[stack.length - 1];
    const expectedLevel = (parent ? parent.level + 1 : 1) as Level;
    if (level > expectedLevel) {
      const missing = formatMarker(expectedLevel, 1);
      report({
        kind: 'level-skipped',
        message: `“${marker.raw}”跳过了层级：上一级之下应先有“${missing}”这一层，再用“${marker.canonical}”。`,
        actual: marker.raw,
        expected: missing,
        position: marker.position,
      });
      for (let l = expectedLevel; l < level; l++) parent = inferSection(l as Level, 1, block);
    }

    // Number check against the previous numbered sibling of the same level.
    const prevSibling = [...siblingsOf(parent)].reverse().find((s) => s.level === level && s.number > 0);
    if (!prevSibling) {
      const cousin = lastAtLevel.get(level);
      if (number !== 1) {
        // （三） under 二、 right after （二） under 一、: the numbers were carried on across
        // the section (as imported files often are), not two items lost; GB/T 9704 restarts them.
        const continued = level >= 2 && cousin && cousin.number + 1 === number && cousin.parentId !== (parent?.id ?? null);
        report({
          kind: continued ? 'continued-numbering' : 'missing-number',
          message: continued
            ? `“${marker.raw}”接续了上一节的编号；新的上级标题之下应从“${formatMarker(level, 1)}”重新编号。`
            : `“${marker.raw}”之前缺少“${formatMarker(level, 1)}”${number > 2 ? `至“${formatMarker(level, number - 1)}”` : ''}。`,
          actual: marker.raw,
          expected: formatMarker(level, 1),
          fixable: false,
          position: marker.position,
        });
      }
    } else if (number !== prevSibling.number + 1) {
      const expected = formatMarker(level, prevSibling.number + 1);
      if (number === 1 && level > 1 && parent && !parent.inferred) {
        // 1. 2. 3. then 1. again under the same （一）: the heading （二） was lost.
        const lost = formatMarker((level - 1) as Level, parent.number + 1);
        stack.pop();
        parent = inferSection(parent.level, parent.number + 1, block);
        // When a paragraph just before reads as that heading, the marker was lost there (the restart is certain, the paragraph a guess).
        if (parent.block) {
          outline.defects.push(lostAt(parent, 'lost-marker', `此段像是丢了编号的“${lost}”：其下的编号从“${marker.raw}”重新开始，若此段正是这一条，请在段首加上“${lost}”。`, lost, true));
        } else {
          report({ kind: 'missing-number', message: `编号在同一上级标题下从“${marker.raw}”重新开始，很可能缺少上一级标题“${lost}”。`, actual: marker.raw, expected: lost, position: marker.position });
        }
      } else if (number === prevSibling.number) {
        report({ kind: 'repeated-number', message: `编号“${marker.raw}”与上一条重复，应为“${expected}”。`, actual: marker.raw, expected, position: marker.position });
      } else if (number > prevSibling.number) {
        report({
          kind: 'missing-number',
          message: `“${marker.raw}”之前缺少“${expected}”，编号不应跳号。`,
          actual: marker.raw,
          expected,
          position: marker.position,
        });
      } else {
        report({ kind: 'out-of-order', message: `编号“${marker.raw}”顺序颠倒，此处应为“${expected}”。`, actual: marker.raw, expected, position: marker.position });
      }
    }

    const rest = block.text.slice(textStart).replace(/^[\s\u3000]+/, '');
    const { title, body, runIn } = splitRunIn(rest);
    const section = openSection(level, number, { marker, inferred: false, title, runIn, body, position: block.position, block });
    section.runs = findRunItems(block, textStart);
  }

  // 一是/二是 runs are counted per section: its own body and its direct paragraphs.
  const checkScope = (runs: RunItem[]) => outline.defects.push(...checkRuns(runs));
  checkScope(outline.preamble.flatMap((p) => p.runs));
  const walk = (s: Section) => {
    checkScope([...s.runs, ...s.paragraphs.flatMap((p) => p.runs)]);
    s.children.forEach(walk);
  };
  outline.sections.forEach(walk);
  findLostMarkers(outline);
  outline.defects.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
  return outline;
}
