// The lint pipeline for one kind of file: parse (MDX, Markdown with the syntax extensions the
// site uses, or plain text), run the rules, then apply `{/* lint ignore rule-id */}` comments,
// then the rules that no comment may silence. Processors are built once and reused for every
// file, so per-file cost is parsing and checking only.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import { RULES, RULE_IDS, recommended, type RuleSetting } from './preset.ts';
import { remarkPlainText } from './plain-text.ts';
import messageControl from './message-control.ts';

export type Syntax = 'mdx' | 'md' | 'txt';

export function syntaxOf(path: string): Syntax | undefined {
  if (/\.mdx$/i.test(path)) return 'mdx';
  if (/\.(md|markdown)$/i.test(path)) return 'md';
  if (/\.txt$/i.test(path)) return 'txt';
  return undefined;
}

export interface LintConfig {
  /** Per-rule severity and options; rules not named use the recommended preset. */
  rules?: Record<string, RuleSetting>;
}

function settingOf(config: LintConfig, id: string): [string, unknown] | undefined {
  const s = config.rules?.[id] ?? recommended[id] ?? 'error';
  const [severity, options] = Array.isArray(s) ? s : [s, undefined];
  return severity === 'off' ? undefined : [severity, options];
}

/** Optional parsing work a source may need; one without it gets the same tree from a twin processor that skips it. */
export interface SyntaxNeeds {
  /**
   * remark-gfm turns bare addresses into links in a pass over every text node with four
   * patterns, each needing "@", "http://", "https://" or "www.", which a character reference
   * ("&#64;") could also spell (the pass costs about 3% of a run).
   */
  literalAutolinks: boolean;
  /**
   * remark-gfm's table construct is tried at the start of every paragraph and reads its whole
   * first line before it fails (about 10% of parsing Chinese prose, one long line a paragraph).
   * A delimiter row holds a "|" or an alignment colon next to its hyphens (":-", "-:").
   */
  tables: boolean;
}

export const ALL_SYNTAX: SyntaxNeeds = { literalAutolinks: true, tables: true };

export function syntaxNeeds(source: string): SyntaxNeeds {
  return {
    literalAutolinks: source.includes('@') || source.includes('&') || /https?:\/\/|www\./i.test(source),
    tables: source.includes('|') || source.includes(':-') || source.includes('-:'),
  };
}

/** Drops the literal-autolink pass from remark-gfm's tree extensions (its tokens stay). */
function remarkSkipLiteralAutolinkPass(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  const strip = (extension: unknown): unknown => {
    if (Array.isArray(extension)) return extension.map(strip);
    const e = extension as { enter?: Record<string, unknown>; transforms?: unknown[] };
    return e.enter && 'literalAutolink' in e.enter ? { ...e, transforms: [] } : extension;
  };
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map(strip);
}

/** Drops remark-gfm's table construct from the syntax extensions (a twin for sources that cannot hold a table). */
function remarkSkipTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  const strip = (extension: unknown): unknown => {
    if (Array.isArray(extension)) return extension.map(strip);
    const e = extension as { flow?: Record<string, unknown> };
    const tried = e.flow?.null;
    if (!Array.isArray(tried) || !tried.some((c: { name?: string }) => c.name === 'table')) return extension;
    return { ...e, flow: { ...e.flow, null: tried.filter((c: { name?: string }) => c.name !== 'table') } };
  };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(strip);
}

const cache = new Map<string, Processor>();

export function lintProcessor(syntax: Syntax, config: LintConfig = {}, needs: SyntaxNeeds = ALL_SYNTAX): Processor {
  const key = `${syntax}\u0000${needs.literalAutolinks}\u0000${needs.tables}\u0000${JSON.stringify(config)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const p: any = unified();
  if (syntax === 'txt') p.use(remarkPlainText);
  else {
    p.use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);
    if (!needs.literalAutolinks) p.use(remarkSkipLiteralAutolinkPass);
    if (!needs.tables) p.use(remarkSkipTables);
    if (syntax === 'mdx') p.use(remarkMdx);
  }
  for (const rule of RULES.filter((r) => !r.unsuppressible)) {
    const s = settingOf(config, rule.id);
    if (s) p.use(rule.plugin, s);
  }
  p.use(messageControl, { name: 'lint', source: 'jingjian', known: RULE_IDS });
  for (const rule of RULES.filter((r) => r.unsuppressible)) {
    const s = settingOf(config, rule.id);
    if (s) p.use(rule.plugin, s);
  }
  p.freeze();
  cache.set(key, p);
  return p;
}
