// The Word template's skeleton, from the template page's full-text skeleton: the page shows it
// compactly (run-in headings, "二是……", sections named without a body), the Word file must be
// ready to fill. So every heading of a level stands alone in its level's style, every section
// has a body slot, and every aspect of 存在的问题 has three 一是/二是/三是 slots.
import { formatMarker, parseText, type Outline, type Section } from '../docmodel/index.ts';
import { checkConformance } from '../docmodel/conformance.ts';
import type { TemplateSection, TemplateSpec } from '../schemas/content.ts';

const ORDINAL = ['一', '二', '三'];
const ELLIPSIS_ONLY = /^[。，：、\s]*(?:……)?[。，：、\s]*$/;
/** The part of a line after its 一是/二是 marker, with the next markers' parts cut off. */
const firstItem = (text: string) => /一是(.*?)(?=二是|$)/.exec(text)?.[1]?.trim();

/** The body slot of a section: what it must contain, from the template data. */
export function bodySlot(t: TemplateSection | undefined): string {
  const what = t?.mustContain.length ? t.mustContain.map((m) => m.replace(/[。；]$/, '')).join('；') : (t?.purpose ?? '本部分内容').replace(/。$/, '');
  return `【${what.replace(/【|】/g, '')}】`;
}

/** Where an aspect heading ends: the "方面" that closes it, not one inside a slot or a phrase. */
const ASPECT_END = /^(.*?方面)(?=[。，：]|$)/;

/** An aspect heading, e.g. "在带头……方面", and the body written after it. */
function splitAspect(text: string): { title: string; rest: string } {
  const m = ASPECT_END.exec(text);
  if (!m) return { title: text.replace(/[。：]$/, ''), rest: '' };
  return { title: m[1]!, rest: text.slice(m[1]!.length).replace(/^[，。：、\s]+/, '').trim() };
}

/** The body after a run-in title sentence. */
function restOf(s: Section): string {
  const text = s.block ? s.block.text.slice(s.marker?.raw.length ?? 0) : '';
  return (s.runIn ? text.slice(text.indexOf('。') + 1) : '').replace(/^[，。：、\s]+/, '').trim();
}

/** Three 一是/二是/三是 slots after the aspect's opening sentence. */
function aspectBody(rest: string, next: string | undefined): string[] {
  const item = firstItem(rest) ?? (next && firstItem(next)) ?? '【问题判断】。【表现和事例】。';
  const intro = (rest && !ELLIPSIS_ONLY.test(rest) ? rest : (next?.includes('一是') && !next.startsWith('一是') ? next : rest)).split('一是')[0]!.trim();
  const opening = ELLIPSIS_ONLY.test(intro) ? '【一句肯定】，但对照要求，还存在一些不足。' : intro;
  return [opening, ...ORDINAL.map((o) => `${o}是${ELLIPSIS_ONLY.test(item) ? '【问题判断】。【表现和事例】。' : item}`)];
}

export function wordSkeleton(page: Outline, spec: TemplateSpec): string {
  const mapping = checkConformance(page, spec).mapping;
  const specOf = (s: Section) => spec.sections.find((t) => t.id === mapping.get(s.id));
  const lines: string[] = [page.title ?? '【标题】'];
  const preamble = page.preamble.map((p) => p.text);
  lines.push(...(preamble.length ? preamble : [bodySlot(spec.sections.find((t) => t.level === 0))]));

  for (const top of page.sections) {
    const t = specOf(top);
    const aspects = t?.id === 'problems' || !!t?.aspects?.length;
    lines.push(`${formatMarker(1, top.number)}${top.title.replace(/（可选）$/, '')}`);
    const start = lines.length;
    const nodes = page.nodes.filter((n) => n !== top && (n.type === 'section' ? n.parentId !== null && isInside(page, n, top) : isInside(page, n, top)));
    let firstPattern: { title: string; rest: string } | undefined;
    const used = new Set<number>();
    for (const [i, n] of nodes.entries()) {
      if (used.has(i)) continue;
      const next = nodes[i + 1];
      const nextText = next?.type === 'paragraph' ? next.text : undefined;
      // An aspect, numbered or with a slot for its number (（【序号】）在……方面).
      const slotAspect = n.type === 'paragraph' && aspects && /^（【[^】]*】）/.exec(n.text);
      if (aspects && (slotAspect || (n.type === 'section' && n.level === 2))) {
        const marker = slotAspect ? slotAspect[0] : formatMarker(2, (n as Section).number);
        const { title, rest } = splitAspect(n.type === 'paragraph' ? n.text.slice(marker.length) : (n.block?.text ?? '').slice(n.marker?.raw.length ?? 0) || n.title);
        // The opening sentence and 一是 pattern may stand in the next paragraph.
        if (nextText?.includes('一是') && !firstItem(rest)) used.add(i + 1);
        lines.push(marker + title, ...aspectBody(rest, nextText));
        continue;
      }
      if (n.type === 'paragraph') {
        // An aspect's 一是/二是 lines were rewritten as its three slots.
        if (aspects && /^[一二三四五六七八九十]是/.test(n.text)) continue;
        lines.push(n.text);
        continue;
      }
      if (n.level !== 2) {
        lines.push(n.block?.text ?? `${formatMarker(n.level, n.number)}${n.title}`);
        continue;
      }
      // A run-in （一） becomes a heading and a body; "（二）……" takes the pattern of （一）.
      let title = n.runIn ? n.title : n.title.replace(/[。：]$/, '');
      let rest = restOf(n);
      if (ELLIPSIS_ONLY.test(title) && firstPattern) ({ title, rest } = firstPattern);
      firstPattern ??= { title, rest };
      lines.push(`${formatMarker(2, n.number)}${title}`);
      if (!ELLIPSIS_ONLY.test(rest)) lines.push(rest);
      else if (!next || (next.type === 'section' && next.level <= 2)) lines.push('【写明本项的具体情况】');
    }
    if (lines.length === start) lines.push(bodySlot(t));
  }
  return lines.join('\n');
}

/** Whether a node lies under a top-level section (by position: the outline is in document order). */
function isInside(outline: Outline, node: Outline['nodes'][number], top: Section): boolean {
  const nodes = outline.nodes;
  const from = nodes.indexOf(top);
  const next = outline.sections[outline.sections.indexOf(top) + 1];
  const to = next ? nodes.indexOf(next) : nodes.length;
  const at = nodes.indexOf(node);
  return at > from && at < to;
}

/** The Word skeleton's outline. */
export function wordSkeletonOutline(page: Outline, spec: TemplateSpec): Outline {
  return parseText(wordSkeleton(page, spec));
}
