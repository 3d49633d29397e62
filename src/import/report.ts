// What the importer tells the contributor about one imported file: what was inferred and
// changed, the linter's findings on the written MDX, and what is still theirs to check.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { lintSource } from '../lint/lint.ts';
import '../lint/spelling-node.ts';
import { IDENTIFIER_LABELS } from '../text/identifying-names.ts';
import type { ImportResult } from './index.ts';

export interface LintFinding {
  line: number;
  column: number;
  message: string;
  rule?: string;
}

/** The project linter's findings on the written MDX, in the order of the file. */
export function lintFindings(path: string): LintFinding[] {
  const { file } = lintSource(path, readFileSync(path, 'utf8'));
  const findings = file.messages
    .map((m) => ({ line: m.line ?? 1, column: m.column ?? 1, message: m.reason, ...(m.ruleId ? { rule: m.ruleId } : {}) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return findings;
}

/** What the contributor still has to do before the draft can be proposed. */
export function checklist(result: ImportResult): string[] {
  const { doc, meta } = result;
  const items: string[] = [];
  for (const g of meta.guesses) items.push(`核对推断值——${g}。`);
  items.push('改写 source（来源说明）：说明材料类型和时间，不写真实单位名称，例如“据某区直机关2022年1月材料整理，已脱敏”。');
  const corrections = doc.blocks.reduce((n, b) => n + b.corrections.length, 0);
  if (corrections) items.push(`核对导入时自动改正的 ${corrections} 处编号（每处已加 kind="correction" 订正批注，说明原文写法和改正理由）。`);
  items.push('通读全文，原文中的错别字、错误提法、漏字漏标点需人工订正，每处改动加 kind="correction" 批注（was 写原文，now 写改后）。');
  for (const u of doc.unresolved) items.push(`第 ${u.line} 行：${u.message}`);
  for (const line of doc.unpairedQuoteLines) items.push(`第 ${line} 行：英文双引号不成对，未能自动改为中文引号，请人工改正。`);
  items.push('脱敏：自动替换只认得省市县乡的名称、省和地级市的简称、企业名称、部分人名、门牌地址和电话、证件号码、电子邮件地址；请再找出单位简称、人名、事件名称、具体日期、届次和数额等可识别信息，换成“×”形式，并加 kind="deid" 批注（只写名称的类别，不写原名）。');
  items.push('为各部分加 kind="section" 批注（对应模板的哪一节），为值得学习的写法加 kind="technique" 批注，可用 <Phrase> 标出短语库条目。');
  items.push('文件名改为能说明内容的英文标识（如 leadership-2022-municipal-bureau.mdx），不含真实地名或单位名称。');
  items.push('status 保持 experimental，审定后再改为 reviewed。');
  return items;
}

const FORMAT_LABELS = { docx: 'Word 文档', odt: 'OpenDocument 文本', text: '纯文本', markdown: 'Markdown' } as const;

/** The report printed for one imported file. */
export function formatResult(result: ImportResult, findings: LintFinding[], cwd = process.cwd()): string {
  const { doc, meta, source } = result;
  const out: string[] = [];
  const inside = relative(cwd, result.output);
  const rel = inside && !inside.startsWith('..') ? inside : result.output;
  out.push(`  读取：${FORMAT_LABELS[source.format]}${source.encoding ? `，编码 ${source.encoding}` : ''}`);
  out.push(`  写出：${rel}`);
  out.push(`  推断：文种 ${meta.exemplar.docType}，年度 ${meta.exemplar.year}，主题 ${meta.exemplar.theme}，对应模板 ${meta.exemplar.follows}`);
  const corrections = doc.blocks.flatMap((b) => b.corrections.map((c) => ({ line: b.line, ...c })));
  out.push(`  编号：改正 ${corrections.length} 处${corrections.length ? '（已加订正批注）' : ''}`);
  for (const c of corrections) out.push(`    第 ${c.line} 行  ${c.was} → ${c.now}`);
  out.push(`  占位符：${doc.placeholders} 处改为“×”形式；标点：${doc.punctuation} 处改为全角`);
  const names = [
    ...doc.titleReplacements.map((r) => ({ where: '标题', r })),
    ...doc.blocks.flatMap((b) => b.replacements.map((r) => ({ where: `第 ${b.line} 行`, r }))),
  ];
  out.push(`  脱敏：替换 ${names.length} 处${names.length ? '：' : ''}`);
  for (const { where, r } of names) out.push(`    ${where}  ${r.text} → ${r.replacement}（${IDENTIFIER_LABELS[r.kind]}）`);
  out.push(`  检查结果（内容检查工具）：${findings.length ? `${findings.length} 条` : '没有发现问题'}`);
  for (const f of findings) out.push(`    ${rel}:${f.line}:${f.column}  ${f.message}${f.rule ? `  ${f.rule}` : ''}`);
  if (doc.warnings.length) {
    out.push('  按原文保留（请确认）：');
    for (const w of doc.warnings) out.push(`    第 ${w.line} 行  ${w.message}`);
  }
  if (source.notices?.length) {
    out.push(`  ${FORMAT_LABELS[source.format]}中改变了形式的内容：`);
    for (const n of source.notices) out.push(`    ${n}`);
  }
  if (source.warnings.length) {
    out.push(`  ${FORMAT_LABELS[source.format]}中未能导入的内容：`);
    for (const w of [...new Set(source.warnings)]) out.push(`    ${w}`);
  }
  out.push('  还需要人工核对：');
  checklist(result).forEach((item, i) => out.push(`    ${i + 1}. ${item}`));
  return out.join('\n');
}
