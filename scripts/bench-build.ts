// `npm run bench:build -- N`: builds this site and a stock Starlight site from the same N
// synthetic exemplars, in the same run, and prints wall time, peak memory, dist size and HTML
// bytes per exemplar page for both. Not part of `npm test`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO, makeOurProject, makeStockProject } from './lib/bench-project.ts';
import { median, runMeasured } from './lib/measure.ts';

const n = Number(process.argv[2] ?? 2000);
if (!Number.isInteger(n) || n < 1) {
  console.error('用法：npm run bench:build -- <范例数量>，例如 npm run bench:build -- 2000');
  process.exit(2);
}

interface Sizes {
  distBytes: number;
  htmlBytes: number;
  pages: number;
  exemplarPageBytes: number[];
}

function sizes(dist: string): Sizes {
  const out: Sizes = { distBytes: 0, htmlBytes: 0, pages: 0, exemplarPageBytes: [] };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        out.distBytes += st.size;
        if (name.endsWith('.html')) {
          out.htmlBytes += st.size;
          out.pages++;
          if (/synthetic-\d+[/\\]index\.html$/.test(p)) out.exemplarPageBytes.push(st.size);
        }
      }
    }
  };
  walk(dist);
  return out;
}

const MiB = 1024 * 1024;
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

console.error(`生成 ${n} 篇合成范例……`);
const ours = makeOurProject(n);
const stock = makeStockProject(n);

console.error('构建本站……');
const a = await runMeasured(process.execPath, [join(ours, 'scripts/build.ts')], { cwd: ours, env, quiet: true });
if (a.code !== 0) throw new Error(`本站构建失败：\n${a.output.slice(-3000)}`);
console.error('构建对照组（Starlight 默认配置）……');
const b = await runMeasured(ASTRO, ['build'], { cwd: stock, env, quiet: true });
if (b.code !== 0) throw new Error(`对照组构建失败：\n${b.output.slice(-3000)}`);

const sa = sizes(join(ours, 'dist'));
const sb = sizes(join(stock, 'dist'));
const row = (name: string, m: typeof a, s: Sizes) =>
  `| ${name} | ${(m.wallMs / 1000).toFixed(1)} s | ${m.peakRssMiB.toFixed(0)} MiB | ${(s.distBytes / MiB).toFixed(1)} MiB | ${(s.htmlBytes / MiB).toFixed(1)} MiB | ${s.pages} | ${(median(s.exemplarPageBytes) / 1024).toFixed(1)} KiB | ${(Math.max(...s.exemplarPageBytes) / 1024).toFixed(1)} KiB |`;
console.log(`\n构建基准：${n} 篇合成范例（同一次运行，2 核机器上的数字随负载波动）\n`);
console.log('| 站点 | 构建耗时 | 峰值内存 | dist 大小 | HTML 总量 | 页面数 | 每篇范例 HTML（中位数） | 每篇范例 HTML（最大） |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(row('镜鉴', a, sa));
console.log(row('Starlight 默认', b, sb));
console.log(`\n耗时比（镜鉴 / 默认）：${(a.wallMs / b.wallMs).toFixed(2)}；HTML 总量比：${(sa.htmlBytes / sb.htmlBytes).toFixed(3)}`);
