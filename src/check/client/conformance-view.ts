// The conformance panel of the check page, as on exemplar pages: each template section present,
// missing or out of order; the notice's aspects; 一是/二是 runs; length against the guidance.
import type { ConformanceSummary } from '../conformance.ts';
import { el } from './render.ts';

const STATUS = { present: '具备', missing: '缺少', 'optional-absent': '未写（可选）', 'out-of-order': '顺序不当' } as const;
const VERDICT = { short: '偏短', ok: '适中', long: '偏长', 'n/a': '—' } as const;

function table(caption: string, head: string[], rows: Array<Array<string | Node>>): HTMLTableElement {
  return el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))),
  );
}

export function renderConformance(container: HTMLElement, c: ConformanceSummary | null, show: (line: number) => void): void {
  if (!c) {
    container.replaceChildren(el('p', {}, '未选择模板，不做结构对照。'));
    return;
  }
  const where = (label: string | undefined, line: number | undefined) => {
    if (!label || !line) return '—';
    const b = el('button', { type: 'button', class: 'jj-link' }, label);
    b.addEventListener('click', () => show(line));
    return b;
  };
  const sections = table(
    `模板“${c.template.variant}”各部分`,
    ['模板部分', '情况', '本文对应'],
    [
      ...c.rows.map((r) => [r.title + (r.required ? '' : '（可选）'), el('span', { class: `jj-badge jj-badge--${r.status}`, 'data-row-status': r.status }, STATUS[r.status]), where(r.label, r.line)]),
      ...c.extra.map((x) => ['（模板之外）', el('span', { class: 'jj-badge jj-badge--extra', 'data-row-status': 'extra' }, '增设'), where(x.label, x.line)]),
    ],
  );
  const parts: Node[] = [sections];
  for (const a of c.aspects) {
    parts.push(
      el('p', { class: 'jj-aspects', 'data-aspects-found': String(a.found), 'data-aspects-expected': String(a.expected) }, `“${a.section}”的方面：模板要求 ${a.expected} 个，本文写了 ${a.found} 个，覆盖 ${a.covered.length} 个${a.missing.length ? `；未覆盖：${a.missing.join('；')}` : ''}。`),
    );
  }
  parts.push(
    c.runs.length
      ? el('p', { class: 'jj-runs' }, `一是/二是分条：${c.runs.map((r) => `${r.label} ${r.runs} 组 ${r.items} 条`).join('；')}。`)
      : el('p', { class: 'jj-runs' }, '全文没有一是/二是分条。'),
  );
  if (c.lengths.length) {
    parts.push(table('各部分篇幅（字数不含空白）', ['模板部分', '字数', '模板建议', '判断'], c.lengths.map((l) => [l.title, String(l.chars), l.guidance, el('span', { 'data-verdict': l.verdict }, VERDICT[l.verdict])])));
  }
  container.replaceChildren(...parts);
}
