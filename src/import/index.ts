// The importer: a Word (.docx), text (.txt) or Markdown (.md) document in, a draft exemplar MDX
// out. Every format becomes plain lines read by the one document model (parseText), so .docx
// and .txt are normalised by the same code.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseMarkdown, parseText, type Outline } from '../docmodel/index.ts';
import type { TemplateSpec } from '../schemas/content.ts';
import { decodeText, sniff, type TextEncoding } from './decode.ts';
import { readDocx } from './docx.ts';
import { ImportError } from './errors.ts';
import { inferMeta, type InferredMeta } from './meta.ts';
import { writeExemplarMdx } from './mdx.ts';
import { normaliseOutline, type NormalisedDocument } from './normalise.ts';

export { ImportError } from './errors.ts';

export type SourceFormat = 'docx' | 'text' | 'markdown';

export interface ReadSource {
  format: SourceFormat;
  encoding?: TextEncoding;
  outline: Outline;
  /** The plain text the outline was read from (for year and theme). */
  text: string;
  warnings: string[];
}

const DOCX_EXT = /\.docx$/i;
const MARKDOWN_EXT = /\.(md|markdown|mdx)$/i;

/** Reads any supported input into the document model's outline; throws ImportError on bad input. */
export async function readSource(file: string, bytes: Uint8Array): Promise<ReadSource> {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ImportError(file, '文件为空（0 字节），没有可导入的文字。请检查是否选错了文件。');
  if (kind === 'doc')
    throw new ImportError(file, '这是旧版 Word 97-2003 文档（.doc），不能直接导入。请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再导入。');
  if (kind === 'binary') throw new ImportError(file, '不是文本文件：这是二进制文件（如图片、PDF 或压缩包），无法作为文字导入。请导入 Word（.docx）、纯文本（.txt）或 Markdown（.md）文件。');
  if (kind === 'zip' || DOCX_EXT.test(file)) {
    if (kind !== 'zip') throw new ImportError(file, '不是有效的 Word 文档（.docx）：文件已损坏，或只是把扩展名改成了 .docx。请用 Word 或 WPS 打开后“另存为”.docx 再导入。');
    const docx = await readDocx(file, bytes);
    if (!docx.lines.length) throw new ImportError(file, 'Word 文档中没有文字，没有可导入的内容。');
    const text = docx.lines.join('\n');
    const outline = parseText(text);
    // A paragraph in Word's title style is the title even when it is too long for the model to guess.
    if (docx.title && outline.title === undefined && outline.preamble[0]?.text === docx.title) {
      outline.title = docx.title;
      outline.titlePosition = outline.preamble[0].position;
      const first = outline.preamble.shift();
      outline.nodes = outline.nodes.filter((n) => n !== first);
    }
    return { format: 'docx', outline, text, warnings: docx.warnings };
  }
  const { text, encoding } = decodeText(file, bytes);
  if (!text.trim()) throw new ImportError(file, '文件为空（只有空白字符），没有可导入的文字。请检查是否选错了文件。');
  const markdown = MARKDOWN_EXT.test(file);
  const outline = markdown ? parseMarkdown(text, { mdx: /\.mdx$/i.test(file) }) : parseText(text);
  return { format: markdown ? 'markdown' : 'text', encoding, outline, text, warnings: [] };
}

export interface ImportOptions {
  /** Folder the MDX is written to. */
  outDir: string;
  /** Overwrite an existing file. */
  force?: boolean;
  /** Template specs for inferring `follows` (default: content/templates). */
  specs?: TemplateSpec[];
  /** Output paths already written in this run (two inputs must not write one file). */
  written?: Set<string>;
}

export interface ImportResult {
  file: string;
  output: string;
  source: ReadSource;
  doc: NormalisedDocument;
  meta: InferredMeta;
  mdx: string;
}

/** File-name part after docType-year-: the input's name in lowercase ASCII, or a content hash. */
export function slugFor(file: string, bytes: Uint8Array, prefix: string): string {
  let slug = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.startsWith(prefix + '-')) slug = slug.slice(prefix.length + 1);
  if (slug.length < 2 || file === '-') slug = `imported-${createHash('sha1').update(bytes).digest('hex').slice(0, 8)}`;
  return slug;
}

/** Imports one input and writes its MDX; throws ImportError on bad input or an existing output. */
export async function importSource(file: string, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const source = await readSource(file, bytes);
  const doc = normaliseOutline(source.outline);
  const meta = inferMeta(source.outline, source.text, { ...(doc.title ? { title: doc.title } : {}), ...(options.specs ? { specs: options.specs } : {}) });
  const prefix = `${meta.exemplar.docType}-${meta.exemplar.year}`;
  const base = `${prefix}-${slugFor(file, bytes, prefix)}`;
  let output = join(options.outDir, `${base}.mdx`);
  for (let n = 2; options.written?.has(output); n++) output = join(options.outDir, `${base}-${n}.mdx`);
  if (existsSync(output) && !options.force) throw new ImportError(file, `输出文件 ${output} 已存在，未覆盖。确认要覆盖请加 --force，或用 --out 指定其他文件夹。`);
  const mdx = writeExemplarMdx(doc, meta);
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(output, mdx);
  options.written?.add(output);
  return { file, output, source, doc, meta, mdx };
}
