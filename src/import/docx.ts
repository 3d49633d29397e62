// Reads a .docx into plain lines for the document model: mammoth gives the paragraphs with their
// Word style names and automatic numbering; numbering and heading styles become the markers a
// reader saw (一、 （一） 1. （1）) so that .docx and .txt go through the same parseText path.
// Nothing is dropped silently: footnotes become bracketed notes at the end of their paragraph,
// tables become Markdown table rows, text boxes stay where mammoth places them (after the
// paragraph they are anchored in), and every such change, and whatever could not be kept
// (comments, images), is listed for the import report.
import mammoth from 'mammoth';
import { formatMarker, type Level } from '../docmodel/index.ts';
import { HeadingNumbers, markerOf } from './heading-numbers.ts';
import { ImportError } from './errors.ts';
import { ListCounter, displayedMarker, modelLevel, tagNumbering, type ListLevel, type TaggedDocx } from './word-numbering.ts';

export interface DocxLines {
  lines: string[];
  /** Text of a paragraph styled as the title (Word's 标题 / Title style), if any. */
  title?: string;
  /** What could not be imported (mammoth's warnings, comments, images). */
  warnings: string[];
  /** What was kept in another form (footnotes, tables, text boxes). */
  notices: string[];
}

interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean; paragraphStyleId?: string } | null;
  breakType?: string;
  noteType?: string;
  noteId?: string;
}

interface MammothDocument extends MammothNode {
  notes?: { resolve(ref: { noteType: string; noteId: string }): { body: MammothNode[] } | null };
  comments?: unknown[];
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-4])$/i;
const TITLE_STYLE = /^(?:title|标题)$/i;
/** A line of a Markdown table: the MDX writer keeps consecutive ones together as a table. */
export const TABLE_ROW = /^\|.*\|$/;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of a paragraph; footnotes and endnotes it refers to, as "（注：…）" at its end. */
function paragraphText(node: MammothNode, doc: MammothDocument, notes: string[]): string {
  let text = '';
  const own: string[] = [];
  const walk = (n: MammothNode) => {
    if (n.type === 'text') text += n.value ?? '';
    else if (n.type === 'tab') text += '\t';
    else if (n.type === 'break') text += '\n';
    else if (n.type === 'noteReference') {
      const note = doc.notes?.resolve({ noteType: n.noteType ?? 'footnote', noteId: n.noteId ?? '' });
      const body = clean((note?.body ?? []).map((b) => paragraphText(b, doc, [])).join(''));
      if (body) own.push(body);
      return;
    } else if (n.type === 'commentReference') return;
    n.children?.forEach(walk);
  };
  walk(node);
  notes.push(...own);
  return own.length ? text.trimEnd() + own.map((n) => `（注：${n.replace(/[。；]$/, '')}。）`).join('') : text;
}

/** A table as Markdown rows: the first row is the header; a pipe in a cell becomes ｜. */
function tableRows(table: MammothNode, doc: MammothDocument): string[] {
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow');
  return rows.map((row) => {
    const cells = (row.children ?? []).filter((c) => c.type === 'tableCell');
    return `| ${cells.map((c) => clean((c.children ?? []).map((p) => paragraphText(p, doc, [])).join(' ')).replace(/\|/g, '｜') || ' ').join(' | ')} |`;
  });
}

/** Paragraphs and tables in document order (a table is not looked into for paragraphs). */
function blocksOf(doc: MammothNode): MammothNode[] {
  const out: MammothNode[] = [];
  const walk = (n: MammothNode) => {
    if (n.type === 'paragraph' || n.type === 'table') out.push(n);
    else n.children?.forEach(walk);
  };
  walk(doc);
  return out;
}

function count(doc: MammothNode, type: string): number {
  return (doc.type === type ? 1 : 0) + (doc.children ?? []).reduce((n, c) => n + count(c, type), 0);
}

