// The recommended preset: every Jingjian rule with its default severity, as remark-lint presets
// are plain lists of [rule, setting]. `error` fails the run; `warn` only with --frail.
import confusables from './rules/confusables.ts';
import deIdentification from './rules/de-identification.ts';
import frontmatter from './rules/frontmatter.ts';
import lostMarkers from './rules/lost-markers.ts';
import mdxSafety from './rules/mdx-safety.ts';
import numbering from './rules/numbering.ts';
import personNames from './rules/person-names.ts';
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
  /** The rule's short Chinese name (the rule reference's heading; the id stays the anchor). */
  title: string;
  /** What the rule checks, in one Chinese line (the rule reference's summary). */
  summary: string;
  plugin: Plugin;
  /** Checked after inline suppression comments are applied, so `lint ignore` cannot hide it. */
  unsuppressible?: boolean;
}

/** All rules, in the order their messages are most useful (safety and metadata first). */
export const RULES: RuleEntry[] = [
  { id: 'mdx-safety', title: '正文安全', summary: '正文和组件的安全检查：不许 import/export、表达式、脚本和未登记的组件。', plugin: mdxSafety, unsuppressible: true },
  { id: 'frontmatter', title: '页面字段', summary: 'frontmatter 字段：必填项、取值范围、模板编号和来源说明。', plugin: frontmatter, unsuppressible: true },
  { id: 'numbering', title: '编号层级', summary: 'GB/T 9704 的编号层级（一、（一）1.（1））和一是/二是：跳号、重复、顺序颠倒、跳级、接续上一组、编号写法、只隔一个换行的编号行。', plugin: numbering },
  { id: 'lost-markers', title: '疑似丢失的编号', summary: '疑似丢失的编号（规律判断，只作提示）：一组编号的最后一条之后，写法与各条相同却没有编号或“一是”“二是”的段落，在该段提示应补的编号；有跳号时由 numbering 报告为错误。', plugin: lostMarkers },
  { id: 'template-conformance', title: '模板对照', summary: '与模板对照：缺少的部分（含文末）、顺序不对的部分。', plugin: templateConformance },
  { id: 'punctuation', title: '标点符号', summary: 'GB/T 15834 标点：半角标点、英文引号、不成对或方向颠倒的引号和书名号、省略号和破折号。', plugin: punctuation },
  { id: 'placeholders', title: '占位符', summary: '占位符：范例统一用 ×× 写法，模板统一用【】写法。', plugin: placeholders },
  { id: 'de-identification', title: '脱敏', summary: '脱敏：真实地名、单位名、街道、电话、身份证号和电子邮件。', plugin: deIdentification },
  { id: 'person-names', title: '疑似人名', summary: '脱敏（规律判断，只作提示）：职务之后或“同志”之前疑似真实人名。', plugin: personNames },
  { id: 'wording', title: '用语', summary: '用语：写错的固定提法、常见错字（可自动修复）、词语重复。', plugin: wording },
  { id: 'confusables', title: '易混用语', summary: '易混用语（只作提示，需结合语境核对）：的/地/得、作出/做出 等多数语境下的误用。', plugin: confusables },
  { id: 'spelling', title: '错别字', summary: '错别字（模型判断，只作提示）：同音字、形近字、提法缺字或颠倒、语义重复、多余的重复字。', plugin: spelling },
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
  // Guesses (a model's, a pattern's): shown, and fail the run only with --frail.
  'person-names': 'warn',
  'lost-markers': 'warn',
  confusables: 'warn',
  spelling: 'warn',
};

/**
 * The recommended preset as a unified Preset, remark-lint's shape: `unified().use(preset)`
 * runs every rule with its default severity, as remark-preset-lint-recommended does.
 */
export const preset = {
  // unified-lint-rule reads a bare 'error' as an option: the level goes in a tuple.
  plugins: RULES.map((r): [Plugin, [Severity, unknown?]] => {
    const s = recommended[r.id] ?? 'error';
    return [r.plugin, Array.isArray(s) ? s : [s]];
  }),
};
