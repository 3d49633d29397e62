// `npm run bench:lint -- N`: lints N synthetic exemplars with the full Jingjian rule set and
// with remark-cli + remark-preset-lint-recommended, on the same files in the same run, and
// prints both wall times (median of several alternating runs) and their ratio. The target is
// a ratio of at most 2. With --unique the misspelling detector remembers no checked sentence
// (JINGJIAN_SPELLING_MEMO=0): the synthetic files reuse real paragraphs, so without it the
// detector's memory skips most of its work and the ratio flatters it. With --rules, it prints
// where the time goes instead (start-up, parsing, each rule; scripts/lib/lint-breakdown.ts).
// Not part of `npm test`.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './lib/synthetic-corpus.ts';
import { median, runMeasured, type Measured } from './lib/measure.ts';
import { ROOT } from './lib/bench-project.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unique = process.argv.includes('--unique');
const breakdown = process.argv.includes('--rules');
const n = Number(positional[0] ?? 2000);
const runs = Number(positional[1] ?? 3);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('用法：npm run bench:lint -- <范例数量> [重复次数] [--unique] [--rules]，例如 npm run bench:lint -- 2000 --unique');
  process.exit(2);
}

const dir = join(ROOT, '.bench', `lint-${n}`);
rmSync(dir, { recursive: true, force: true });
console.error(`生成 ${n} 篇合成范例……`);
writeCorpus(dir, n);

if (breakdown) {
  if (unique) process.env.JINGJIAN_SPELLING_MEMO = '0';
  const { lintBreakdown } = await import('./lib/lint-breakdown.ts');
  await lintBreakdown(dir);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// Imported here, not above: --rules times the loading of the linter's modules itself.
const { RULE_IDS } = await import('../src/lint/preset.ts');
const tools = {
  jingjian: { label: `镜鉴（全部 ${RULE_IDS.length} 条规则${unique ? '，错别字检测不记忆句子' : ''}）`, cmd: process.execPath, args: [join(ROOT, 'src/lint/cli.ts'), dir], env: unique ? { ...process.env, JINGJIAN_SPELLING_MEMO: '0' } : undefined },
  // remark-cli as shipped: the recommended preset, the files read as Markdown (.mdx added to
  // the extensions it looks for). Our linter parses more (MDX, GFM, directives, frontmatter).
  remark: { label: 'remark-cli + remark-preset-lint-recommended', cmd: join(ROOT, 'node_modules/.bin/remark'), args: ['--no-config', '--ext', 'mdx', '--use', 'remark-preset-lint-recommended', dir], env: undefined },
};

const results: Record<keyof typeof tools, Measured[]> = { jingjian: [], remark: [] };
for (let i = 0; i < runs; i++) {
  // Alternate the order so that neither tool always runs on a warmer machine.
  const order = (i % 2 ? ['remark', 'jingjian'] : ['jingjian', 'remark']) as Array<keyof typeof tools>;
  for (const name of order) {
    const t = tools[name];
    console.error(`第 ${i + 1}/${runs} 轮：${t.label}……`);
    const m = await runMeasured(t.cmd, t.args, { cwd: ROOT, quiet: true, ...(t.env ? { env: t.env } : {}) });
    // Exit 1 means "found problems" for both tools; anything else is a crash.
    if (m.code !== 0 && m.code !== 1) throw new Error(`${t.label} 异常退出（${m.code}）：\n${m.output.slice(-2000)}`);
    results[name].push(m);
  }
}

const checked = /共检查 (\d+) 个文件/.exec(results.jingjian[0]!.output)?.[1];
if (Number(checked) !== n) throw new Error(`镜鉴只检查了 ${checked} 个文件，应为 ${n} 个`);

const wall = (name: keyof typeof tools) => median(results[name].map((m) => m.wallMs)) / 1000;
const cpu = (name: keyof typeof tools) => median(results[name].map((m) => m.cpuMs)) / 1000;
const rss = (name: keyof typeof tools) => Math.max(...results[name].map((m) => m.peakRssMiB));
console.log(`\n检查基准：${n} 篇合成范例，每个工具运行 ${runs} 次取中位数（同一次运行，交替先后）\n`);
console.log('| 工具 | 耗时（中位数） | 各次耗时 | CPU 时间（中位数） | 各次 CPU 时间 | 峰值内存 |');
console.log('|---|---|---|---|---|---|');
for (const name of Object.keys(tools) as Array<keyof typeof tools>) {
  const each = (key: 'wallMs' | 'cpuMs') => results[name].map((m) => (m[key] / 1000).toFixed(2)).join(' / ');
  console.log(`| ${tools[name].label} | ${wall(name).toFixed(2)} s | ${each('wallMs')} s | ${cpu(name).toFixed(2)} s | ${each('cpuMs')} s | ${rss(name).toFixed(0)} MiB |`);
}
const ratio = wall('jingjian') / wall('remark');
console.log(`\n耗时比（镜鉴 / remark-cli）：${ratio.toFixed(2)}（目标：不超过 2）；CPU 时间比：${(cpu('jingjian') / cpu('remark')).toFixed(2)}`);
rmSync(dir, { recursive: true, force: true });
