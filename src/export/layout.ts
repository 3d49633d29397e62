// GB/T 9704-2012 page layout in Word's units (twips, 1/1440 inch; half-points for font sizes),
// computed from the standard's millimetres so every figure can be checked against it:
// A4 paper, top margin 37 mm, left 28 mm, text block 156 × 225 mm, 22 lines of 28 characters
// in 3号 (16 pt) type, page numbers in 4号 (14 pt).
export const mm = (value: number): number => Math.round((value / 25.4) * 1440);
export const pt = (value: number): number => Math.round(value * 20);

export const PAGE = { width: mm(210), height: mm(297) } as const; // 11906 × 16838
export const TEXT_BLOCK = { width: mm(156), height: mm(225) } as const; // 8844 × 12756

/** Top 37 mm and right 26 mm as in the standard; left and bottom follow from the text block. */
export const MARGIN = {
  top: mm(37),
  right: mm(26),
  left: PAGE.width - mm(26) - TEXT_BLOCK.width, // 1588 ≈ 28 mm
  bottom: PAGE.height - mm(37) - TEXT_BLOCK.height, // 1984 ≈ 35 mm
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const BODY_SIZE_PT = 16; // 3号
export const TITLE_SIZE_PT = 22; // 2号
export const PAGE_NUMBER_SIZE_PT = 14; // 4号

/** Line pitch of the document grid, rounded down so that 22 lines fit the text block. */
export const LINE_PITCH = Math.floor(TEXT_BLOCK.height / LINES_PER_PAGE); // 579

/**
 * 28 characters per line. 28 × 16 pt is 158 mm, wider than the 156 mm block, so characters
 * are set a little closer. Word's character grid (docGrid linesAndChars with a negative
 * charSpace) does that in Word only: LibreOffice never sets a character in a grid cell
 * narrower than the character and gives it two cells (14 characters a line, measured). So the
 * grid is a line grid only, and every run is condensed by w:spacing, which Word and LibreOffice
 * both honour: 16 pt − 0.25 pt = 15.75 pt a character, 28 of them 441 pt in a 442.2 pt block
 * (−0.2 pt gives 27 in LibreOffice; tests/unit/export-libreoffice.test.ts measures it).
 */
export const CHAR_SPACING = -5; // twips, −0.25 pt
export const CHAR_PITCH = pt(BODY_SIZE_PT) + CHAR_SPACING; // 315 twips
/** Title characters are condensed alike: 22 pt − 0.25 pt, 20 of them to a line. */
export const TITLE_CHARS_PER_LINE = Math.floor(TEXT_BLOCK.width / (pt(TITLE_SIZE_PT) + CHAR_SPACING)); // 20

/** The page number's line: one exact 4号 line, so that Word and LibreOffice place it alike. */
export const FOOTER_LINE = pt(PAGE_NUMBER_SIZE_PT);

/**
 * Footer distance from the paper's bottom edge (GB/T 9704 §7.5: the 一字线 of the page number
 * lies 7 mm below the text block). The bottom of the footer's one line is at this distance;
 * the dash stroke is near the middle of the line, so the line's bottom is 7 mm plus the part
 * of the line under the stroke below the block (position measured in LibreOffice's PDF).
 */
export const FOOTER = MARGIN.bottom - mm(7) - Math.round(FOOTER_LINE * 0.55);
/** One character in from the edge (单页码居右空一字，双页码居左空一字), in the page number's 4号 type. */
export const PAGE_NUMBER_INDENT = pt(PAGE_NUMBER_SIZE_PT);

export const HEADER = mm(15);

/**
 * Fonts of GB/T 9704 as Chinese offices install them: body 仿宋_GB2312, levels 黑体 / 楷体_GB2312 /
 * 仿宋_GB2312 / 仿宋_GB2312, title 方正小标宋简体, page numbers 宋体. Latin letters and digits in
 * Times New Roman, as is usual in these documents.
 */
export const FONTS = {
  body: '仿宋_GB2312',
  level1: '黑体',
  level2: '楷体_GB2312',
  title: '方正小标宋简体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;
