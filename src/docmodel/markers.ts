// Recognises numbering markers at the start of a block and 一是/二是 runs inside it,
// tolerating the variants real documents contain (half-width brackets, 1、, （一）、).
import { formatMarker, formatRunItem, parseChineseNumber } from './numerals.ts';
import type { Block, Defect, Level, Marker, RunItem, Span } from './types.ts';

const CN = '[一二三四五六七八九十]{1,3}';
const BRACKETED = new RegExp(`^([（(])[ \\t]*(${CN}|[0-9０-９]{1,3})[ \\t]*([）)])([、，,.．:：]?)`);
const LEVEL1 = new RegExp(`^(${CN})[ \\t]*([、，,．.])`);
// "1." but not "2.5" or "2020年"; 1、 and 1． are tolerated and reported.
const LEVEL3 = /^([0-9０-９]{1,3})[ \t]*([.．、，,])(?![0-9])/;

export interface MarkerMatch {
  marker: Marker;
  /** Offset in the block text where the heading text starts. */
  textStart: number;
  defects: Defect[];
}

function toAscii(digits: string): string {
  return digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function spanIn(block: Block, from: number, to: number): Span {
  return { start: block.locate(from), end: block.locate(to) };
}

/** Finds the numbering marker a block starts with, if any, with its defects. */
export function matchMarker(block: Block): MarkerMatch | null {
  const text = block.text;
  let level: Level;
  let number: number;
  let raw: string;
  const defects: Defect[] = [];
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const [whole, open, num, close, punct] = bracketed as unknown as [string, string, string, string, string];
    const arabic = /[0-9０-９]/.test(num);
    level = arabic ? 4 : 2;
    number = arabic ? Number(toAscii(num)) : parseChineseNumber(num);
    raw = whole;
    const canonical = formatMarker(level, number);
    if (open === '(' || close === ')') {
      defects.push({
        kind: 'halfwidth-bracket',
        message: `编号“${whole}”使用了半角括号，应使用全角括号“${canonical}”。`,
        actual: whole,
        expected: canonical,
        fixable: true,
        position: spanIn(block, 0, whole.length),
      });
    } else if (punct) {
      defects.push({
        kind: 'marker-punctuation',
        message: `编号“${canonical}”后不加标点，多了“${punct}”。`,
        actual: whole,
        expected: canonical,
        fixable: true,
        position: spanIn(block, 0, whole.length),
      });
    }
  } else {
    const l1 = LEVEL1.exec(text);
    const l3 = l1 ? null : LEVEL3.exec(text);
    const m = l1 ?? l3;
    if (!m) return null;
    level = l1 ? 1 : 3;
    number = l1 ? parseChineseNumber(m[1]!) : Number(toAscii(m[1]!));
    raw = m[0];
    const canonical = formatMarker(level, number);
    if (raw !== canonical && !Number.isNaN(number)) {
      defects.push({
        kind: 'marker-punctuation',
        message:
          level === 1
            ? `一级标题编号应写作“${canonical}”（数字后用顿号），不是“${raw}”。`
            : `三级标题编号应写作“${canonical}”（数字后用半角下脚点），不是“${raw}”。`,
        actual: raw,
        expected: canonical,
        fixable: true,
        position: spanIn(block, 0, raw.length),
      });
    }
  }
  if (Number.isNaN(number) || number < 1) return null;
  const marker: Marker = {
    level,
    number,
    raw,
    canonical: formatMarker(level, number),
    position: spanIn(block, 0, raw.length),
  };
  return { marker, textStart: raw.length, defects };
}

// 一是 starts a run item only at the start of a text or after a sentence or clause break,
// so that 统一是… or 唯一是… are not taken for one.
// After a clause break, a half-width one included (“效果不明显.一是……” still starts a run).
const RUN_ITEM = new RegExp(`(^|[。；;！？!?：:，,、.\\s])(${CN})是(?![否非])`, 'g');

