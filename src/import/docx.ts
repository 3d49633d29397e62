// Reads a .docx into plain lines for the document model: mammoth gives the paragraphs with their
// Word style names and automatic numbering; numbering and heading styles become the markers a
// reader saw (一、 （一） 1. （1）) so that .docx and .txt go through the same parseText path.
import mammoth from 'mammoth';
import { formatMarker, parseText, type Level } from '../docmodel/index.ts';
import { ImportError } from './errors.ts';
import { ListCounter, displayedMarker, modelLevel, tagNumbering, type ListLevel, type TaggedDocx } from './word-numbering.ts';

export interface DocxLines {
  lines: string[];
  /** Text of a paragraph styled as the title (Word's 标题 / Title style), if any. */
  title?: string;
  /** mammoth's warnings worth passing on (unsupported content). */
  warnings: string[];
}

interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean; paragraphStyleId?: string } | null;
  breakType?: string;
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-4])$/i;
const TITLE_STYLE = /^(?:title|标题)$/i;

/** Level and number of the marker a line starts with, as the document model reads it. */
function markerOf(line: string): { level: Level; number: number } | null {
  const section = parseText(line).nodes.find((n) => n.type === 'section' && n.marker);
  return section?.type === 'section' && section.marker ? { level: section.level, number: section.number } : null;
}

function paragraphText(node: MammothNode): string {
  let text = '';
  const walk = (n: MammothNode) => {
    if (n.type === 'text') text += n.value ?? '';
    else if (n.type === 'tab') text += '\t';
    else if (n.type === 'break') text += '\n';
    else if (n.type === 'noteReference' || n.type === 'commentReference') return;
    n.children?.forEach(walk);
  };
  walk(node);
  return text;
}

const corrupt = (file: string) =>
  new ImportError(file, '不是有效的 Word 文档（.docx）：文件已损坏，或只是把扩展名改成了 .docx。请用 Word 或 WPS 打开后“另存为”.docx 再导入。');

/** Reads the paragraphs of a .docx as lines; throws ImportError when the file is not a readable .docx. */
export async function readDocx(file: string, input: Uint8Array): Promise<DocxLines> {
  let tagged: TaggedDocx;
  try {
    tagged = await tagNumbering(input);
  } catch {
    throw corrupt(file);
  }
  const paragraphs: MammothNode[] = [];
  const collect = (n: MammothNode) => {
    if (n.type === 'paragraph') paragraphs.push(n);
    else n.children?.forEach(collect);
  };
  let warnings: string[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: tagged.buffer },
      {
        transformDocument: (doc: MammothNode) => {
          collect(doc);
          return doc;
        },
      } as never,
    );
    // Unknown styles do not matter here (the text and numbering are what is imported); other
    // warnings name content that was left out, such as embedded objects.
    warnings = result.messages.filter((m) => m.type === 'warning' && !/^Unrecognised (paragraph|run|table) style/.test(m.message)).map((m) => m.message);
  } catch {
    throw corrupt(file);
  }

  const lines: string[] = [];
  let title: string | undefined;
  const counter = new ListCounter();
  // Numbers of heading-styled paragraphs that carry no marker, per model level.
  const headingCount: number[] = [0, 0, 0, 0, 0];
  const sawLevel = (level: Level, n: number) => {
    headingCount[level] = n;
    for (let l = level + 1; l <= 4; l++) headingCount[l] = 0;
  };

  for (const p of paragraphs) {
    const parts = paragraphText(p).split('\n').map((s) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
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
      sawLevel(own.level, own.number);
    } else if (list && modelLevel(list)) {
      const level = modelLevel(list)!;
      const n = counter.next(list);
      first = displayedMarker(list, n, formatMarker(level, n)) + first;
      sawLevel(level, n);
    } else if (heading) {
      const level = Number(heading[1]) as Level;
      const n = headingCount[level]! + 1;
      first = formatMarker(level, n) + first;
      sawLevel(level, n);
    }
    lines.push(first, ...parts.slice(1));
  }
  return { lines: lines.filter(Boolean), ...(title ? { title } : {}), warnings };
}
