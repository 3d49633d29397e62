// Word's automatic numbering, as the reader of the document saw it. mammoth reports a numbered
// paragraph's list level but not the level's format (一、 or 1. or （1）) nor which list it is
// in, so before mammoth reads the file each level of numbering.xml is tagged with a unique
// paragraph-style id that mammoth passes through; the tag then names the list, the level and
// its format. numbering.xml is machine-written OOXML with flat <w:lvl> elements, so regular
// expressions over it are reliable; no XML library is needed for this one file.
import JSZip from 'jszip';
import { formatChineseNumber } from '../docmodel/index.ts';
import type { Level } from '../docmodel/index.ts';

export interface ListLevel {
  abstractNumId: string;
  /** 0-based list level (w:ilvl). */
  ilvl: number;
  /** w:numFmt, e.g. chineseCounting, decimal, bullet. */
  numFmt: string;
  /** w:lvlText, e.g. "%1、" or "（%2）". */
  lvlText: string;
  start: number;
  /** Paragraph style the level was linked to (e.g. a heading style), before tagging. */
  paragraphStyleId?: string;
}

export interface TaggedDocx {
  /** The .docx with every numbering level tagged, to give to mammoth. */
  buffer: Buffer;
  /** Level by tag (the paragraphStyleId mammoth reports for a numbered paragraph). */
  levels: Map<string, ListLevel>;
  /** Level linked to a paragraph style, by that style's id. */
  byStyle: Map<string, ListLevel>;
}

const TAG = 'jjnum';
const attr = (xml: string, name: string) => new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];
const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (m, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name] ?? m,
  );

/** Opens the .docx (throws when it is not a zip) and tags its numbering levels. */
export async function tagNumbering(input: Uint8Array): Promise<TaggedDocx> {
  const zip = await JSZip.loadAsync(input);
  const levels = new Map<string, ListLevel>();
  const byStyle = new Map<string, ListLevel>();
  const file = zip.file('word/numbering.xml');
  if (file) {
    const xml = await file.async('string');
    const tagged = xml.replace(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g, (whole, attrs: string, body: string) => {
      const abstractNumId = /\bw:abstractNumId="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const newBody = body.replace(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g, (_lvl, lvlAttrs: string, lvlBody: string) => {
        const ilvl = Number(/\bw:ilvl="(\d+)"/.exec(lvlAttrs)?.[1] ?? 0);
        const level: ListLevel = {
          abstractNumId,
          ilvl,
          numFmt: attr(lvlBody, 'numFmt') ?? 'decimal',
          lvlText: unescapeXml(attr(lvlBody, 'lvlText') ?? ''),
          start: Number(attr(lvlBody, 'start') ?? 1),
        };
        const styleId = attr(lvlBody, 'pStyle');
        if (styleId) {
          level.paragraphStyleId = styleId;
          byStyle.set(styleId, level);
        }
        const tag = `${TAG}-${abstractNumId}-${ilvl}`;
        levels.set(tag, level);
        const rest = lvlBody.replace(/<w:pStyle\b[^>]*\/>/g, '');
        return `<w:lvl${lvlAttrs}><w:pStyle w:val="${tag}"/>${rest}</w:lvl>`;
      });
      return whole.replace(body, () => newBody);
    });
    zip.file('word/numbering.xml', tagged);
  }
  return { buffer: await zip.generateAsync({ type: 'nodebuffer' }), levels, byStyle };
}

const CHINESE_FORMATS = /chinese|ideograph|japaneseCounting|taiwanese|koreanCounting/i;

/** The document model's level a Word list level stands for, from its format; null for bullets. */
export function modelLevel(level: ListLevel): Level | null {
  if (level.numFmt === 'bullet' || level.numFmt === 'none') return null;
  const own = `%${level.ilvl + 1}`;
  const bracketed = new RegExp(`[（(]\\s*${own}\\s*[）)]`).test(level.lvlText);
  if (CHINESE_FORMATS.test(level.numFmt)) return bracketed ? 2 : 1;
  if (/^decimal/i.test(level.numFmt)) return bracketed ? 4 : 3;
  // Letters and roman numerals have no place in the 公文 hierarchy: keep the list depth.
  return Math.min(4, level.ilvl + 1) as Level;
}

/**
 * The marker as Word displays it (e.g. "1、" when the list was set up that way), so that the
 * document model sees and reports what the reader saw; canonical when the text is composite.
 */
export function displayedMarker(level: ListLevel, n: number, fallback: string): string {
  const refs = level.lvlText.match(/%\d/g) ?? [];
  if (refs.length !== 1 || refs[0] !== `%${level.ilvl + 1}`) return fallback;
  const num = CHINESE_FORMATS.test(level.numFmt) ? formatChineseNumber(n) : /^decimal/i.test(level.numFmt) ? String(n) : null;
  return num === null ? fallback : level.lvlText.replace(refs[0], num);
}

/**
 * Counts the numbers Word shows: one counter per list and level, deeper levels restarting when
 * a shallower one advances. Lists that share an abstract definition continue each other, as
 * in Word unless a restart is set (not modelled: normalisation renumbers anyway).
 */
export class ListCounter {
  #counters = new Map<string, number[]>();
  next(level: ListLevel): number {
    const c = this.#counters.get(level.abstractNumId) ?? [];
    c[level.ilvl] = (c[level.ilvl] ?? level.start - 1) + 1;
    c.length = level.ilvl + 1;
    this.#counters.set(level.abstractNumId, c);
    return c[level.ilvl]!;
  }
}
