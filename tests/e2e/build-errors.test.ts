// Bad content fails the build with a message naming the file, the line and what to fix —
// never a bare stack trace.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, makeOurProject } from '../../scripts/lib/bench-project.ts';

let dir: string;
let good: string;

beforeAll(() => {
  dir = makeOurProject(0, { dir: join(ROOT, '.bench', 'build-errors') });
  good = readFileSync(join(dir, 'content/templates/leadership-2021-dangshi.mdx'), 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function buildWith(file: string, source: string): { code: number; output: string } {
  const path = join(dir, 'content', file);
  writeFileSync(path, source);
  try {
    execFileSync(process.execPath, [join(dir, 'scripts/build.ts'), '--outDir', join(dir, 'dist')], { cwd: dir, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    return { code: 0, output: '' };
  } catch (e) {
    const err = e as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: err.status, output: err.stdout.toString() + err.stderr.toString() };
  } finally {
    rmSync(path);
  }
}

const EXEMPLAR = (docType: string, extra = '') => `---
title: 测试范例
exemplar:
  docType: ${docType}
  follows: leadership-2021-dangshi
  year: 2021
  theme: 党史学习教育专题民主生活会
  subject: 班子
  source: 测试用例，已脱敏
  status: experimental
---

一、存在的问题
${extra}
`;

describe('bad content stops the build with a clear message', () => {
  it('names the file, line and value of an unknown document type', () => {
    const { code, output } = buildWith('exemplars/bad-type.mdx', EXEMPLAR('leadershp'));
    expect(code).toBe(1);
    expect(output).toContain('构建前检查未通过，未开始构建');
    expect(output).toMatch(/content\/exemplars\/bad-type\.mdx:4:3 +错误 +frontmatter 的 exemplar\.docType 写的是“leadershp”/);
    expect(output).toMatch(/leadership.*personal.*inspection/);
    expect(output).not.toMatch(/^\s+at\s/m);
  });

  it('names the file and the missing block of an exemplar without exemplar metadata', () => {
    const { code, output } = buildWith('exemplars/no-meta.mdx', '---\ntitle: 缺元数据\n---\n\n正文。\n');
    expect(code).toBe(1);
    expect(output).toMatch(/content\/exemplars\/no-meta\.mdx:1:1 +错误 +frontmatter 缺少 exemplar 块/);
    expect(output).not.toMatch(/^\s+at\s/m);
  });

  it('points at the line and column of broken MDX', () => {
    const { code, output } = buildWith('exemplars/broken.mdx', EXEMPLAR('leadership', '\n（一）问题 {未闭合\n'));
    expect(code).toBe(1);
    expect(output).toMatch(/content\/exemplars\/broken\.mdx:15:\d+ +错误 +无法解析此文件（MDX 语法错误）/);
    expect(output).not.toMatch(/^\s+at\s/m);
  });

  it('still builds when the content is valid', () => {
    expect(good).toContain('templateSpec');
    const { code } = buildWith('exemplars/fine.mdx', EXEMPLAR('leadership', '\n（一）在带头深刻感悟“两个确立”的决定性意义方面。\n'));
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'dist/exemplars/fine/index.html'))).toBe(true);
  }, 180_000);

  it('publishes nothing when the link check fails: the previous output stays as it was', () => {
    const out = join(dir, 'dist');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    writeFileSync(join(out, 'previous.html'), '<p>上一次的构建</p>');
    const { code, output } = buildWith('exemplars/dead-link.mdx', EXEMPLAR('leadership', '\n（一）见[不存在的页面](/nowhere/)。\n'));
    expect(code).toBe(1);
    expect(output).toContain('链接检查发现');
    expect(readdirSync(out)).toEqual(['previous.html']);
    expect(readdirSync(dir).filter((f) => f.includes('staging'))).toEqual([]);
  }, 180_000);
});

describe('a build started without the pre-build check still refuses hostile content', () => {
  const astroBuild = (file: string, source: string) => {
    const path = join(dir, 'content', file);
    const out = join(dir, 'dist-astro');
    rmSync(out, { recursive: true, force: true });
    writeFileSync(path, source);
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], { cwd: dir, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      return { code: 0, output: '', pages: existsSync(out) ? readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [] };
    } catch (e) {
      const err = e as { status: number; stdout: Buffer; stderr: Buffer };
      return { code: err.status, output: err.stdout.toString() + err.stderr.toString(), pages: existsSync(out) ? readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [] };
    } finally {
      rmSync(path);
    }
  };
  const GUIDANCE = '---\ntitle: 恶意页面\nguidance:\n  topic: 恶意\n  status: experimental\n';

  it('a script in a .md file fails the build at its real line and publishes no page', () => {
    const { code, output, pages } = astroBuild('guidance/evil.md', `${GUIDANCE}---\n\n正文。\n\n<!-- x --><img src=x onload="alert(1)"><script>alert(2)</script><!-- y -->\n`);
    expect(code).not.toBe(0);
    expect(output).toContain('content/guidance/evil.md:10:1');
    expect(output).toContain('不允许使用 <script> 标签');
    expect(pages).toEqual([]);
  }, 180_000);

  it('Starlight frontmatter that carries markup is refused by the content collection', () => {
    const { code, output, pages } = astroBuild('guidance/evil-head.mdx', `${GUIDANCE}sidebar:\n  attrs:\n    onclick: alert(1)\nhead:\n  - tag: script\n    content: alert(1)\n---\n\n正文。\n`);
    expect(code).not.toBe(0);
    expect(output).toMatch(/evil-head\.mdx:1:1: frontmatter 有不允许或不正确的字段：.*head/);
    expect(output).toContain('sidebar.attrs');
    expect(pages).toEqual([]);
  }, 180_000);
});

