// Hostile contributions: each is rejected by the linter with a clear Chinese message and a
// position, the run finishes in bounded time without a stack trace and goes on to the next
// file, and the build guard refuses the same files so nothing from them reaches the site.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remarkMdxSafety } from '../../src/integrations/remark-mdx-safety.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/lint/cli.ts');

/** name → [file content, what the message must say]. */
const HOSTILE: Record<string, [string | Buffer, RegExp]> = {
  'import-node-module.mdx': ["import { execSync } from 'node:child_process'\n\n正文。\n", /不允许 import 语句/],
  'export.mdx': ["export const x = require('fs')\n\n正文。\n", /不允许 export 语句/],
  'expression.mdx': ['共有{process.exit(1)}条。\n', /不允许花括号表达式/],
  'flow-expression.mdx': ["正文。\n\n{fetch('http://127.0.0.1/')}\n", /不允许花括号表达式/],
  'script.mdx': ['正文。\n\n<script>alert(1)</script>\n', /不允许使用 <script> 标签/],
  'iframe.mdx': ['<iframe src="https://example.com/" />\n', /不允许使用 <iframe> 标签/],
  'style.mdx': ['<style>{`body{display:none}`}</style>\n', /不允许使用 <style> 标签/],
  'event-handler.mdx': ['正文。\n\n<Annotation kind="technique" onClick="alert(1)">说明。</Annotation>\n', /不允许事件属性“onClick”/],
  'expression-attribute.mdx': ['正文。\n\n<Annotation kind={globalThis.x}>说明。</Annotation>\n', /属性“kind”的值不能是花括号表达式/],
  'javascript-link.mdx': ['[点此](javascript:alert(1))\n', /不允许脚本链接/],
  'unknown-component.mdx': ['<Foo />\n', /不允许使用组件或标签“<Foo>”/],
  'raw-html.md': ['正文。\n\n<img src=x onerror="alert(1)">\n', /不允许直接写 HTML/],
  'invalid-utf8.mdx': [Buffer.concat([Buffer.from('第一行\n第二'), Buffer.from([0xff, 0xfe]), Buffer.from('行\n')]), /不是合法的 UTF-8 编码/],
  'ten-megabytes.mdx': ['一、存在的问题。'.repeat(440_000), /文件过大/],
  'nested-list.md': [Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- 项\n`).join(''), /嵌套过深/],
  'nested-quotes.md': [`${'> '.repeat(5000)}深\n`, /嵌套过深/],
  'nested-jsx.mdx': [`${'<Do>'.repeat(20_000)}x${'</Do>'.repeat(20_000)}\n`, /结构异常/],
  'emphasis-run.md': ['正文\n\n' + '*a'.repeat(600) + '\n', /3:1001 同一段中的星号“\*”和下划线“_”超过 500 个/],
  'unclosed-brackets.md': ['[a]('.repeat(50_000), /结构异常/],
  'comment-sandwich.md': ['正文。\n\n<!-- x --><img src=x onload="alert(1)"><script>alert(2)</script><!-- y -->\n', /不允许使用 <script> 标签/],
  'early-closed-comment.md': ['正文。\n\n<!--><img src=x onerror="alert(1)">-->\n', /不允许直接写 HTML/],
  'script-only.md': [`---\ntitle: 说明\n---\n${'\n'.repeat(10)}<script>alert(1)</script>\n`, /14:1.*不允许使用 <script> 标签/],
  'frontmatter-head.mdx': ['---\ntitle: 标题\nhead:\n  - tag: script\n    content: alert(1)\n  - tag: meta\n    attrs: { http-equiv: refresh, content: "0;url=https://example.com/" }\n---\n\n正文。\n', /不允许字段“head”/],
  'frontmatter-banner.mdx': ['---\ntitle: 标题\nbanner:\n  content: <img src=x onerror=alert(1)>\n---\n\n正文。\n', /不允许字段“banner”/],
  'frontmatter-hero.mdx': ['---\ntitle: 标题\nhero:\n  tagline: <img src=x onerror=alert(1)>\n  actions:\n    - text: 点此\n      link: javascript:alert(1)\n---\n\n正文。\n', /不允许字段“hero”/],
  'frontmatter-edit-url.mdx': ['---\ntitle: 标题\neditUrl: javascript:alert(1)\n---\n\n正文。\n', /不允许字段“editUrl”/],
  'frontmatter-prev-next.mdx': ['---\ntitle: 标题\nprev:\n  link: javascript:alert(1)\n  label: 上一页\nnext: { link: "https://example.com/" }\n---\n\n正文。\n', /不允许字段“prev”/],
  'frontmatter-sidebar-attrs.mdx': ['---\ntitle: 标题\nsidebar:\n  order: 1\n  attrs:\n    onclick: alert(1)\n  badge:\n    text: 新\n    class: x" onmouseover="alert(1)\n---\n\n正文。\n', /不允许字段“sidebar\.attrs”/],
  'unbalanced-jsx.mdx': ['<Annotation kind="section">\n\n正文。\n', /组件标签没有成对闭合/],
  'crossed-jsx.mdx': ['<Do><Dont>正文</Do></Dont>\n', /组件标签没有成对闭合/],
};

let dir: string;
let run: { status: number | null; stdout: string; stderr: string; ms: number };
let byFile: Map<string, Array<{ line: number; column: number; severity: string; ruleId: string; message: string }>>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jingjian-hostile-'));
  for (const [name, [content]] of Object.entries(HOSTILE)) writeFileSync(join(dir, name), content);
  writeFileSync(join(dir, 'clean.mdx'), '---\ntitle: 正常文件\n---\n\n正文，全角标点。\n');
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  run = { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
  const report = JSON.parse(r.stdout) as { files: Array<{ path: string; messages: never[] }> };
  byFile = new Map(report.files.map((f) => [f.path.split(/[\\/]/).pop()!, f.messages]));
}, 150_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile contributions', () => {
  it('finishes in bounded time, exits 1 and prints no stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.ms).toBeLessThan(60_000);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps going past bad files: the clean file is checked and passes', () => {
    expect(byFile.get('clean.mdx')).toEqual([]);
    expect(byFile.size).toBe(Object.keys(HOSTILE).length + 1);
  });

  for (const [name, [, expected]] of Object.entries(HOSTILE)) {
    it(`rejects ${name} with a clear message and a position`, () => {
      const messages = byFile.get(name) ?? [];
      const hit = messages.find((m) => expected.test(`${m.line}:${m.column} ${m.message}`));
      expect(hit, JSON.stringify(messages)).toBeDefined();
      expect(hit!.severity).toBe('error');
      expect(hit!.ruleId).toMatch(/^jingjian:(mdx-safety|frontmatter|parse)$/);
      expect(hit!.line).toBeGreaterThanOrEqual(1);
      expect(hit!.column).toBeGreaterThanOrEqual(1);
    });
  }

  it('points at the bad byte of an invalid UTF-8 file', () => {
    const [m] = byFile.get('invalid-utf8.mdx')!;
    expect([m!.line, m!.column]).toEqual([2, 3]);
  });
});

describe('build guard (remark-mdx-safety)', () => {
  const guard = (source: string, path = join(ROOT, 'content/exemplars/x.mdx')) => {
    const file = new VFile({ path, value: source, cwd: ROOT });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxSafety);
    return () => processor.runSync(processor.parse(file), file);
  };

  for (const [name, [content, expected]] of Object.entries(HOSTILE)) {
    // Frontmatter is the content collection's strict schema's business (second line), not this guard's.
    if (!name.endsWith('.mdx') || name.startsWith('frontmatter-') || typeof content !== 'string' || !/mdx-safety|不允许|属性/.test(expected.source)) continue;
    it(`refuses to build ${name} with file:line:column and how to fix it`, () => {
      expect(guard(content)).toThrow(new RegExp(`content/exemplars/x\\.mdx:\\d+:\\d+[\\s\\S]*${expected.source}[\\s\\S]*改法`));
    });
  }

  it('refuses raw HTML hidden between two comments in a .md file, at its line', () => {
    const file = new VFile({ path: join(ROOT, 'content/guidance/x.md'), value: HOSTILE['comment-sandwich.md']![0] as string, cwd: ROOT });
    const processor = unified().use(remarkParse).use(remarkMdxSafety);
    expect(() => processor.runSync(processor.parse(file), file)).toThrow(/content\/guidance\/x\.md:3:1 +不允许使用 <script> 标签/);
  });

  it('carries the place where the build looks for it', () => {
    let error: { line?: number; column?: number; loc?: { file: string } } | undefined;
    try {
      guard('共有{x}条。\n')();
    } catch (e) {
      error = e as typeof error;
    }
    expect(error).toMatchObject({ line: 1, column: 3, loc: { file: join(ROOT, 'content/exemplars/x.mdx') } });
  });

  it('refuses an oversized file', () => {
    expect(guard('正文。'.repeat(400_000))).toThrow(/文件过大/);
  });

  it('lets clean content, lint comments and content outside content/ through', () => {
    expect(guard('正文。\n\n{/* lint ignore wording */}\n\n<Annotation kind="section" section="opening">说明。</Annotation>\n')).not.toThrow();
    expect(guard("import x from 'y'\n", join(ROOT, 'src/pages/x.mdx'))).not.toThrow();
  });

  it('trusts imports the build itself injects (they have no source position)', () => {
    const file = new VFile({ path: join(ROOT, 'content/exemplars/x.mdx'), value: '正文。\n' });
    const tree = unified().use(remarkParse).use(remarkMdx).parse(file);
    tree.children.unshift({ type: 'mdxjsEsm', value: "import Annotation from './Annotation.astro'" } as never);
    expect(() => remarkMdxSafety()(tree, file)).not.toThrow();
  });

  it('stops the MDX compiler, so no unsafe module is ever produced', async () => {
    const file = new VFile({ path: join(ROOT, 'content/exemplars/x.mdx'), value: "import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd')}\n" });
    await expect(compile(file, { remarkPlugins: [remarkMdxSafety] })).rejects.toThrow(/MDX 安全检查未通过/);
  });
});
