// Word export: a document's outline (from the document model) as a .docx in the GB/T 9704
// layout (see layout.ts). Numbered headings keep their markers as text, as drafters type them;
// standalone headings get Word's heading styles so the navigation pane shows the outline.
// Notes for the drafter (template guidance, exemplar annotations) become Word comments.
// Pure: no file system, so the build, the CLI and the browser page export alike.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  DocumentGridType,
  HeadingLevel,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { formatMarker, type Level, type Outline, type Section } from '../docmodel/index.ts';
import { finishPackage } from './package.ts';
import { pageNumberFooters } from './footer.ts';
import { BODY_SIZE_PT, CHAR_SPACING, CHARS_PER_LINE, FONTS, FOOTER, HEADER, LINE_PITCH, MARGIN, PAGE, TITLE_CHARS_PER_LINE, TITLE_SIZE_PT } from './layout.ts';
import { titleLines } from './title.ts';

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
  /** Date of the comments (the build's date; default now). */
  date?: Date;
}

// hint eastAsia: marks Word shares between Latin and Chinese (“” × — …) are set in the Chinese font, full width.
export const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia, hint: 'eastAsia' });
const halfPoints = (p: number) => p * 2;
/** Every line on the document grid: exact line height = grid pitch. */
const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
/** First-line indent of two characters (GB/T 9704 §7.3.3 and §7.3.4). */
const TWO_CHARS = { firstLineChars: 200, firstLine: 2 * (BODY_SIZE_PT * 20 + CHAR_SPACING) } as const;

const LEVEL_FONT = { 1: FONTS.level1, 2: FONTS.level2, 3: FONTS.body, 4: FONTS.body } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
/** A heading kept with the next paragraph only when it fits on one line: a long one would pull a half-empty page. */
const FITS_ONE_LINE = CHARS_PER_LINE - 2;

/** Levels 1–4 in 黑体 / 楷体 / 仿宋 / 仿宋, none bold (GB/T 9704 §7.3.3 sets no bold). */
function headingStyle(level: Level) {
  return {
    run: { font: font(LEVEL_FONT[level]), size: halfPoints(BODY_SIZE_PT), bold: false, italics: false, color: '000000' },
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

/**
 * A template heading whose number is itself a slot, e.g. "（【序号】）在【通知另列的事项】方面":
 * the document model reads no marker there, but the drafter must see it in its level's type.
 */
export function slotHeadingLevel(text: string): Level | null {
  if (/^【[^】]*】、/.test(text)) return 1;
  if (/^（【[^】]*】）/.test(text)) return 2;
  if (/^【[^】]*】[.．]/.test(text)) return 3;
  if (/^\(【[^】]*】\)/.test(text)) return 4;
  return null;
}

/** A paragraph in a heading style; long headings are not kept with the next paragraph. */
function headingParagraph(level: Level, text: string, children: ParagraphChild[]): Paragraph {
  return new Paragraph({ heading: HEADING[level], ...([...text].length > FITS_ONE_LINE ? { keepNext: false } : {}), children });
}

/** The title, broken into balanced lines (title.ts), one paragraph with line breaks. */
function titleRuns(title: string, highlight: boolean): TextRun[] {
  return titleLines(title, TITLE_CHARS_PER_LINE).flatMap((line, i) => [...(i ? [new TextRun({ break: 1 })] : []), ...textRuns(line, {}, highlight)]);
}

function bodyParagraphs(input: ExportInput, withComments: (id: string, runs: ParagraphChild[]) => ParagraphChild[]): Paragraph[] {
  const highlight = input.highlightSlots ?? false;
  const out: Paragraph[] = [];
  for (const node of input.outline.nodes) {
    if (node.type === 'paragraph') {
      const level = highlight ? slotHeadingLevel(node.text) : null;
      const runs = withComments(node.id, textRuns(node.text, {}, highlight));
      out.push(level ? headingParagraph(level, node.text, runs) : new Paragraph({ style: 'Body', children: runs }));
      continue;
    }
    const text = sectionText(node);
    if (text === null) continue;
    const level = node.level;
    if (!node.runIn) {
      out.push(headingParagraph(level, text, withComments(node.id, textRuns(text, {}, highlight))));
      continue;
    }
    // A run-in title: the title sentence in the level's font, the rest in body type.
    const stop = text.search(/[。！？]/);
    const head = text.slice(0, stop + 1);
    const body = text.slice(stop + 1);
    const headRuns = textRuns(head, { font: font(LEVEL_FONT[level]) }, highlight);
    out.push(new Paragraph({ style: 'Body', children: withComments(node.id, [...headRuns, ...textRuns(body, {}, highlight)]) }));
  }
  return out;
}

export async function buildDocx(input: ExportInput): Promise<Uint8Array> {
  const highlight = input.highlightSlots ?? false;
  const date = input.date ?? new Date();
  const commentDefs: Array<{ id: number; author: string; initials: string; date: Date; children: Paragraph[] }> = [];
  /** Wraps a paragraph's runs in the comments attached to a node. */
  const withComments = (nodeId: string, runs: ParagraphChild[]): ParagraphChild[] => {
    let out = runs;
    for (const note of input.comments?.get(nodeId) ?? []) {
      const id = commentDefs.length;
      commentDefs.push({ id, author: '镜鉴', initials: 'JJ', date, children: note.map((p) => new Paragraph({ children: [new TextRun({ text: p, font: font(FONTS.body) })] })) });
      out = [new CommentRangeStart(id), ...out, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
    }
    return out;
  };

  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: withComments('title', titleRuns(input.title, highlight)) }),
    // One blank line between title and text (GB/T 9704 §7.3.1); the importer skips empty paragraphs.
    new Paragraph({ children: [] }),
    ...bodyParagraphs(input, withComments),
  ];

  const doc = new Document({
    // The author is whoever fills the file in: no creator, not the package's "Un-named".
    creator: '',
    lastModifiedBy: '',
    title: input.name ?? input.title,
    ...(input.description ? { description: input.description } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: halfPoints(BODY_SIZE_PT), characterSpacing: CHAR_SPACING },
          // No widow control: every page carries its 22 lines, as 公文 are set (LibreOffice would
          // otherwise move a line to spare a paragraph's last line standing alone).
          // (The package writes w:widowControl here though its type for defaults leaves it out.)
          paragraph: { spacing: ON_GRID, alignment: AlignmentType.JUSTIFIED, ...({ widowControl: false } as object) },
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
        // LibreOffice takes the grid's base size from Normal, not from the document defaults.
        { id: 'Normal', name: 'Normal', run: { font: font(FONTS.body), size: halfPoints(BODY_SIZE_PT), characterSpacing: CHAR_SPACING } },
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
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: pageNumberFooters(),
        children,
      },
    ],
  });
  return finishPackage(new Uint8Array(await Packer.toArrayBuffer(doc)));
}
