// The 自查 engine: one plain-text draft in, findings and template conformance out. Pure (no
// file system), so the lint CLI (for .txt and .docx), the check page's Web Worker and
// <base>check/api.js all call this one function. Plain text is read one line one paragraph,
// as the document model reads it; every lint rule runs except the two that only concern
// content files (mdx-safety and frontmatter).
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { parseText } from '../docmodel/index.ts';
import { inferMeta } from '../import/meta.ts';
import { RULES, recommended, type RuleSetting } from '../lint/preset.ts';
import { remarkPlainText } from '../lint/plain-text.ts';
import { loadTemplates } from '../lint/templates.ts';
import type { Fix } from '../lint/report.ts';
import type { TemplateSpec } from '../schemas/content.ts';
import { conformanceSummary, type ConformanceSummary } from './conformance.ts';

/** Rules that concern content files (MDX safety, frontmatter), not a draft's text. */
const FILE_ONLY_RULES = new Set(['mdx-safety', 'frontmatter']);
export const DRAFT_RULES = RULES.filter((r) => !FILE_ONLY_RULES.has(r.id));

export interface CheckFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** What was found and what is suggested instead (a suggestion may need a person's judgement). */
  actual?: string;
  expected?: string;
  /** A safe fix: replace text[start, end) of the input by `text`. */
  fix?: Fix;
}

export interface CheckResult {
  /** Id of the template the draft was checked against (chosen or detected). */
  template: string | undefined;
  /** True when the template was detected from the title and headings, not chosen. */
  detected: boolean;
  findings: CheckFinding[];
  conformance: ConformanceSummary | null;
}

export interface CheckOptions {
  /** Template id; omitted or 'auto': the best fit for the title and headings; 'none': no conformance. */
  template?: string;
  /** Template specs (default: the site's, content/templates). */
  templates?: TemplateSpec[];
  /** Per-rule severity overrides, as in the lint CLI's --rule. */
  rules?: Record<string, RuleSetting>;
}

const processors = new Map<string, Processor>();

function processorFor(follows: string | undefined, specs: TemplateSpec[], rules: Record<string, RuleSetting>): Processor {
  const key = `${follows ?? ''}\u0000${JSON.stringify(rules)}`;
  const hit = processors.get(key);
  if (hit) return hit;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const p: any = unified().use(remarkPlainText);
  for (const rule of DRAFT_RULES) {
    const s = rules[rule.id] ?? recommended[rule.id] ?? 'error';
    const [severity, options] = Array.isArray(s) ? s : [s, undefined];
    if (severity === 'off') continue;
    // Always a tuple: unified-lint-rule reads a bare level as the rule's option and reports a warning.
    if (rule.id === 'template-conformance') {
      if (!follows) continue;
      p.use(rule.plugin, [severity, { ...(options as object), follows, templates: specs }]);
    } else p.use(rule.plugin, options === undefined ? [severity] : [severity, options]);
  }
  p.freeze();
  processors.set(key, p);
  return p;
}

/** The template of the site that fits the draft's title and headings best. */
export function detectTemplate(text: string, specs: TemplateSpec[] = defaultSpecs()): string | undefined {
  const outline = parseText(text);
  const follows = inferMeta(outline, text, { specs }).exemplar.follows;
  return specs.some((s) => s.id === follows) ? follows : undefined;
}

const defaultSpecs = () => [...loadTemplates().values()];

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const specs = options.templates ?? defaultSpecs();
  const auto = options.template === undefined || options.template === 'auto';
  const follows = options.template === 'none' ? undefined : auto ? detectTemplate(text, specs) : options.template;
  const file = new VFile({ path: 'draft.txt', value: text });
  const processor = processorFor(follows, specs, options.rules ?? {});
  processor.runSync(processor.parse(file), file);
  const findings: CheckFinding[] = file.messages
    .map((m) => {
      const { fix, actual, expected } = m as { fix?: Fix; actual?: string; expected?: string[] };
      return {
        ruleId: (m.ruleId ?? 'unknown').replace(/^jingjian:/, ''),
        severity: m.fatal === true ? 'error' : 'warning',
        line: m.place && 'start' in m.place ? m.place.start.line : (m.line ?? 1),
        column: m.place && 'start' in m.place ? m.place.start.column : (m.column ?? 1),
        endLine: m.place && 'end' in m.place ? m.place.end.line : (m.line ?? 1),
        endColumn: m.place && 'end' in m.place ? m.place.end.column : (m.column ?? 1),
        message: m.reason,
        ...(actual !== undefined ? { actual } : {}),
        ...(expected?.[0] !== undefined ? { expected: expected[0] } : {}),
        ...(fix ? { fix: { start: fix.start, end: fix.end, text: fix.text } } : {}),
      } satisfies CheckFinding;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const spec = specs.find((s) => s.id === follows);
  return { template: follows, detected: auto && !!follows, findings, conformance: spec ? conformanceSummary(parseText(text), spec) : null };
}