/** Finds 一是/二是 run items in a block's text from `from` on. */
export function findRunItems(block: Block, from = 0): RunItem[] {
  const items: RunItem[] = [];
  const text = block.text;
  RUN_ITEM.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RUN_ITEM.exec(text))) {
    const index = m.index + m[1]!.length;
    const number = parseChineseNumber(m[2]!);
    if (Number.isNaN(number)) continue;
    const raw = `${m[2]}是`;
    items.push({ number, raw, index, position: spanIn(block, index, index + raw.length) });
  }
  const subjectFirst = firstAfterSubject(text, from, items);
  if (subjectFirst !== undefined) items.unshift({ number: 1, raw: '一是', index: subjectFirst, position: spanIn(block, subjectFirst, subjectFirst + 2) });
  return items;
}

/** Words ending in 一 that 一是 may follow without starting a run (统一是, 之一是). */
const ENDS_IN_YI = /(?:统|唯|之|第|万|同|单|专|划|归|合|逐|择|整|不|如|一|其|始终如|表里如|知行合)$/;

/**
 * 一是 written straight after its subject (局党委一是……二是……): taken as the run's first item
 * only when a 二是 follows at a clause break and no 一是 was found before that 二是.
 */
function firstAfterSubject(text: string, from: number, items: RunItem[]): number | undefined {
  const second = items.find((i) => i.number === 2);
  if (!second || items.some((i) => i.number === 1 && i.index < second.index)) return undefined;
  for (let at = text.indexOf('一是', from); at !== -1 && at < second.index; at = text.indexOf('一是', at + 1)) {
    if (/[\u4e00-\u9fff]/.test(text[at - 1] ?? '') && !ENDS_IN_YI.test(text.slice(Math.max(from, at - 3), at))) return at;
  }
  return undefined;
}

/** Checks that 一是/二是 runs in one scope are complete and in order. */
export function checkRuns(items: RunItem[]): Defect[] {
  const defects: Defect[] = [];
  let prev: RunItem | null = null;
  let runLength = 0;
  const closeRun = () => {
    if (prev && runLength === 1 && prev.number === 1) {
      defects.push({
        kind: 'run-incomplete',
        message: '只有“一是”，没有“二是”：一项内容不必分条，或补齐后续各条。',
        actual: prev.raw,
        fixable: false,
        position: prev.position,
      });
    }
  };
  for (const item of items) {
    if (item.number === 1) {
      closeRun();
      prev = item;
      runLength = 1;
      continue;
    }
    const expected = prev ? prev.number + 1 : 1;
    if (item.number !== expected) {
      const kind = !prev || item.number > expected ? 'run-missing' : item.number === prev.number ? 'run-repeated' : 'run-out-of-order';
      const message =
        kind === 'run-missing'
          ? `“${item.raw}”之前缺少“${formatRunItem(expected)}”。`
          : kind === 'run-repeated'
            ? `“${item.raw}”重复出现，应为“${formatRunItem(expected)}”。`
            : `“${item.raw}”顺序颠倒，此处应为“${formatRunItem(expected)}”。`;
      defects.push({
        kind,
        message,
        actual: item.raw,
        expected: formatRunItem(expected),
        fixable: false,
        position: item.position,
      });
    }
    prev = item;
    runLength++;
  }
  closeRun();
  return defects;
}

/**
 * The numbering marker a line of text starts with (after leading spaces), as written, for
 * callers that hold plain text rather than a block: e.g. the punctuation checks leave a
 * half-width "(一)" to the numbering rule.
 */
export function leadingMarker(text: string): { raw: string; start: number } | null {
  const start = /^[\s\u3000]*/.exec(text)![0].length;
  const rest = text.slice(start);
  const point = { line: 1, column: 1 };
  const found = matchMarker({ text: rest, depth: 0, locate: () => point, position: { start: point, end: point }, attachments: [] });
  return found ? { raw: found.marker.raw, start } : null;
}

/** The 一是/二是 item a text starts with, if any (a notice's "四是在……方面" line). */
export function leadingRunItem(text: string): { raw: string; start: number } | null {
  const start = /^[\s\u3000]*/.exec(text)![0].length;
  RUN_ITEM.lastIndex = 0;
  const m = RUN_ITEM.exec(text.slice(start));
  return m && m.index === 0 && !m[1] ? { raw: `${m[2]}是`, start } : null;
}
