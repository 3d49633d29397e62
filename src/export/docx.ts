// Word export: a document's outline (from the document model) as a .docx in the GB/T 9704
// layout (see layout.ts). Numbered headings keep their markers as text, as drafters type them;
// standalone headings get Word's heading styles so the navigation pane shows the outline.
// Notes for the drafter (template guidance, exemplar annotations) become Word comments.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { formatMarker, type Outline, type Section } from '../docmodel/index.ts';
import { BODY_SIZE_PT, CHAR_SPACE, FONTS, FOOTER, HEADER, LINE_PITCH, MARGIN, PAGE, PAGE_NUMBER_SIZE_PT, TITLE_SIZE_PT } from './layout.ts';

export interface ExportInput {
  title: string;
  outline: Outline;
  /** Comments by node id of the outline ("title" for the title): each is a list of paragraphs. */
  comments?: Map<string, string[][]>;
  /** Highlight 【】 slots (templates), so the drafter sees what to replace. */
  highlightSlots?: boolean;
  /** Document properties: the name of the file's content (default: the title) and a description. */
  name?: string;
  description?: string;
}

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia });
const halfPoints = (p: number) => p * 2;
/** Every line on the document grid: exact line height = grid pitch. */
const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
/** First-line indent of two characters (GB/T 9704 §7.3.3 and §7.3.4). */
const TWO_CHARS = { firstLineChars: 200, firstLine: 2 * BODY_SIZE_PT * 20 } as const;

const LEVEL_FONT = { 1: FONTS.level1, 2: FONTS.level2, 3: FONTS.body, 4: FONTS.body } as const;
const LEVEL_BOLD = { 1: false, 2: false, 3: true, 4: true } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

function headingStyle(level: 1 | 2 | 3 | 4) {
  return {
    run: { font: font(LEVEL_FONT[level]), size: halfPoints(BODY_SIZE_PT), bold: LEVEL_BOLD[level], italics: false, color: '000000' },
    paragraph: { spacing: ON_GRID, indent: TWO_CHARS, keepNext: true, alignment: AlignmentType.JUSTIFIED },
  };
}

/** Text runs, with 【】 slots highlighted when asked. */
function textRuns(text: string, options: Omit<IRunOptions, 'text'>, highlightSlots: boolean): TextRun[] {
  if (!highlightSlots || !text.includes('【')) return text ? [new TextRun({ ...options, text })] : [];
  return text
    .split(/(【[^】]*】)/)
    .filter(Boolean)
    .map((part) => new TextRun({ ...options, text: part, ...(part.startsWith('【') ? { highlight: 'yellow' } : {}) }));
}

/** The heading text of a section: canonical marker and what follows it in the source. */
function sectionText(s: Section): string | null {
  const marker = s.number > 0 ? formatMarker(s.level, s.number) : '';
  if (s.marker && s.block) return marker + s.block.text.slice(s.marker.raw.length).replace(/^[\s\u3000]+/, '');
  if (s.block) return marker + s.block.text;
  return s.title ? marker + s.title : null;
}

/** The .docx as Node bytes (build, CLI); the check page packs docxDocument() as a Blob. */
export async function buildDocx(input: ExportInput): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(input));
}

/** The Word document of an outline, not yet packed: the same in Node and in the browser. */
export function docxDocument(input: ExportInput): Document {
  const highlight = input.highlightSlots ?? false;
  const commentDefs: Array<{ id: number; author: string; initials: string; date: Date; children: Paragraph[] }> = [];
  /** Wraps a paragraph's runs in the comments attached to a node. */
  const withComments = (nodeId: string, runs: ParagraphChild[]): ParagraphChild[] => {
    const notes = input.comments?.get(nodeId) ?? [];
    let out = runs;
    for (const note of notes) {
      const id = commentDefs.length;
      commentDefs.push({
        id,
        author: '镜鉴',
        initials: 'JJ',
        date: new Date(0),
        children: note.map((p) => new Paragraph({ children: [new TextRun({ text: p, font: font(FONTS.body) })] })),
      });
      out = [new CommentRangeStart(id), ...out, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
    }
    return out;
  };

  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: withComments('title', textRuns(input.title, {}, highlight)) }),
    // One blank line between title and text (GB/T 9704 §7.3.1); the importer skips empty paragraphs.
    new Paragraph({ children: [] }),
  ];

  for (const node of input.outline.nodes) {
    if (node.type === 'paragraph') {
      children.push(new Paragraph({ style: 'Body', children: withComments(node.id, textRuns(node.text, {}, highlight)) }));
      continue;
    }
    const text = sectionText(node);
    if (text === null) continue;
    const level = node.level;
    if (!node.runIn) {
      children.push(new Paragraph({ heading: HEADING[level], children: withComments(node.id, textRuns(text, {}, highlight)) }));
      continue;
    }
    // A run-in title: the title sentence in the level's font, the rest in body type.
    const stop = text.search(/[。！？]/);
    const head = text.slice(0, stop + 1);
    const body = text.slice(stop + 1);
    const headRuns = textRuns(head, { font: font(LEVEL_FONT[level]), bold: LEVEL_BOLD[level] }, highlight);
    children.push(new Paragraph({ style: 'Body', children: withComments(node.id, [...headRuns, ...textRuns(body, {}, highlight)]) }));
  }

  // 4号半角宋体阿拉伯数字 (GB/T 9704 §7.5): the digits themselves are in 宋体.
  const pageNumber = { font: { ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber, cs: FONTS.pageNumber, eastAsia: FONTS.pageNumber }, size: halfPoints(PAGE_NUMBER_SIZE_PT) };
  const doc = new Document({
    creator: '镜鉴',
    title: input.name ?? input.title,
    ...(input.description ? { description: input.description } : {}),
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: halfPoints(BODY_SIZE_PT) },
          paragraph: { spacing: ON_GRID, alignment: AlignmentType.JUSTIFIED },
        },
        title: {
          run: { font: font(FONTS.title), size: halfPoints(TITLE_SIZE_PT), bold: false, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: ON_GRID, indent: { firstLine: 0, firstLineChars: 0 } },
        },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
      },
      paragraphStyles: [
        {
          id: 'Body',
          name: '公文正文',
          basedOn: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.body), size: halfPoints(BODY_SIZE_PT) },
          paragraph: { spacing: ON_GRID, indent: TWO_CHARS, alignment: AlignmentType.JUSTIFIED },
        },
      ],
    },
    comments: { children: commentDefs },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left, header: HEADER, footer: FOOTER },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                indent: { firstLine: 0, firstLineChars: 0 },
                children: [new TextRun({ ...pageNumber, text: '— ' }), new TextRun({ ...pageNumber, children: [PageNumber.CURRENT] }), new TextRun({ ...pageNumber, text: ' —' })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return doc;
}
