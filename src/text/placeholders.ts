// Placeholders in one canonical form per kind of document: exemplars use the × of GB/T 9704's
// own examples (××市, ××公司, ×××同志, ×年×月×日, ×次); templates use descriptive 【】 slots
// (【单位名称】). Contributors' scattered forms (X, XX, x, xx, *, XXXX, full-width Ｘ ＊, ○○, □□)
// are found here with the × form that replaces them: the linter's placeholders rule reports
// them, the importer rewrites them (normalisePlaceholders).
import { replaceSpans } from './replace-spans.ts';

export type PlaceholderMode = 'exemplar' | 'template';

export interface PlaceholderFinding {
  /**
   * variant: a scattered form in an exemplar (replacement: its × form);
   * cross: an × form (or any other) in a template, which wants a 【】 slot;
   * slot: a template's 【】 slot left in an exemplar.
   */
  kind: 'variant' | 'cross' | 'slot';
  index: number;
  text: string;
  replacement?: string;
}

const RUN = /[XxＸｘ＊*○□×]+/g;
const SLOT = /【[^【】\n]{1,20}】/g;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Chinese text around a placeholder: ideographs and Chinese punctuation (“XX”, 成员*、*). */
const isNeighbour = (c: string | undefined) => !!c && (CJK.test(c) || /[\u3000-\u303f\uff01-\uff5e“”‘’、…—]/.test(c));
/** A letter or digit next to it makes it Latin text or a formula (Excel, Xbox, 3x4), not a placeholder. */
const LATIN = /[A-Za-z0-9_]/;

/** Units after which a placeholder stands for a number: ×年×月×日, ×次, ×项, 成立×周年. */
const COUNTED = /^(?:年|月|日|时|分|次|项|个|名|人|条|家|天|周|期|批|场|件|份|篇|本|元|万|亿|千|百|余|多|%|％|届|轮|中|会|号|批次|类|起|处|所|座)/;
/** Suffixes of names of places and organisations: ××市, ××局, ××公司. */
const NAMED = /^(?:省|市|区|县|镇|乡|村|街道|社区|旗|盟|州|局|厅|委|办|部|处|科|室|组|院|所|站|队|中心|公司|集团|单位|学校|医院|系统|行业|领域|事业|工作|项目)/;
/** A person's name: ×××同志, 局长×××. */
const PERSON_AFTER = /^同志/;
const PERSON_BEFORE = /(?:书记|局长|厅长|处长|科长|主任|部长|组长|队长|院长|所长|经理|董事长|人员|委员|成员|×××[、，])$/;

/** The canonical × form of a placeholder, given the text after it and the (rewritten) text before it. */
export function canonicalPlaceholder(raw: string, after: string, before = ''): string {
  if (COUNTED.test(after)) return '×';
  if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) return '×××';
  if (NAMED.test(after)) return '××';
  return raw.length === 1 ? '×' : '××';
}

/** Placeholders that are not in the canonical form of the mode, in text order. */
export function findPlaceholders(text: string, mode: PlaceholderMode): PlaceholderFinding[] {
  const found: PlaceholderFinding[] = [];
  // The text rewritten so far is the context of the next one: 成员×××、 then * is a name too.
  let rewritten = '';
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    const i = m.index;
    const prev = text[i - 1];
    const next = text[i + run.length];
    if (LATIN.test(prev ?? '') || LATIN.test(next ?? '')) continue;
    if (!isNeighbour(prev) && !isNeighbour(next)) continue;
    if (mode === 'template') {
      found.push({ kind: 'cross', index: i, text: run });
      continue;
    }
    if (/^×+$/.test(run)) continue;
    rewritten += text.slice(at, i);
    const replacement = canonicalPlaceholder(run, text.slice(i + run.length), rewritten);
    rewritten += replacement;
    at = i + run.length;
    found.push({ kind: 'variant', index: i, text: run, replacement });
  }
  if (mode === 'exemplar') for (const m of text.matchAll(SLOT)) found.push({ kind: 'slot', index: m.index, text: m[0] });
  return found.sort((a, b) => a.index - b.index);
}

export interface PlaceholderChange {
  index: number;
  from: string;
  to: string;
}

/** Rewrites every scattered placeholder of an exemplar to its × form. */
export function normalisePlaceholders(text: string): { text: string; changes: PlaceholderChange[] } {
  const variants = findPlaceholders(text, 'exemplar').flatMap((f) => (f.replacement === undefined ? [] : [{ start: f.index, end: f.index + f.text.length, text: f.replacement, from: f.text }]));
  const { output, applied } = replaceSpans(text, variants);
  return { text: output, changes: applied.map((r) => ({ index: r.start, from: r.from, to: r.text })) };
}
