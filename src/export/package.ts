// Finishing the Word package (finishPackage, at the end). The font table of the Word file (word/fontTable.xml). The docx package writes it only for
// embedded fonts, so without this the table is empty and a machine without 仿宋_GB2312 or
// 方正小标宋简体 substitutes whatever it likes. Each font names its usual substitute in
// w:altName (Word takes one: 仿宋_GB2312 → 仿宋 (FangSong), 楷体_GB2312 → 楷体 (KaiTi),
// 方正小标宋简体 → 宋体 (SimSun), 黑体 → SimHei) with the GB2312 character set and PANOSE class,
// which is what Word and LibreOffice match a missing font by.
import JSZip from 'jszip';
import { FONTS } from './layout.ts';

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  family: 'roman' | 'modern' | 'swiss' | 'script';
  pitch: 'fixed' | 'variable';
  charset: string;
}

const CJK = { charset: '86', pitch: 'variable' } as const;
export const FONT_TABLE: FontEntry[] = [
  { name: FONTS.body, altName: '仿宋', panose: '02010609030101010101', family: 'modern', ...CJK },
  { name: FONTS.level2, altName: '楷体', panose: '02010609030101010101', family: 'modern', ...CJK },
  { name: FONTS.title, altName: '宋体', panose: '02000000000000000000', family: 'script', ...CJK },
  { name: FONTS.level1, altName: 'SimHei', panose: '02010609060101010101', family: 'modern', ...CJK },
  { name: FONTS.pageNumber, altName: 'SimSun', panose: '02010600030101010101', family: 'roman', ...CJK },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', family: 'modern', ...CJK },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101', family: 'modern', ...CJK },
  { name: FONTS.latin, panose: '02020603050405020304', family: 'roman', pitch: 'variable', charset: '00' },
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function fontTableXml(fonts: FontEntry[] = FONT_TABLE): string {
  const entries = fonts.map(
    (f) =>
      `<w:font w:name="${escape(f.name)}">${f.altName ? `<w:altName w:val="${escape(f.altName)}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`;
}

/**
 * The title's lines are 2号 type in exact lines of the grid's pitch. Word keeps an exact line as
 * it is; LibreOffice, snapping to the grid, gives a line whose font is taller than the grid's
 * base two grid lines, so the title ran over four lines' height and pushed the text down. The
 * title is therefore kept off the grid (w:snapToGrid off), which both suites honour; the
 * docx package cannot write that paragraph property.
 */
const titleOffGrid = (styles: string) =>
  styles.replace(/(<w:style w:type="paragraph" w:styleId="Title">[\s\S]*?<w:pPr>)/, '$1<w:snapToGrid w:val="0"/>');

/** The parts of the package the docx package cannot write: our font table, the title off the grid. */
export async function finishPackage(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/fontTable.xml', fontTableXml());
  const styles = await zip.file('word/styles.xml')!.async('string');
  zip.file('word/styles.xml', titleOffGrid(styles));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
