// Frontmatter of an imported exemplar, inferred where the text allows: the document type from
// the outline's signature (the template whose sections it matches best), the year and theme
// from the text. Every guess is listed so that the contributor checks it.
import { checkConformance } from '../docmodel/conformance.ts';
import type { Outline } from '../docmodel/index.ts';
import { loadTemplates } from '../lint/templates.ts';
import { DOC_TYPE_LABELS, type DocType, type ExemplarMeta, type TemplateSpec } from '../schemas/content.ts';

/** Template specs in content/templates, read as the linter reads them (files that do not validate are skipped). */
export function loadTemplateSpecs(dir?: string): TemplateSpec[] {
  return [...loadTemplates(dir).values()];
}

export interface InferredMeta {
  title: string;
  exemplar: ExemplarMeta;
  /** Fields that are guesses, with why (shown to the contributor). */
  guesses: string[];
}

const headingsOf = (o: Outline) => o.sections.map((s) => s.title).join('\n');

/** The document type the outline's headings and title point to. */
function docTypeOf(outline: Outline, text: string): { docType: DocType; why: string } {
  const heads = headingsOf(outline);
  const title = outline.title ?? '';
  if (/巡察|巡视/.test(title) || /整改总体情况|逐项整改|组织落实/.test(heads)) return { docType: 'inspection', why: '标题或提纲含巡察整改的部分' };
  if (/个人有关事项|个人事项|重大事项/.test(heads) || /个人|发言/.test(title)) return { docType: 'personal', why: '提纲含个人有关事项或标题为个人材料' };
  const me = (text.match(/本人|我个人/g) ?? []).length;
  const us = (text.match(/班子|我局|我厅|我委|我们/g) ?? []).length;
  if (me > us) return { docType: 'personal', why: '全文以第一人称“本人”为主' };
  return { docType: 'leadership', why: '提纲与领导班子对照检查材料相符' };
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** A 2021 theme: the 党史学习教育 meeting and its 五个带头 / 两个确立 wording. */
const dangshiScore = (text: string) => count(text, /党史/g) + 2 * count(text, /两个确立|五个带头/g);

function yearOf(outline: Outline, text: string, theme: string): { year: number; why: string } | null {
  if (/党史学习教育/.test(theme)) return { year: 2021, why: '党史学习教育专题民主生活会在2021年度召开' };
  const inTitle = /(20\d\d)\s*年/.exec(outline.title ?? '');
  if (inTitle) return { year: Number(inTitle[1]), why: '标题中的年份' };
  // A report or a meeting's material looks back: the latest year it names is its own.
  const years = [...text.matchAll(/(20\d\d)\s*年/g)].map((m) => Number(m[1]));
  return years.length ? { year: Math.max(...years), why: '正文中最晚的年份' } : null;
}

function themeOf(docType: DocType, outline: Outline, text: string): string {
  if (docType === 'inspection') return /巡视/.test(text) && !/巡察/.test(text) ? '巡视整改' : '巡察整改';
  const dangshi = dangshiScore(text);
  const zhuti = count(text, /主题教育/g);
  if (/民主生活会/.test(text) || !/组织生活会/.test(text)) {
    if (dangshi > 0 && dangshi >= zhuti) return '党史学习教育专题民主生活会';
    if (zhuti > 0) return '主题教育专题民主生活会';
    const y = /(20\d\d)\s*年/.exec(outline.title ?? '')?.[1];
    return y ? `${y}年度民主生活会` : '年度民主生活会';
  }
  return '组织生活会';
}

/** Default template ids of the shared vocabulary, used when no template file matches better. */
function defaultFollows(docType: DocType, theme: string): string {
  if (docType === 'inspection') return 'inspection-rectification';
  const dangshi = /党史学习教育/.test(theme);
  return `${docType}-${dangshi ? '2021-dangshi' : 'annual'}`;
}

/** The template of this type whose sections the outline matches best (ties: the year's variant). */
function bestTemplate(outline: Outline, docType: DocType, year: number | undefined, specs: TemplateSpec[]): TemplateSpec | undefined {
  let best: { spec: TemplateSpec; score: number } | undefined;
  for (const spec of specs.filter((s) => s.docType === docType)) {
    const c = checkConformance(outline, spec);
    const present = c.rows.filter((r) => r.status === 'present').length;
    const aspects = c.aspects.reduce((n, a) => n + a.covered.length, 0);
    const score = present * 10 + aspects * 3 + (spec.year !== undefined && spec.year === year ? 5 : 0) - (spec.year !== undefined && spec.year !== year ? 20 : 0);
    if (!best || score > best.score) best = { spec, score };
  }
  return best?.spec;
}

export function inferMeta(outline: Outline, text: string, options: { title?: string; specs?: TemplateSpec[] } = {}): InferredMeta {
  const guesses: string[] = [];
  const { docType, why } = docTypeOf(outline, text);
  guesses.push(`文种 docType: ${docType}（${DOC_TYPE_LABELS[docType]}），依据：${why}`);
  const theme = themeOf(docType, outline, text);
  guesses.push(`主题 theme: ${theme}，据正文关键词推断`);
  const y = yearOf(outline, text, theme);
  const year = y?.year ?? new Date().getFullYear();
  guesses.push(y ? `年度 year: ${year}，依据：${y.why}` : `年度 year: ${year}，正文中找不到年份，暂填今年，必须改正`);
  const spec = bestTemplate(outline, docType, year, options.specs ?? loadTemplateSpecs());
  const follows = spec?.id ?? defaultFollows(docType, theme);
  guesses.push(`对应模板 follows: ${follows}${spec ? '（提纲最相符的模板）' : '（按文种和主题的默认模板）'}`);
  const subject = docType === 'personal' ? '个人' : '班子';
  let title = options.title;
  if (!title) {
    title = docType === 'inspection' ? `关于${theme}进展情况的报告` : `${theme}${subject === '个人' ? '个人对照检查材料' : '领导班子对照检查材料'}`;
    guesses.push(`标题 title: 原文没有标题，暂拟为“${title}”`);
  }
  return {
    title,
    exemplar: {
      docType,
      follows,
      year,
      theme,
      subject,
      source: '据某单位材料整理，已脱敏（来源说明待补充）',
      status: 'experimental',
    },
    guesses,
  };
}
