// Reading an input for the importer and the check page: bytes in (a .docx, a text file in any
// encoding the decoder knows, Markdown), the document model's outline and plain text out. No
// file system here, so the browser runs the same code (the Node wrapper is index.ts).
import { parseMarkdown, parseText, type Outline } from '../docmodel/index.ts';
import { decodeText, sniff, type TextEncoding } from './decode.ts';
import { readDocx } from './docx.ts';
import { readOdt } from './odt.ts';
import type { TemplateSpec } from '../schemas/content.ts';
import { ImportError } from './errors.ts';
import { checkDocxLimits, checkTextLimits } from './limits.ts';
import { inferMeta, type InferredMeta } from './meta.ts';
import { writeExemplarMdx } from './mdx.ts';
import { normaliseOutline, type NormalisedDocument } from './normalise.ts';

export type SourceFormat = 'docx' | 'odt' | 'text' | 'markdown';

export interface ReadSource {
  format: SourceFormat;
  encoding?: TextEncoding;
  outline: Outline;
  /** The plain text the outline was read from (for year and theme). */
  text: string;
  /** What could not be imported (.docx): listed in the import report. */
  warnings: string[];
  /** What was kept in another form (.docx footnotes, tables, text boxes): listed in the report. */
  notices?: string[];
}

const DOCX_EXT = /\.docx$/i;
const MARKDOWN_EXT = /\.(md|markdown|mdx)$/i;

/** Reads any supported input into the document model's outline; throws ImportError on bad input. */
export async function readSource(file: string, bytes: Uint8Array): Promise<ReadSource> {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ImportError(file, '文件为空（0 字节），没有可导入的文字。请检查是否选错了文件。');
  if (kind === 'doc')
    throw new ImportError(file, '这是旧版 Word 97-2003 文档（.doc），不能直接导入。请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再导入。');
  if (kind === 'encrypted')
    throw new ImportError(file, '这是设置了打开密码的加密 Word 文档，无法读取其中的文字。请在 Word 中打开，“文件 › 信息 › 保护文档 › 用密码进行加密”，清空密码后保存，再导入。');
  if (kind === 'binary') throw new ImportError(file, '不是文本文件：这是二进制文件（如图片、PDF 或压缩包），无法作为文字导入。请导入 Word（.docx）、纯文本（.txt）或 Markdown（.md）文件。');
  if (kind === 'zip' || kind === 'odt' || DOCX_EXT.test(file)) {
    if (kind !== 'zip' && kind !== 'odt') throw new ImportError(file, '不是有效的 Word 文档（.docx）：文件已损坏，或只是把扩展名改成了 .docx。请用 Word 或 WPS 打开后“另存为”.docx 再导入。');
    await checkDocxLimits(file, bytes);
    // An OpenDocument text (WPS, LibreOffice) is read from its content.xml, whatever its name.
    const docx = kind === 'odt' ? await readOdt(file, bytes) : await readDocx(file, bytes);
    if (!docx.lines.length) throw new ImportError(file, `${kind === 'odt' ? 'OpenDocument 文本（.odt）' : 'Word 文档'}中没有文字，没有可导入的内容。`);
    const text = docx.lines.join('\n');
    const outline = parseText(text);
    // A paragraph in Word's title style is the title even when it is too long for the model to guess.
    if (docx.title && outline.title === undefined && outline.preamble[0]?.text === docx.title) {
      outline.title = docx.title;
      outline.titlePosition = outline.preamble[0].position;
      const first = outline.preamble.shift();
      outline.nodes = outline.nodes.filter((n) => n !== first);
    }
    return { format: kind === 'odt' ? 'odt' : 'docx', outline, text, warnings: docx.warnings, notices: docx.notices };
  }
  checkTextLimits(file, bytes);
  const { text, encoding } = decodeText(file, bytes);
  checkTextLimits(file, bytes, text);
  if (!text.trim()) throw new ImportError(file, '文件为空（只有空白字符），没有可导入的文字。请检查是否选错了文件。');
  const markdown = MARKDOWN_EXT.test(file);
  const outline = markdown ? parseMarkdown(text, { mdx: /\.mdx$/i.test(file) }) : parseText(text);
  return { format: markdown ? 'markdown' : 'text', encoding, outline, text, warnings: [], notices: [] };
}

/** The exemplar draft of an input: normalised lines, inferred frontmatter and the MDX text. */
export function exemplarDraft(source: ReadSource, specs?: TemplateSpec[]): { doc: NormalisedDocument; meta: InferredMeta; mdx: string } {
  const doc = normaliseOutline(source.outline);
  const meta = inferMeta(source.outline, source.text, { ...(doc.title ? { title: doc.title } : {}), ...(specs ? { specs } : {}) });
  return { doc, meta, mdx: writeExemplarMdx(doc, meta) };
}
