// Hostile contributions against the build: scripts/build.ts runs the checker's safety rule,
// frontmatter allow-list and limits over content/ before Astro starts, so each attack below is
// refused in seconds with the checker's own file:line:column message, a non-zero exit, no stack
// trace, and nothing written to the output folder. (A build started with Astro directly is
// covered by the second line: tests/e2e/build-errors.test.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, makeOurProject } from '../../scripts/lib/bench-project.ts';
import { GATE_CONFIG } from '../../scripts/lib/content-gate.ts';
import { lintBytes } from '../../src/lint/lint.ts';

const FRONT = (extra: string) => `---\ntitle: 写作指导\n${extra}guidance:\n  topic: 测试\n  status: experimental\n---\n\n正文。\n`;

/** path under content/ → [content, what the build's message must say at file:line:column]. */
const ATTACKS: Record<string, [string, RegExp]> = {
  'guidance/head-script.mdx': [FRONT('head:\n  - tag: script\n    content: alert(document.cookie)\n'), /:3:1 +错误 +frontmatter 不允许字段“head”/],
  'guidance/head-import.mdx': [FRONT('head:\n  - tag: style\n    content: "@import url(https://example.com/x.css)"\n'), /:3:1 +错误 +frontmatter 不允许字段“head”/],
  'guidance/head-refresh.mdx': [FRONT('head:\n  - tag: meta\n    attrs:\n      http-equiv: refresh\n      content: 0;url=https://example.com/\n'), /:3:1 +错误 +frontmatter 不允许字段“head”/],
  'guidance/banner.mdx': [FRONT('banner:\n  content: <img src=x onerror=alert(1)>\n'), /:3:1 +错误 +frontmatter 不允许字段“banner”/],
  'guidance/hero.mdx': [FRONT('hero:\n  tagline: <img src=x onerror=alert(1)>\n  actions:\n    - text: 点此\n      link: javascript:alert(1)\n'), /:3:1 +错误 +frontmatter 不允许字段“hero”/],
  'guidance/edit-url.mdx': [FRONT('editUrl: javascript:alert(1)\n'), /:3:1 +错误 +frontmatter 不允许字段“editUrl”/],
  'guidance/prev-next.mdx': [FRONT('prev:\n  link: javascript:alert(1)\nnext:\n  link: https://example.com/\n'), /:3:1 +错误 +frontmatter 不允许字段“prev”[\s\S]*:5:1 +错误 +frontmatter 不允许字段“next”/],
  'guidance/sidebar-attrs.mdx': [FRONT('sidebar:\n  order: 1\n  attrs:\n    onclick: alert(1)\n'), /:5:3 +错误 +frontmatter 不允许字段“sidebar\.attrs”/],
  'guidance/sidebar-badge.mdx': [FRONT('sidebar:\n  badge:\n    text: 新\n    class: x onmouseover=alert(1)\n'), /:4:3 +错误 +frontmatter 不允许字段“sidebar\.badge”/],
  'guidance/comment-sandwich.md': [FRONT('') + '\n<!-- x --><img src=x onload="alert(1)"><script>alert(2)</script><!-- y -->\n', /:10:1 +错误 +不允许使用 <script> 标签/],
  'guidance/script-only.md': [`---\ntitle: 说明\nguidance:\n  topic: 测试\n  status: experimental\n---\n${'\n'.repeat(7)}<script>alert(1)</script>\n`, /:14:1 +错误 +不允许使用 <script> 标签/],
  'guidance/emphasis-run.md': [FRONT('') + '*a'.repeat(20_000) + '\n', /:9:1001 +错误 +同一段中的星号“\*”和下划线“_”超过 500 个/],
  'guidance/nested-list.md': [FRONT('') + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(Math.min(i, 250))}- 项\n`).join(''), /:\d+:\d+ +错误 +文件结构嵌套过深/],
  'guidance/deep-quotes.md': [FRONT('') + `${'> '.repeat(5000)}深\n`, /:9:1 +错误 +文件结构嵌套过深/],
};

let dir: string;
let run: { status: number | null; stdout: string; stderr: string; ms: number };
const out = () => join(dir, 'out');

beforeAll(() => {
  dir = makeOurProject(0, { dir: join(ROOT, '.bench', `hostile-build-${process.pid}`) });
  for (const [path, [content]] of Object.entries(ATTACKS)) {
    mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', path), content);
  }
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(dir, 'scripts/build.ts'), '--outDir', out()], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  run = { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
}, 90_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build refuses hostile content before Astro starts', () => {
  it('exits 1 within seconds, without a stack trace, and writes no page', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(run.ms).toBeLessThan(30_000);
    expect(run.stderr).not.toMatch(/^\s+at\s/m);
    expect(run.stderr).toContain('构建前检查未通过，未开始构建');
    expect(existsSync(out())).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('staging'))).toEqual([]);
  });

  for (const [path, [content, expected]] of Object.entries(ATTACKS)) {
    it(`refuses ${path} with the checker's message at file:line:column, in under 5 s`, () => {
      const lines = run.stderr.split('\n').filter((l) => l.startsWith(`content/${path}:`)).join('\n');
      expect(lines, run.stderr.slice(0, 2000)).toMatch(expected);
      const start = performance.now();
      const { file } = lintBytes(join(dir, 'content', path), Buffer.from(content), GATE_CONFIG);
      expect(performance.now() - start).toBeLessThan(5_000);
      expect(file.messages.some((m) => m.fatal)).toBe(true);
    });
  }

  it('lets the site\'s own content through the same check', () => {
    for (const path of readdirSync(join(ROOT, 'content'), { recursive: true }).map(String).filter((p) => /\.mdx?$/.test(p))) {
      const { file } = lintBytes(join(ROOT, 'content', path), readFileSync(join(ROOT, 'content', path)), GATE_CONFIG);
      expect(file.messages.filter((m) => m.fatal).map((m) => `${path}: ${m.reason}`)).toEqual([]);
    }
  });
});
