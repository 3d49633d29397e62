// The recommended preset: every Jingjian rule with its default severity, as remark-lint presets
// are plain lists of [rule, setting]. `error` fails the run; `warn` only with --frail.
import deIdentification from './rules/de-identification.ts';
import frontmatter from './rules/frontmatter.ts';
import mdxSafety from './rules/mdx-safety.ts';
import numbering from './rules/numbering.ts';
import placeholders from './rules/placeholders.ts';
import punctuation from './rules/punctuation.ts';
import spelling from './rules/spelling.ts';
import templateConformance from './rules/template-conformance.ts';
import wording from './rules/wording.ts';

export type Severity = 'off' | 'warn' | 'error';
export type RuleSetting = Severity | [Severity, unknown];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Plugin = (...args: any[]) => any;

export interface RuleEntry {
  id: string;
  plugin: Plugin;
  /** Checked after inline suppression comments are applied, so `lint ignore` cannot hide it. */
  unsuppressible?: boolean;
}

/** All rules, in the order their messages are most useful (safety and metadata first). */
export const RULES: RuleEntry[] = [
  { id: 'mdx-safety', plugin: mdxSafety, unsuppressible: true },
  { id: 'frontmatter', plugin: frontmatter, unsuppressible: true },
  { id: 'numbering', plugin: numbering },
  { id: 'template-conformance', plugin: templateConformance },
  { id: 'punctuation', plugin: punctuation },
  { id: 'placeholders', plugin: placeholders },
  { id: 'de-identification', plugin: deIdentification },
  { id: 'wording', plugin: wording },
  { id: 'spelling', plugin: spelling },
];

export const RULE_IDS = RULES.map((r) => r.id);

export const recommended: Record<string, RuleSetting> = {
  'mdx-safety': 'error',
  frontmatter: 'error',
  numbering: 'error',
  'template-conformance': 'error',
  punctuation: 'error',
  placeholders: 'error',
  'de-identification': 'error',
  wording: 'error',
  // A model's guess: shown, and fails the run only with --frail.
  spelling: 'warn',
};
