// The one MDX safety check, used by the linter rule (jingjian:mdx-safety) and by the build guard
// (src/integrations/remark-mdx-safety.ts). Contributions are untrusted and MDX runs code at
// build time, so content may use only the documented components with literal attribute values
// and comment expressions; no ESM, no other expressions, no raw HTML, no script URLs.
import { fromHtml } from 'hast-util-from-html';
import { USER_COMPONENTS } from '../user-components/index.ts';

export interface Span {
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
}

export interface UnsafeFinding {
  reason: string;
  position: Span;
  actual: string;
  /** How to fix it, in words. */
  fix: string;
}

/** Files above this size are rejected before parsing: real exemplars are well under 200 KB. */
export const MAX_BYTES = 1024 * 1024;

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: Span }>;
  children?: MdNode[];
  position?: Span;
}

const ALLOWED = new Set<string>(USER_COMPONENTS);
const ALLOWED_LIST = USER_COMPONENTS.join('、');
const DANGEROUS_TAGS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'link', 'meta', 'base', 'form', 'frame', 'frameset', 'svg', 'math']);
// One or more /* … */ comments and nothing else (a comment cannot contain "*/").
const COMMENT_ONLY = /^\s*(?:\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/\s*)+$/;
const SCRIPT_URL = /^(?:javascript|vbscript|data|livescript):/i;

/** Browsers ignore whitespace and control characters inside a scheme, so `java\tscript:` counts. (Markdown has already decoded entities.) */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return SCRIPT_URL.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

const short = (s: string, n = 40) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

function checkJsx(node: MdNode & { position: Span }, out: UnsafeFinding[]): void {
  const name = node.name;
  if (!name) {
    out.push({ reason: '不允许使用 JSX 片段“<>…</>”。', position: node.position, actual: '<>', fix: `删除“<>”和“</>”；可用的组件只有 ${ALLOWED_LIST}。` });
  } else if (!ALLOWED.has(name)) {
    const lower = name.toLowerCase();
    out.push(
      DANGEROUS_TAGS.has(lower)
        ? { reason: `不允许使用 <${name}> 标签：它会在读者的浏览器中加载或执行外部内容。`, position: node.position, actual: `<${name}>`, fix: `删除整个 <${name}> 元素。` }
        : { reason: `不允许使用组件或标签“<${name}>”：可用的组件只有 ${ALLOWED_LIST}。`, position: node.position, actual: `<${name}>`, fix: `删除“<${name}>”，或改用 ${ALLOWED_LIST} 之一。` },
    );
  }
  for (const attr of node.attributes ?? []) {
    const where = attr.position ?? node.position;
    if (attr.type === 'mdxJsxExpressionAttribute') {
      out.push({ reason: `不允许展开属性“${short(String(attr.value ?? ''))}”：属性只能写成 名称="文字"。`, position: where, actual: String(attr.value ?? ''), fix: '删除这个花括号属性，逐个写出需要的属性。' });
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) {
      out.push({ reason: `不允许事件属性“${attrName}”：它会在读者的浏览器中执行代码。`, position: where, actual: attrName, fix: `删除属性“${attrName}”。` });
      continue;
    }
    if (attr.value && typeof attr.value === 'object') {
      const expr = String((attr.value as { value?: unknown }).value ?? '');
      out.push({ reason: `属性“${attrName}”的值不能是花括号表达式“{${short(expr)}}”，只能是引号内的文字。`, position: where, actual: `{${expr}}`, fix: `改写为 ${attrName}="……"。` });
      continue;
    }
    if (typeof attr.value === 'string' && isScriptUrl(attr.value)) {
      out.push({ reason: `属性“${attrName}”的值“${short(attr.value)}”是脚本链接，不允许。`, position: where, actual: attr.value, fix: '删除这个属性，或改为普通的站内链接。' });
    }
  }
}

interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HtmlNode[];
}

/**
 * Reads raw HTML as a browser would (parse5, the parser of Astro's own rehype-raw), because
 * string shapes lie: `<!-- a --><script>…</script><!-- b -->` starts and ends like a comment,
 * and `<!-->` closes the comment it seems to open. Raw HTML is allowed only when every node is
 * a comment (or blank text).
 */
function readRawHtml(html: string): { onlyComments: boolean; dangerous?: string } {
  const tree = fromHtml(html, { fragment: true }) as HtmlNode;
  let onlyComments = true;
  let dangerous: string | undefined;
  const stack = [...(tree.children ?? [])];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment' || (node.type === 'text' && !node.value?.trim())) continue;
    onlyComments = false;
    if (node.type === 'element' && !dangerous && DANGEROUS_TAGS.has(node.tagName ?? '')) dangerous = node.tagName;
    stack.push(...(node.children ?? []));
  }
  return { onlyComments, ...(dangerous ? { dangerous } : {}) };
}

/** Every unsafe construct of an mdast tree (MDX or Markdown). Nodes without a position were added by the build (auto-imports) and are trusted. */
export function findUnsafeMdx(tree: unknown): UnsafeFinding[] {
  const out: UnsafeFinding[] = [];
  // Iterative walk: hostile input may nest thousands of levels deep.
  const stack: MdNode[] = [tree as MdNode];
  while (stack.length) {
    const node = stack.pop()!;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    const position = node.position;
    if (!position) continue;
    switch (node.type) {
      case 'mdxjsEsm': {
        const first = (node.value ?? '').split('\n')[0] ?? '';
        const verb = /^\s*export\b/.test(first) ? 'export' : 'import';
        out.push({
          reason: `不允许 ${verb} 语句“${short(first)}”：MDX 会在构建时执行它。`,
          position,
          actual: first,
          fix: verb === 'import' ? `删除这一行；${ALLOWED_LIST} 已自动引入，不需要 import。` : '删除这一行；页面数据写在 frontmatter 中。',
        });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value ?? '')) {
          out.push({
            reason: `不允许花括号表达式“{${short(node.value ?? '')}}”：MDX 会在构建时执行其中的代码。`,
            position,
            actual: `{${node.value ?? ''}}`,
            fix: '删除这个表达式；正文中的花括号请改为全角“｛｝”，注释只能写作 {/* … */}。',
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node as MdNode & { position: Span }, out);
        break;
      case 'html': {
        const value = node.value ?? '';
        const parsed = readRawHtml(value);
        if (parsed.onlyComments) break;
        const tag = parsed.dangerous;
        out.push(
          tag
            ? { reason: `不允许使用 <${tag}> 标签：它会在读者的浏览器中加载或执行外部内容。`, position, actual: short(value), fix: `删除整个 <${tag}> 元素。` }
            : { reason: `不允许直接写 HTML“${short(value)}”。`, position, actual: short(value), fix: `删除这段 HTML；需要组件时把文件改为 .mdx，并只用 ${ALLOWED_LIST}。` },
        );
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isScriptUrl(node.url)) {
          out.push({ reason: `不允许脚本链接“${short(node.url)}”。`, position, actual: node.url, fix: '删除这个链接，或改为普通的站内链接。' });
        }
        break;
    }
  }
  out.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
  return out;
}
