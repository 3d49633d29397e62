// The check page's views: the draft paragraph by paragraph with each finding underlined at its
// span, and the side list of findings grouped by kind. Both are plain DOM, rebuilt per check.
import type { CheckFinding } from '../engine.ts';

/** The side list's groups, in the order a drafter fixes things. */
export const KINDS = [
  { id: 'numbering', label: '编号', rules: ['numbering', 'lost-markers'] },
  { id: 'punctuation', label: '标点', rules: ['punctuation'] },
  { id: 'wording', label: '错别字与提法', rules: ['wording', 'confusables', 'spelling'] },
  { id: 'placeholders', label: '占位符', rules: ['placeholders'] },
  { id: 'deid', label: '脱敏', rules: ['de-identification', 'person-names'] },
  { id: 'template', label: '与模板对照', rules: ['template-conformance'] },
] as const;

export const kindOf = (ruleId: string): string => KINDS.find((k) => (k.rules as readonly string[]).includes(ruleId))?.id ?? 'other';

/** Where the guidance for a rule is: the site's writing guidance, or the rule's reference. */
export function guidanceUrl(base: string, f: CheckFinding, template: string | undefined): string {
  const pages: Record<string, string> = {
    numbering: 'guidance/format/',
    'lost-markers': 'guidance/format/',
    punctuation: 'guidance/punctuation/',
    placeholders: 'guidance/placeholders/',
    'de-identification': 'guidance/placeholders/',
    'person-names': 'guidance/placeholders/',
  };
  if (f.ruleId === 'template-conformance' && template) return `${base}templates/${template}/`;
  return `${base}${pages[f.ruleId] ?? `maintainers/rules/#${f.ruleId}`}`;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

interface Span {
  start: number;
  end: number;
  finding: number;
}

/** Column spans of the findings on one line (a finding over several lines covers each to its end). */
function spansOn(line: number, length: number, findings: CheckFinding[]): Span[] {
  const spans: Span[] = [];
  findings.forEach((f, i) => {
    if (line < f.line || line > f.endLine) return;
    const start = line === f.line ? f.column - 1 : 0;
    const end = line === f.endLine ? f.endColumn - 1 : length;
    spans.push({ start: Math.min(start, length), end: Math.min(Math.max(end, start), length), finding: i });
  });
  return spans;
}

const SEVERITY_LABEL = { error: '错误', warning: '警告' } as const;

function markFor(text: string, covering: number[], findings: CheckFinding[]): HTMLElement {
  const worst = covering.some((i) => findings[i]!.severity === 'error') ? 'error' : 'warning';
  const first = covering[0]!;
  const label = covering.map((i) => `${SEVERITY_LABEL[findings[i]!.severity]}：${findings[i]!.message}`).join('\n');
  return el('mark', { class: `jj-f jj-f--${worst}`, 'data-finding': String(first), id: `jj-f-${first}`, tabindex: '0', title: label, 'aria-label': `${text}（${label}）` }, text);
}

/** One paragraph of the draft with its findings marked. */
function paragraph(text: string, line: number, findings: CheckFinding[]): HTMLElement {
  const p = el('p', { 'data-line': String(line) }, el('span', { class: 'jj-ln', 'aria-hidden': 'true' }, String(line)));
  const spans = spansOn(line, text.length, findings);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pinned = new Set<number>();
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!;
    // A finding with no width (a missing section, say) is pinned where it points.
    for (const s of spans) {
      if (s.start === at && s.end === at && !pinned.has(s.finding)) {
        pinned.add(s.finding);
        const f = findings[s.finding]!;
        p.append(el('mark', { class: `jj-f jj-f--${f.severity} jj-pin`, 'data-finding': String(s.finding), id: `jj-f-${s.finding}`, tabindex: '0', title: f.message, 'aria-label': `${SEVERITY_LABEL[f.severity]}：${f.message}` }, '▲'));
      }
    }
    const next = cuts[k + 1];
    if (next === undefined || next === at) continue;
    const piece = text.slice(at, next);
    const covering = spans.filter((s) => s.start <= at && s.end >= next && s.end > s.start).map((s) => s.finding);
    p.append(covering.length ? markFor(piece, covering, findings) : piece);
  }
  return p;
}

/** The draft, one line one paragraph, findings underlined; blank lines are kept as gaps. */
export function renderDraft(container: HTMLElement, text: string, findings: CheckFinding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  const frag = document.createDocumentFragment();
  lines.forEach((line, i) => {
    if (!line.trim() && !findings.some((f) => f.line === i + 1)) return;
    frag.append(paragraph(line, i + 1, findings));
  });
  container.replaceChildren(frag);
}

export interface ListActions {
  fix: (index: number) => void;
  show: (index: number) => void;
  guidance: (f: CheckFinding) => string;
}

/** The fix in words, as the CLI says it (`actual: ''` marks something missing at the place). */
const suggestion = (actual: string | undefined, expected: string) =>
  expected === '' ? `建议删除“${actual ?? ''}”` : actual === '' ? `建议在此加上“${expected}”` : `建议改为“${expected}”`;

function item(f: CheckFinding, i: number, actions: ListActions): HTMLLIElement {
  const where = el('button', { type: 'button', class: 'jj-where', 'data-show': String(i) }, `第 ${f.line} 行第 ${f.column} 列`);
  where.addEventListener('click', () => actions.show(i));
  const li = el('li', { id: `jj-fl-${i}`, class: `jj-item jj-item--${f.severity}`, 'data-rule': f.ruleId, tabindex: '-1' }, el('span', { class: 'jj-sev' }, SEVERITY_LABEL[f.severity]), ' ', where, el('p', { class: 'jj-msg' }, f.message));
  if (f.expected !== undefined) li.append(el('p', { class: 'jj-suggest' }, suggestion(f.actual, f.expected)));
  const tools = el('p', { class: 'jj-tools' });
  if (f.fix) {
    const b = el('button', { type: 'button', class: 'jj-fix', 'data-fix': String(i) }, '修复');
    b.addEventListener('click', () => actions.fix(i));
    tools.append(b, ' ');
  }
  tools.append(el('a', { href: actions.guidance(f), target: '_blank', rel: 'noopener' }, '写作指导'));
  li.append(tools);
  return li;
}

/**
 * The side list: one group per kind with its count, findings in text order within each.
 * `loading`: rules whose findings are still to come (the misspelling model while its data loads).
 */
export function renderList(container: HTMLElement, findings: CheckFinding[], actions: ListActions, loading: string[] = []): void {
  const groups = [...KINDS.map((k) => ({ id: k.id as string, label: k.label as string })), { id: 'other', label: '其他' }];
  const frag = document.createDocumentFragment();
  for (const g of groups) {
    const members = findings.map((f, i) => [f, i] as const).filter(([f]) => kindOf(f.ruleId) === g.id);
    if (!members.length && g.id === 'other') continue;
    const heading = el('h3', { id: `jj-kind-${g.id}` }, `${g.label} `, el('span', { class: 'jj-count', 'data-kind-count': g.id }, String(members.length)));
    const list = el('ul', { 'aria-labelledby': `jj-kind-${g.id}` }, ...members.map(([f, i]) => item(f, i, actions)));
    const section = el('section', { class: 'jj-kind', 'data-kind': g.id }, heading);
    const pending = loading.some((id) => kindOf(id) === g.id);
    if (pending) section.append(el('p', { class: 'jj-pending' }, '错别字检查正在载入…'));
    if (members.length) section.append(list);
    else if (!pending) section.append(el('p', { class: 'jj-none' }, '未发现问题'));
    frag.append(section);
  }
  container.replaceChildren(frag);
}
