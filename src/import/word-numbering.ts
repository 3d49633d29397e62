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
  /** The list instance (w:num) the paragraph is in. */
  numId: string;
  abstractNumId: string;
  /** 0-based list level (w:ilvl). */
  ilvl: number;
  /** w:numFmt, e.g. chineseCounting, decimal, bullet. */
  numFmt: string;
  /** w:lvlText, e.g. "%1、" or "（%2）". */
  lvlText: string;
  start: number;
  /** w:startOverride of the list instance for this level: the instance restarts there. */
  startOverride?: number;
  /** The instance has start overrides: it counts on its own, not with its abstract list. */
  ownCounter: boolean;
  /** w:lvlRestart by level of the same list: 0 never restarts; absent, after any shallower level. */
  restarts: ReadonlyMap<number, number>;
  /** Paragraph style the level was linked to (e.g. a heading style), before tagging. */
  paragraphStyleId?: string;
}

export interface TaggedDocx {
  /** The .docx with every numbering level tagged, to give to mammoth. */
  buffer: Uint8Array;
  /** Level by tag (the paragraphStyleId mammoth reports for a numbered paragraph). */
  levels: Map<string, ListLevel>;
  /** Level linked to a paragraph style, by that style's id. */
  byStyle: Map<string, ListLevel>;
  /** The JSZip of the file, for other parts the importer reads (footnotes, text boxes). */
  zip: JSZip;
}

