// jingjian:mdx-safety — no import/export, no JS expressions (only {/* comments */}), no raw
// <script>/<iframe>/<style> or other HTML, no event-handler attributes or javascript: URLs, and
// only the documented content components. The same check guards the build
// (src/integrations/remark-mdx-safety.ts), so a file the linter passes is a file that builds.
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { findUnsafeMdx } from '../mdx-safety-check.ts';
import { report, ruleUrl, type RuleExamples } from '../report.ts';

export const examples: RuleExamples = {
  ok: [
    {
      name: '属性为字面值的内容组件，以及检查指令注释',
      source:
        '一是学习不够。\n\n<Annotation kind="technique" label="分条">用“一是”分条。</Annotation>\n\n{/* lint ignore wording */}\n\n<Phrase purpose="问题表述">学习不够</Phrase>\n',
    },
    { name: '普通链接', source: '见[写作指导](/guidance/problems/)。\n' },
    { name: 'Markdown 文件中的 HTML 注释', path: 'example.md', source: '正文。\n\n<!-- 说明：此处为占位 -->\n' },
  ],
  notOk: [
    {
      name: '导入 Node 模块（import）',
      source: "import fs from 'node:fs'\n\n正文。\n",
      messages: ['1:1-1:25: 不允许 import 语句“import fs from \'node:fs\'”：MDX 会在构建时执行它。改法：删除这一行；Annotation、Phrase、Do、Dont 已自动引入，不需要 import。'],
    },
    {
      name: '导出语句（export）',
      source: 'export const x = 1\n\n正文。\n',
      messages: ['1:1-1:19: 不允许 export 语句“export const x = 1”：MDX 会在构建时执行它。改法：删除这一行；页面数据写在 frontmatter 中。'],
    },
    {
      name: '正文中的表达式',
      source: '共有{process.env.HOME}条。\n',
      messages: ['1:3-1:21: 不允许花括号表达式“{process.env.HOME}”：MDX 会在构建时执行其中的代码。改法：删除这个表达式；正文中的花括号请改为全角“｛｝”，注释只能写作 {/* … */}。'],
    },
    {
      name: '<script> 标签',
      source: '<script>alert(1)</script>\n',
      messages: ['1:1-1:26: 不允许使用 <script> 标签：它会在读者的浏览器中加载或执行外部内容。改法：删除整个 <script> 元素。'],
    },
    {
      name: '<iframe> 和 <style> 元素',
      source: '<iframe src="https://example.com/" />\n\n<style>{`body{}`}</style>\n',
      messages: ['1:1-1:38: 不允许使用 <iframe> 标签：它会在读者的浏览器中加载或执行外部内容。改法：删除整个 <iframe> 元素。', '3:1-3:26: 不允许使用 <style> 标签：它会在读者的浏览器中加载或执行外部内容。改法：删除整个 <style> 元素。', '3:8-3:18: 不允许花括号表达式“{`body{}`}”：MDX 会在构建时执行其中的代码。改法：删除这个表达式；正文中的花括号请改为全角“｛｝”，注释只能写作 {/* … */}。'],
    },
    {
      name: '未登记的组件',
      source: '<Foo />\n',
      messages: ['1:1-1:8: 不允许使用组件或标签“<Foo>”：可用的组件只有 Annotation、Phrase、Do、Dont。改法：删除“<Foo>”，或改用 Annotation、Phrase、Do、Dont 之一。'],
    },
    {
      name: '允许使用的组件上带事件属性和表达式属性',
      source: '<Do onClick="alert(1)" title={x}>可用。</Do>\n',
      messages: ['1:5-1:23: 不允许事件属性“onClick”：它会在读者的浏览器中执行代码。改法：删除属性“onClick”。', '1:24-1:33: 属性“title”的值不能是花括号表达式“{x}”，只能是引号内的文字。改法：改写为 title="……"。'],
    },
    {
      name: 'javascript: 链接',
      source: '[点此](javascript:alert(1))\n\n<Annotation kind="deid" label="java&#x09;script:alert(1)">说明。</Annotation>\n',
      messages: ['1:1-1:26: 不允许脚本链接“javascript:alert(1)”。改法：删除这个链接，或改为普通的站内链接。', '3:25-3:58: 属性“label”的值“java script:alert(1)”是脚本链接，不允许。改法：删除这个属性，或改为普通的站内链接。'],
    },
    {
      name: 'Markdown 文件中的原始 HTML',
      path: 'example.md',
      source: '正文。\n\n<div onclick="x()">块</div>\n',
      messages: ['3:1-3:27: 不允许直接写 HTML“<div onclick="x()">块</div>”。改法：删除这段 HTML；需要组件时把文件改为 .mdx，并只用 Annotation、Phrase、Do、Dont。'],
    },
    {
      name: '夹在同一行两个注释之间的原始 HTML，以及会被浏览器提前结束的注释',
      path: 'example.md',
      source: '正文。\n\n<!-- x --><img src=x onload="alert(1)"><script>alert(2)</script><!-- y -->\n\n<!--><img src=x onerror="alert(3)">-->\n',
      messages: [
        '3:1-3:75: 不允许使用 <script> 标签：它会在读者的浏览器中加载或执行外部内容。改法：删除整个 <script> 元素。',
        '5:1-5:39: 不允许直接写 HTML“<!--><img src=x onerror="alert(3)">-->”。改法：删除这段 HTML；需要组件时把文件改为 .mdx，并只用 Annotation、Phrase、Do、Dont。',
      ],
    },
  ],
};

const mdxSafety = lintRule<Root>({ origin: 'jingjian:mdx-safety', url: ruleUrl('mdx-safety') }, (tree, file) => {
  for (const f of findUnsafeMdx(tree)) {
    report(file, { reason: `${f.reason}改法：${f.fix}`, start: f.position.start, end: f.position.end, actual: f.actual, note: f.fix });
  }
});

export default mdxSafety;
