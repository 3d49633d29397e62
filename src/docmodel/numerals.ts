// Chinese numerals up to 99, enough for any outline. Written by hand: the npm numeral
// packages handle large amounts and money formats, not the 一…九十九 of headings.
import type { Level } from './types.ts';

const DIGITS = '零一二三四五六七八九';

/** Parses 一 … 九十九 (also 〇/两); returns NaN for anything else. */
export function parseChineseNumber(text: string): number {
  const s = text.replace(/〇/g, '零').replace(/两/g, '二');
  if (!/^[零一二三四五六七八九十]+$/.test(s)) return Number.NaN;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? DIGITS.indexOf(s) : Number.NaN;
  if (s.indexOf('十', ten + 1) !== -1) return Number.NaN;
  const tens = ten === 0 ? 1 : s.length > 0 && ten === 1 ? DIGITS.indexOf(s[0]!) : Number.NaN;
  const units = ten === s.length - 1 ? 0 : s.length - ten === 2 ? DIGITS.indexOf(s[ten + 1]!) : Number.NaN;
  return tens * 10 + units;
}

/** 1 → 一, 10 → 十, 23 → 二十三. */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (units ? DIGITS[units] : '');
}

/** The canonical marker of a level and number: 一、 （一） 1. （1）. */
export function formatMarker(level: Level, n: number): string {
  switch (level) {
    case 1:
      return `${formatChineseNumber(n)}、`;
    case 2:
      return `（${formatChineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** 1 → 一是. */
export function formatRunItem(n: number): string {
  return `${formatChineseNumber(n)}是`;
}