const TAG = 'jjnum';
// Regular expressions over hostile XML stay linear: attribute runs stop at the next < or >
// ([^<>]*), and a lazy body match runs only up to the last closing tag (closedPart), since
// scanning to the end from each of 60,000 unclosed elements is quadratic.
const attr = (xml: string, name: string) => new RegExp(`<w:${name}\\b[^<>]*?\\bw:val="([^"<>]*)"`).exec(xml)?.[1];
const attrOf = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"<>]*)"`).exec(attrs)?.[1];
/** The text up to the end of the last `close` tag: elements opened after it can never close. */
const closedPart = (xml: string, close: string) => {
  const end = xml.lastIndexOf(close);
  return end < 0 ? '' : xml.slice(0, end + close.length);
};
const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (m, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name] ?? m,
  );

interface RawLevel {
  ilvl: number;
  attrs: string;
  body: string;
}

function readAbstracts(xml: string): Map<string, { attrs: string; levels: RawLevel[]; rest: string }> {
  const out = new Map<string, { attrs: string; levels: RawLevel[]; rest: string }>();
  for (const m of closedPart(xml, '</w:abstractNum>').matchAll(/<w:abstractNum\b([^<>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attrOf(m[1]!, 'w:abstractNumId') ?? '';
    const body = m[2]!;
    const closed = closedPart(body, '</w:lvl>');
    const levels = [...closed.matchAll(/<w:lvl\b([^<>]*)>([\s\S]*?)<\/w:lvl>/g)].map((l) => ({ ilvl: Number(attrOf(l[1]!, 'w:ilvl') ?? 0), attrs: l[1]!, body: l[2]! }));
    out.set(id, { attrs: m[1]!, levels, rest: closed.replace(/<w:lvl\b[^<>]*>[\s\S]*?<\/w:lvl>/g, '') + body.slice(closed.length) });
  }
  return out;
}

function readNums(xml: string): Array<{ numId: string; abstractNumId: string; overrides: Map<number, number> }> {
  const nums = [...closedPart(xml, '</w:num>').matchAll(/<w:num\b([^<>]*)>([\s\S]*?)<\/w:num>/g)].filter((m) => attrOf(m[1]!, 'w:numId') !== undefined);
  return nums.map((m) => {
    const overrides = new Map<number, number>();
    for (const o of closedPart(m[2]!, '</w:lvlOverride>').matchAll(/<w:lvlOverride\b([^<>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = attrOf(o[1]!, 'w:ilvl');
      const start = attr(o[2]!, 'startOverride');
      if (ilvl !== undefined && /^\d+$/.test(ilvl) && start !== undefined) overrides.set(Number(ilvl), Number(start));
    }
    return { numId: attrOf(m[1]!, 'w:numId')!, abstractNumId: attr(m[2]!, 'abstractNumId') ?? '', overrides };
  });
}

/**
 * Opens the .docx (throws when it is not a zip) and tags its numbering levels. mammoth reports a
 * paragraph's abstract list, not its list instance (w:num), yet restarts and start overrides
 * belong to the instance; so each instance gets its own copy of its abstract list, tagged with
 * the instance id, and mammoth's answer names the instance.
 */
export async function tagNumbering(input: Uint8Array): Promise<TaggedDocx> {
  const zip = await JSZip.loadAsync(input);
  const levels = new Map<string, ListLevel>();
  const byStyle = new Map<string, ListLevel>();
  const file = zip.file('word/numbering.xml');
  if (file) {
    const xml = await file.async('string');
    const abstracts = readAbstracts(xml);
    const copies: string[] = [];
    const nums: string[] = [];
    for (const [i, num] of readNums(xml).entries()) {
      const abstract = abstracts.get(num.abstractNumId);
      if (!abstract) continue;
      const copyId = String(900000 + i);
      const restarts = new Map(abstract.levels.flatMap((l) => (attr(l.body, 'lvlRestart') !== undefined ? [[l.ilvl, Number(attr(l.body, 'lvlRestart'))] as const] : [])));
      const tagged = abstract.levels.map((l) => {
        const level: ListLevel = {
          numId: num.numId,
          abstractNumId: num.abstractNumId,
          ilvl: l.ilvl,
          numFmt: attr(l.body, 'numFmt') ?? 'decimal',
          lvlText: unescapeXml(attr(l.body, 'lvlText') ?? ''),
          start: Number(attr(l.body, 'start') ?? 1),
          restarts,
          ownCounter: num.overrides.size > 0,
          ...(num.overrides.has(l.ilvl) ? { startOverride: num.overrides.get(l.ilvl)! } : {}),
        };
        const styleId = attr(l.body, 'pStyle');
        if (styleId) {
          level.paragraphStyleId = styleId;
          if (!byStyle.has(styleId)) byStyle.set(styleId, level);
        }
        const tag = `${TAG}-${num.numId}-${l.ilvl}`;
        levels.set(tag, level);
        return `<w:lvl${l.attrs}><w:pStyle w:val="${tag}"/>${l.body.replace(/<w:pStyle\b[^<>]*\/>/g, '')}</w:lvl>`;
      });
      const attrs = abstract.attrs.replace(/\bw:abstractNumId="[^"<>]*"/, `w:abstractNumId="${copyId}"`);
      copies.push(`<w:abstractNum${attrs}>${abstract.rest}${tagged.join('')}</w:abstractNum>`);
      nums.push(`<w:num w:numId="${num.numId}"><w:abstractNumId w:val="${copyId}"/></w:num>`);
    }
    const root = /<w:numbering\b[^<>]*>/.exec(xml)?.[0] ?? '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">';
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${root}${copies.join('')}${nums.join('')}</w:numbering>`);
  }
  return { buffer: await zip.generateAsync({ type: 'uint8array' }), levels, byStyle, zip };
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
 * Counts the numbers Word shows. Instances of one abstract list continue each other; an
 * instance with a start override is a list of its own that starts there (Word's "restart
 * numbering"). A deeper level restarts when a shallower one is used, unless its w:lvlRestart
 * says otherwise (0: never, as in a list numbered 1.–17. across groups).
 */
export class ListCounter {
  #counters = new Map<string, number[]>();
  #started = new Set<string>();
  next(level: ListLevel): number {
    const key = level.ownCounter ? `num:${level.numId}` : `abs:${level.abstractNumId}`;
    const c = this.#counters.get(key) ?? [];
    const first = `${key}:${level.ilvl}`;
    if (level.startOverride !== undefined && !this.#started.has(first)) c[level.ilvl] = level.startOverride - 1;
    this.#started.add(first);
    c[level.ilvl] = (c[level.ilvl] ?? level.start - 1) + 1;
    for (let deeper = level.ilvl + 1; deeper < c.length; deeper++) {
      const restart = level.restarts.get(deeper) ?? deeper;
      if (restart !== 0 && level.ilvl <= restart - 1) c[deeper] = undefined as unknown as number;
    }
    this.#counters.set(key, c);
    return c[level.ilvl]!;
  }
}