/** Texts of the document's text boxes (w:txbxContent; the VML fallback repeats DrawingML's). */
async function textBoxTexts(tagged: TaggedDocx): Promise<string[]> {
  const xml = (await tagged.zip.file('word/document.xml')?.async('string')) ?? '';
  const boxes = new Set<string>();
  for (const m of xml.matchAll(/<w:txbxContent\b[^>]*>([\s\S]*?)<\/w:txbxContent>/g)) {
    const text = [...m[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    if (text.trim()) boxes.add(text.trim());
  }
  return [...boxes];
}

/** Tracked changes: mammoth reads the document as if they were accepted; say so. */
async function revisionNotices(tagged: TaggedDocx): Promise<string[]> {
  const xml = (await tagged.zip.file('word/document.xml')?.async('string')) ?? '';
  const insertions = (xml.match(/<w:ins\b/g) ?? []).length;
  const deletions = (xml.match(/<w:del\b/g) ?? []).length;
  if (!insertions && !deletions) return [];
  return [`文档中有未处理的修订（插入 ${insertions} 处、删除 ${deletions} 处），已按“接受全部修订”后的文字导入，删除的文字未导入；请核对。`];
}

const corrupt = (file: string) =>
  new ImportError(file, '不是有效的 Word 文档（.docx）：文件已损坏，或只是把扩展名改成了 .docx。请用 Word 或 WPS 打开后“另存为”.docx 再导入。');

async function readWithMammoth(file: string, tagged: TaggedDocx): Promise<{ doc: MammothDocument; warnings: string[] }> {
  let doc: MammothDocument | undefined;
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build (the check page).
    const result = await mammoth.convertToHtml({ buffer: tagged.buffer, arrayBuffer: tagged.buffer } as never, {
      transformDocument: (d: MammothDocument) => {
        doc = d;
        return d;
      },
    } as never);
    // Unknown styles do not matter here (the text and numbering are what is imported); other
    // warnings name content that was left out, such as embedded objects.
    const warnings = result.messages.filter((m) => m.type === 'warning' && !/^Unrecognised (paragraph|run|table) style|^Run style with ID \w+ was referenced/.test(m.message)).map((m) => m.message);
    return { doc: doc!, warnings };
  } catch {
    throw corrupt(file);
  }
}

/** Reads the paragraphs of a .docx as lines; throws ImportError when the file is not a readable .docx. */
export async function readDocx(file: string, input: Uint8Array): Promise<DocxLines> {
  let tagged: TaggedDocx;
  try {
    tagged = await tagNumbering(input);
  } catch {
    throw corrupt(file);
  }
  const { doc, warnings } = await readWithMammoth(file, tagged);
  const notices: string[] = [];
  const lines: string[] = [];
  let title: string | undefined;
  const counter = new ListCounter();
  const numbers = new HeadingNumbers();

  for (const p of blocksOf(doc)) {
    if (p.type === 'table') {
      const rows = tableRows(p, doc);
      if (rows.length) {
        lines.push(...rows);
        notices.push(`表格（${rows.length} 行，首行“${rows[0]!.slice(0, 30)}”）已按 Markdown 表格导入，请核对表头和各列。`);
      }
      continue;
    }
    const notes: string[] = [];
    const parts = paragraphText(p, doc, notes).split('\n').map((s) => s.trim());
    for (const n of notes) notices.push(`脚注“${n.slice(0, 40)}”已作为括注“（注：……）”接在所引段落末尾。`);
    if (!parts.some(Boolean)) continue;
    let first = parts[0] ?? '';
    if (!title && lines.length === 0 && p.styleName && TITLE_STYLE.test(p.styleName)) {
      // A title broken over lines by hand (梯形 shape) is one title.
      title = parts.filter(Boolean).join('');
      lines.push(title);
      continue;
    }

    const own = first ? markerOf(first) : null;
    const list: ListLevel | undefined =
      (p.numbering?.paragraphStyleId ? tagged.levels.get(p.numbering.paragraphStyleId) : undefined) ?? (p.styleId ? tagged.byStyle.get(p.styleId) : undefined);
    const heading = HEADING_STYLE.exec(p.styleName ?? '');
    if (own) {
      numbers.saw(own.level, own.number);
    } else if (list && modelLevel(list)) {
      const level = modelLevel(list)!;
      const n = counter.next(list);
      first = displayedMarker(list, n, formatMarker(level, n)) + first;
      numbers.saw(level, n);
    } else if (heading) {
      first = numbers.next(Number(heading[1]) as Level) + first;
    }
    lines.push(first, ...parts.slice(1));
  }
  notices.push(...(await revisionNotices(tagged)));
  for (const box of await textBoxTexts(tagged)) notices.push(`文本框“${box.slice(0, 30)}”的文字已作为正文段落导入，放在它所在段落之后，请核对位置。`);
  const comments = doc.comments?.length ?? 0;
  if (comments) warnings.push(`Word 批注 ${comments} 条未导入（批注不是正文；需要保留的意见请改写为 <Annotation> 批注）。`);
  const images = count(doc, 'image');
  if (images) warnings.push(`图片 ${images} 幅未导入（范例只收文字）。`);
  return { lines: lines.filter(Boolean), ...(title ? { title } : {}), warnings, notices };
}
