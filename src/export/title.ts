// Line breaks of a document title (GB/T 9704 §7.3.1: a title of more than one line is set in a
// 梯形 or 菱形 shape, lines balanced, words not split). Word and LibreOffice break a centred
// line where it is full, which leaves one or two characters alone on the last line; so the
// exporter breaks the title itself. Hand-written: no library knows Chinese title shapes.

/** Where a title may break: before these words (what the document is) or after these characters. */
const BREAK_BEFORE = /^(?:领导班子|党组|党委|班子|党史学习教育|主题教育|党纪学习教育|专题|民主生活会|组织生活会|对照检查|个人对照|发言|巡察|集中整改|整改进展|情况的报告|情况报告|关于|的)/;
const BREAK_AFTER = /(?:[的、和与及）》]|\d{4}年度?|党委|党组)$/;

/** The cost of a break after `i` UTF-16 units: 0 at a word boundary, 6 inside a word, 99 never. */
function breakCost(title: string, i: number): number {
  const before = title.slice(0, i);
  // Never inside a placeholder 【…】, a × run or a number, nor before closing punctuation.
  if (before.lastIndexOf('【') > before.lastIndexOf('】')) return 99;
  if (/^[×，。、）》】\d度]/.test(title.slice(i)) || /[×（《\d]$/.test(before)) return 99;
  if (BREAK_AFTER.test(before) || BREAK_BEFORE.test(title.slice(i))) return 0;
  return 6;
}

/**
 * The title's lines, at most `perLine` characters each: as few lines as fit, each line no
 * longer than the next (梯形, upper lines shorter), as even as the words allow.
 */
export function titleLines(title: string, perLine: number): string[] {
  const chars = [...title];
  if (chars.length <= perLine) return [title];
  const count = Math.ceil(chars.length / perLine);
  if (count > 2) {
    // Three or more lines: balance the first break, then the rest recursively.
    const first = titleLines(chars.slice(0, Math.ceil(chars.length / count)).join(''), perLine);
    const rest = titleLines(chars.slice(Math.ceil(chars.length / count)).join(''), perLine);
    return [...first, ...rest];
  }
  let best = Math.floor(chars.length / 2);
  let bestScore = Infinity;
  for (let i = chars.length - perLine; i <= Math.min(perLine, chars.length - 1); i++) {
    const top = i;
    const bottom = chars.length - i;
    // Even lines first, and 正梯形 (the upper line shorter) over 倒梯形.
    const shape = Math.max(0, top - bottom);
    const score = breakCost(chars.join(''), chars.slice(0, i).join('').length) + Math.abs(bottom - top) + shape;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return [chars.slice(0, best).join(''), chars.slice(best).join('')];
}
