// A skeleton's text from the template data alone: the title line, each top-level section with
// a slot for what it must contain, and one （一） heading per aspect with 一是/二是/三是 slots.
// Shared by the Word templates without a skeleton on their page and by 起草 on the check page,
// where the aspects come from this year's notice. Pure and free of remark, for the worker.
import { formatMarker, formatRunItem } from '../docmodel/index.ts';
import type { TemplateSection, TemplateSpec } from '../schemas/content.ts';

const SLOT_RUN = (n: number) => `${formatRunItem(n)}【问题判断】。【具体表现和事例】。`;

const slotOf = (s: TemplateSection) => `【${(s.mustContain.length ? s.mustContain.join('；') : s.purpose).replace(/。$/, '')}】`;

/** The section the aspects go under: the one whose template lists aspects, else 存在的问题. */
function problemsSection(spec: TemplateSpec): TemplateSection | undefined {
  return spec.sections.find((t) => t.aspects?.length) ?? spec.sections.find((t) => t.level === 1 && t.match.some((m) => m.includes('问题')));
}

/** `aspects`, when given (a notice's), replace the template's own. */
export function skeletonFromSpec(spec: TemplateSpec, titleLine: string, aspects: string[] = []): string {
  const problems = problemsSection(spec);
  const named = aspects.length ? aspects : (problems?.aspects ?? []).map((a) => a.title);
  const lines = [titleLine];
  let n = 0;
  for (const s of spec.sections) {
    if (s.level === 0) lines.push(`【${s.purpose.replace(/。$/, '')}】`);
    if (s.level !== 1) continue;
    lines.push(`${formatMarker(1, ++n)}${s.title}`);
    if (s === problems && named.length) {
      named.forEach((a, i) => lines.push(`${formatMarker(2, i + 1)}在${a}方面`, [1, 2, 3].map(SLOT_RUN).join('')));
    } else {
      lines.push(slotOf(s));
    }
  }
  return lines.join('\n');
}
