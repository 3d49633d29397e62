// How a rule reports: one Chinese reason (what was found, what is expected), the place, and
// `actual` / `expected` on the message; `fix` only when replacing the source text at a known
// range is safe. The documentation link points at the rule's section of the contributing guide.
import type { Point } from '../docmodel/index.ts';
import type { SpanReplacement } from '../text/replace-spans.ts';
import { exactOffset, locateIn, type TextBlock } from './text.ts';

/** Namespace of our rule ids: `jingjian:<rule>`. */
export const SOURCE = 'jingjian';

// The rule reference (<base>maintainers/rules/, generated from each rule's examples). Absolute
// when the deployer configured the site's address (SITE), so a CI log links straight to it;
// it follows the base (BASE) the site is built for. In the browser there is no environment
// and the path is relative to the site's root.
const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
const BASE = (env.BASE || '/').replace(/\/?$/, '/');
const SITE = env.SITE?.trim().replace(/\/+$/, '') ?? '';

export const ruleUrl = (id: string) => `${SITE}${BASE}maintainers/rules/#${id}`;

/** A safe, mechanical fix: replace source[start, end) by `text`. */
export type Fix = SpanReplacement;

export interface Finding {
  reason: string;
  start: Point;
  end?: Point;
  actual?: string;
  expected?: string;
  fix?: Fix;
  note?: string;
}

interface MessageLike {
  actual?: string;
  expected?: string[];
  note?: string;
  fix?: Fix;
}

interface FileWithMessage {
  message: (reason: string, options: { place: Point | { start: Point; end: Point } }) => unknown;
}

export function report(file: unknown, f: Finding): void {
  const m = (file as FileWithMessage).message(f.reason, { place: f.end ? { start: f.start, end: f.end } : f.start }) as MessageLike;
  if (f.actual !== undefined) m.actual = f.actual;
  if (f.expected !== undefined) m.expected = [f.expected];
  if (f.note) m.note = f.note;
  if (f.fix) m.fix = f.fix;
}

/** A finding at text[index, index + length) of a text block, with a fix when the text is verbatim. */
export function findingIn(
  block: TextBlock,
  index: number,
  length: number,
  toPoint: (offset: number) => Point,
  fields: { reason: string; actual?: string; expected?: string; fixable?: boolean; note?: string },
): Finding {
  const start = locateIn(block, index, toPoint);
  const offset = exactOffset(block, index, length);
  const end = offset === undefined ? undefined : toPoint(offset + length);
  const { fixable, ...rest } = fields;
  return {
    ...rest,
    start,
    ...(end ? { end } : {}),
    ...(fixable && offset !== undefined && fields.expected !== undefined ? { fix: { start: offset, end: offset + length, text: fields.expected } } : {}),
  };
}

/** Documentation examples that are also the rule's tests (see tests/unit/lint-rules.test.ts). */
export interface Example {
  /** What the example shows. */
  name: string;
  source: string;
  /** File path the example is linted as (folder decides the kind); default `example.mdx`. */
  path?: string;
  /** Rule options. */
  options?: unknown;
}
export interface NotOkExample extends Example {
  /** Exact expected messages: `line:column-line:column: reason`. */
  messages: string[];
  /** Source after `--fix`, when the rule offers safe fixes for this example. */
  fixed?: string;
}
export interface RuleExamples {
  ok: Example[];
  notOk: NotOkExample[];
}
