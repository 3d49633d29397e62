// Page numbers (GB/T 9704 §7.5): 4号半角宋体阿拉伯数字 between two 一字线, "— 1 —", odd pages
// on the right and even pages on the left, each one character in from the text block's edge.
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { FONTS, FOOTER_LINE, PAGE_NUMBER_INDENT, PAGE_NUMBER_SIZE_PT } from './layout.ts';

const numberRun = { font: { ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber, cs: FONTS.pageNumber, eastAsia: FONTS.pageNumber }, size: PAGE_NUMBER_SIZE_PT * 2, characterSpacing: 0 };

function pageNumberFooter(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: PAGE_NUMBER_INDENT, firstLine: 0 } : { left: PAGE_NUMBER_INDENT, firstLine: 0 },
        // One exact 4号 line, so that its bottom sits where the footer distance says in every suite.
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ ...numberRun, text: '— ' }), new TextRun({ ...numberRun, children: [PageNumber.CURRENT] }), new TextRun({ ...numberRun, text: ' —' })],
      }),
    ],
  });
}

/** Footers for a section: odd pages (Word's default footer) and even pages. */
export function pageNumberFooters() {
  return { default: pageNumberFooter('right'), even: pageNumberFooter('left') };
}
