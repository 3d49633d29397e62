// Build-time guard against unsafe MDX in content/: the same check as the linter's
// jingjian:mdx-safety rule (src/lint/mdx-safety-check.ts), enforced on every file under
// content/ so that an import, an expression, a script or an unknown component never reaches
// the build even when nobody ran the linter. Inline `lint ignore` comments do not apply here.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findUnsafeMdx, MAX_BYTES } from '../lint/mdx-safety-check.ts';
import { splitFrontmatter } from '../schemas/frontmatter.ts';

interface FileLike {
  path?: string;
  value?: unknown;
  cwd?: string;
}

const CONTENT = /(?:^|[\\/])content[\\/]/;

/**
 * Error with the place where Astro's MDX plugin looks for it (`line`, `column`) and in Astro's
 * own shape (`loc`), so the build prints file:line:column once, followed by the list.
 */
export class UnsafeContentError extends Error {
  loc: { file: string; line: number; column: number };
  line: number;
  column: number;
  hint: string;
  constructor(file: string, line: number, column: number, message: string, hint: string) {
    super(message);
    this.name = 'UnsafeContentError';
    this.loc = { file, line, column };
    this.line = line;
    this.column = column;
    this.hint = hint;
    // Astro's Markdown renderer prints the error it rethrows: the message is the whole story.
    this.stack = `${this.name}: ${message}`;
  }
}

/** Astro hands Markdown files over without their frontmatter (and trimmed): count the lines before the body so positions are the file's. */
function linesBeforeBody(path: string, body: string): number {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return 0;
  }
  if (source === body || !body) return 0;
  const frontmatterEnd = splitFrontmatter(source).end;
  const at = source.indexOf(body, frontmatterEnd);
  return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}

export function remarkMdxSafety() {
  return (tree: unknown, file: FileLike) => {
    const path = file.path;
    if (!path || !CONTENT.test(path)) return;
    const shown = relative(file.cwd ?? process.cwd(), path) || path;
    const size = Buffer.byteLength(String(file.value ?? ''));
    if (size > MAX_BYTES) {
      throw new UnsafeContentError(path, 1, 1, `${shown}:1:1 文件过大（${(size / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_BYTES / 1024 / 1024} MB 的上限，拒绝构建。`, '一篇范例一般不超过 200 KB，请检查是否粘贴了多余内容。');
    }
    const problems = findUnsafeMdx(tree);
    if (!problems.length) return;
    const skip = linesBeforeBody(path, String(file.value ?? ''));
    const first = problems[0]!;
    const lines = problems.map((p) => `  ${shown}:${p.position.start.line + skip}:${p.position.start.column}  ${p.reason}改法：${p.fix}`);
    throw new UnsafeContentError(
      path,
      first.position.start.line + skip,
      first.position.start.column,
      `MDX 安全检查未通过，拒绝构建（共 ${problems.length} 处）：\n${lines.join('\n')}`,
      '内容中只能使用 Annotation、Phrase、Do、Dont 四个组件，属性值只能是引号内的文字；运行 npm run lint:content -- <文件> 查看全部问题。',
    );
  };
}
