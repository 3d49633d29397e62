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
 * Word's w:charSpace: the difference between the grid's character pitch and the default font
 * size, in 1/4096 pt; rounded down so that 28 characters fit the text block (3号 type is a
 * little wider than 156 mm / 28).
 */
export const CHAR_SPACE = Math.floor((TEXT_BLOCK.width / CHARS_PER_LINE / 20 - BODY_SIZE_PT) * 4096); // -849

/**
 * Footer distance from the paper's bottom edge: the page number sits 7 mm below the text
 * block, so its line (14 pt high) ends 7 mm + 14 pt under the block.
 */
export const FOOTER = MARGIN.bottom - mm(7) - pt(PAGE_NUMBER_SIZE_PT);
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
