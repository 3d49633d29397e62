// Reads a PDF's page layout as a person with a ruler would: the text lines with their boxes in
// millimetres (poppler's pdftotext -bbox-layout) and, for the page number's dashes, the ink of
// the rendered page (pdftoppm), since a glyph box is taller than the stroke it draws.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface PdfLine {
  text: string;
  /** Box in mm from the page's top-left corner. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

const toMm = (pt: number) => (pt / 72) * 25.4;
const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(attrs)![1]);

export function readPdfLayout(pdf: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map((p, i) => ({
    number: i + 1,
    width: toMm(num(p[1]!, 'width')),
    height: toMm(num(p[1]!, 'height')),
    lines: [...p[2]!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((l) => ({
      text: [...l[2]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
      left: toMm(num(l[1]!, 'xMin')),
      top: toMm(num(l[1]!, 'yMin')),
      right: toMm(num(l[1]!, 'xMax')),
      bottom: toMm(num(l[1]!, 'yMax')),
    })),
  }));
}

/**
 * The top of the first horizontal stroke at least `minWidth` mm long within a band of the
 * rendered page (mm from the top), e.g. the page number's 一字线; null when there is none.
 */
export function firstStrokeTop(pdf: string, page: number, band: { from: number; to: number }, minWidth: number, dpi = 150): number | null {
  const out = `${pdf}-${page}`;
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
  const buf = readFileSync(`${out}.pgm`);
  // Binary PGM: "P5 <width> <height> <max>" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = buf.subarray(header[0].length);
  const px = dpi / 25.4;
  const minRun = minWidth * px;
  for (let y = Math.round(band.from * px); y < Math.min(height, band.to * px); y++) {
    let run = 0;
    for (let x = 0; x < width; x++) {
      run = data[y * width + x]! < 128 ? run + 1 : 0;
      if (run >= minRun) return y / px;
    }
  }
  return null;
}
