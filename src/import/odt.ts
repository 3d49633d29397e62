// Reads an OpenDocument text (.odt, from WPS or LibreOffice) into plain lines for the document
// model, from its content.xml, with @xmldom/xmldom (the DOM parser mammoth uses, so the browser
// page carries no second one). Headings by outline level get the markers a reader expects
// (heading-numbers.ts), as Word's heading styles do; footnotes, tables and text boxes are kept
// as for .docx (docx.ts) and listed; list numbers that the application draws (automatic
// numbering) are not in the file's text and are reported, not guessed.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { Level } from '../docmodel/index.ts';
import type { DocxLines } from './docx.ts';
import { ImportError } from './errors.ts';
import { HeadingNumbers, markerOf } from './heading-numbers.ts';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

type XmlNode = { nodeType: number; nodeValue: string | null; localName?: string; namespaceURI?: string | null; childNodes: ArrayLike<XmlNode>; getAttributeNS?(ns: string, name: string): string | null };
const children = (n: XmlNode) => Array.from(n.childNodes ?? []);
const is = (n: XmlNode, ns: string, name: string) => n.nodeType === 1 && n.namespaceURI === ns && n.localName === name;
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Collected {
  notes: string[];
  boxes: string[][];
  comments?: number;
}

/** The text of a paragraph or heading: spaces, tabs and breaks as written; notes and text boxes set aside. */
function inlineText(node: XmlNode, found: Collected): string {
  let text = '';
  for (const c of children(node)) {
    if (c.nodeType === 3) text += c.nodeValue ?? '';
    else if (is(c, TEXT, 's')) text += ' '.repeat(Number(c.getAttributeNS?.(TEXT, 'c') ?? 1));
    else if (is(c, TEXT, 'tab')) text += '\t';
    else if (is(c, TEXT, 'line-break')) text += '\n';
    else if (c.nodeType === 1 && (c.localName === 'annotation' || c.localName === 'annotation-end')) {
      // A comment (批注) is not body text: counted for the report.
      if (c.localName === 'annotation') found.comments = (found.comments ?? 0) + 1;
    } else if (is(c, TEXT, 'note')) {
      const body = children(c).find((b) => is(b, TEXT, 'note-body'));
      const note = body ? clean(children(body).map((p) => inlineText(p, { notes: [], boxes: [] })).join('')) : '';
      if (note) found.notes.push(note);
    } else if (c.nodeType === 1 && c.localName === 'text-box') {
      found.boxes.push(children(c).map((p) => clean(inlineText(p, found))).filter(Boolean));
    } else if (c.nodeType === 1) text += inlineText(c, found);
  }
  return text;
}

export async function readOdt(file: string, input: Uint8Array): Promise<DocxLines> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(input)).file('content.xml')?.async('string');
  } catch {
    /* reported below */
  }
  if (!xml) throw new ImportError(file, 'OpenDocument 文本（.odt）已损坏：缺少正文（content.xml）。请用 WPS 或 LibreOffice 打开后“另存为”Word 文档（.docx）再导入。');
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void (level !== 'warning' && errors.push(msg)) } as never).parseFromString(xml, 'text/xml') as unknown as XmlNode;
  if (errors.length) throw new ImportError(file, 'OpenDocument 文本（.odt）的正文无法解析，文件可能已损坏。请用 WPS 或 LibreOffice 打开后“另存为”Word 文档（.docx）再导入。');

  const out: DocxLines = { lines: [], warnings: [], notices: [] };
  const numbers = new HeadingNumbers();
  let listItems = 0;
  let comments = 0;
  const paragraph = (node: XmlNode, outlineLevel: number | null, inList: boolean) => {
    const found: Collected = { notes: [], boxes: [] };
    const text = inlineText(node, found);
    comments += found.comments ?? 0;
    const parts = text.split('\n').map((s) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
    if (found.notes.length) parts[parts.length - 1] += found.notes.map((n) => `（注：${n.replace(/[。；]$/, '')}。）`).join('');
    const styleName = node.getAttributeNS?.(TEXT, 'style-name') ?? '';
    if (!out.title && !out.lines.length && /^Title$/i.test(styleName) && parts.some(Boolean)) {
      // A title broken over lines by hand is one title.
      out.title = parts.filter(Boolean).join('');
      out.lines.push(out.title);
      return;
    }
    let first = parts[0] ?? '';
    const own = first ? markerOf(first) : null;
    if (own) numbers.saw(own.level, own.number);
    else if (outlineLevel && outlineLevel <= 4 && first) first = numbers.next(outlineLevel as Level) + first;
    else if (inList && first) listItems++;
    out.lines.push(first, ...parts.slice(1));
    for (const n of found.notes) out.notices.push(`脚注“${n.slice(0, 40)}”已作为括注“（注：……）”接在所引段落末尾。`);
    for (const box of found.boxes) {
      out.lines.push(...box);
      if (box.length) out.notices.push(`文本框“${box.join('').slice(0, 30)}”的文字已作为正文段落导入，放在它所在段落之后，请核对位置。`);
    }
  };
  const block = (node: XmlNode, inList: boolean) => {
    if (is(node, TEXT, 'h')) paragraph(node, Number(node.getAttributeNS?.(TEXT, 'outline-level') ?? 1), inList);
    else if (is(node, TEXT, 'p')) paragraph(node, null, inList);
    else if (is(node, TEXT, 'list') || is(node, TEXT, 'list-item') || is(node, TEXT, 'section')) children(node).forEach((c) => block(c, inList || !is(node, TEXT, 'section')));
    else if (is(node, TABLE, 'table')) {
      const rows = [...descendants(node, TABLE, 'table-row')].map((r) => `| ${children(r).filter((c) => is(c, TABLE, 'table-cell')).map((c) => clean(inlineText(c, { notes: [], boxes: [] })).replace(/\|/g, '｜') || ' ').join(' | ')} |`);
      out.lines.push(...rows);
      if (rows.length) out.notices.push(`表格（${rows.length} 行，首行“${rows[0]!.slice(0, 30)}”）已按 Markdown 表格导入，请核对表头和各列。`);
    }
  };
  const body = [...descendants(doc, 'urn:oasis:names:tc:opendocument:xmlns:office:1.0', 'text')][0];
  for (const c of body ? children(body) : []) block(c, false);
  if (comments) out.warnings.push(`批注 ${comments} 条未导入（批注不是正文；需要保留的意见请改写为 <Annotation> 批注）。`);
  if (listItems) out.warnings.push(`列表中有 ${listItems} 段的编号由 WPS 或 LibreOffice 自动生成，不在文字里，未能读出；请在导入后补上编号（如“（一）”“1.”），或另存为 .docx 再导入。`);
  out.lines = out.lines.filter(Boolean);
  return out;
}

function* descendants(node: XmlNode, ns: string, name: string): Generator<XmlNode> {
  for (const c of children(node)) {
    if (is(c, ns, name)) yield c;
    else yield* descendants(c, ns, name);
  }
}
