// `npm run bench:mutations -- [每类每篇数量] [种子]`: injects one defect per copy of each clean
// exemplar, for every class, and prints per class how many the checker reports at the defect's
// span, the other messages the defect drew, and whether --fix stayed inside the span; then the
// messages on the clean exemplars and on the outside texts (bench/outside, never tuned on).
// Not part of `npm test` (tests/unit/mutations.test.ts runs a small version with thresholds).
import { CLASSES } from './lib/mutations.ts';
import { scoreClass, scoreOriginals, scoreOutside } from './lib/mutation-score.ts';
import { seedTypos } from './lib/seed-typos.ts';

const perFile = Number(process.argv[2] ?? 10);
const seed = Number(process.argv[3] ?? 20261130);
if (!Number.isInteger(perFile) || perFile < 1 || !Number.isInteger(seed)) {
  console.error('用法：npm run bench:mutations -- [每类每篇范例的变体数] [随机种子]，例如 npm run bench:mutations -- 10 20261130');
  process.exit(2);
}

console.log(`\n变异基准：每类每篇范例 ${perFile} 个变体，种子 ${seed}\n`);
console.log('| 缺陷类别 | 变体数 | 在缺陷处报告 | 检出率 | 其他位置的提示 | --fix 改动缺陷以外 |');
console.log('|---|---|---|---|---|---|');
const misses: string[] = [];
for (const cls of CLASSES) {
  const s = scoreClass(cls, perFile, seed);
  console.log(`| ${cls} | ${s.mutants} | ${s.found} | ${((100 * s.found) / Math.max(1, s.mutants)).toFixed(1)}% | ${s.elsewhere} | ${s.fixOutside} |`);
  misses.push(...s.misses.slice(0, 5).map((m) => `${cls}  ${m}`));
}
const o = scoreOriginals();
console.log(`\n原范例（未变异）上的提示：${o.messages} 条；--fix 改动了 ${o.fixChanged} 篇。`);
const out = scoreOutside();
console.log(`外部文本（bench/outside，${out.chars} 字）上的用字类提示：${out.messages} 条，每万字 ${((out.messages * 10000) / out.chars).toFixed(2)} 条。`);
for (const d of out.details) console.log(`  ${d}`);
if (misses.length) {
  console.log('\n未检出的例子（每类至多 5 个）：');
  for (const m of misses) console.log(`  ${m}`);
}

const typos = seedTypos();
if (!typos) console.log('\n（未找到 ../shared/seeds，跳过原始文稿中的真实错字。）');
else {
  const by = (rules: string[]) => typos.filter((t) => t.rules.some((r) => rules.includes(r))).length;
  console.log(`\n原始文稿（../shared/seeds）中范例批注订正过的单字错误：${typos.length} 处，在错字处报告 ${typos.filter((t) => t.rules.length).length} 处`);
  console.log(`  其中手工词表（wording、confusables）${by(['wording', 'confusables'])} 处，错别字模型（spelling）${by(['spelling'])} 处。`);
  for (const t of typos) console.log(`  ${t.rules.length ? '报告' : '未报'}  ${t.was} → ${t.now}${t.rules.length ? `（${t.rules.join('、')}）` : ''}`);
}
