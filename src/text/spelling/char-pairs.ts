// Character-pair context for the misspelling model, distilled from a word language model of
// running text (scripts/distill-char-pairs.ts): for the commonest characters, which two follow
// each other at all in ordinary Chinese, and which follow each other far more often than chance.
// A typo usually makes pairs that never occur (组长 → 绍长); its correction, pairs that do.
//
// Format (little-endian): 'JJCP', version, character count N, byte length of the rows; the N
// characters as UTF-16; then per first character a varint count and, for each attested pair in
// order of the second character's rank, a varint (gap from the previous rank << 1 | strong).

const MAGIC = 0x5043_4a4a; // 'JJCP'
const VERSION = 1;

export interface CharPairs {
  /** Code − 0x4e00 → rank of the character in the table, or −1. */
  rank: Int16Array;
  /** Attested second characters of rank a: seconds[rowStart[a], rowStart[a + 1]), ascending. */
  rowStart: Int32Array;
  seconds: Uint16Array;
  /** 1 where that pair is a strong bond. */
  strong: Uint8Array;
}

/** No such pair in running text; it occurs; it occurs far more often than chance. */
export const UNSEEN = 0;
export const SEEN = 1;
export const STRONG = 2;
export type PairLevel = typeof UNSEEN | typeof SEEN | typeof STRONG;

function pushVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

/** Build time: the table as bytes (rows: per rank, the attested second ranks and whether strong). */
export function encodeCharPairs(chars: string, rows: Array<Array<[number, boolean]>>): Uint8Array {
  const body: number[] = [];
  for (const row of rows) {
    pushVarint(body, row.length);
    let previous = -1;
    for (const [second, strong] of row) {
      pushVarint(body, ((second - previous - 1) << 1) | (strong ? 1 : 0));
      previous = second;
    }
  }
  const head = 16 + ((chars.length * 2 + 3) & ~3);
  const bytes = new Uint8Array(head + body.length);
  const view = new DataView(bytes.buffer);
  [MAGIC, VERSION, chars.length, body.length].forEach((v, i) => view.setUint32(i * 4, v, true));
  for (let i = 0; i < chars.length; i++) view.setUint16(16 + i * 2, chars.charCodeAt(i), true);
  bytes.set(body, head);
  return bytes;
}

/** The lookup table from the bytes; throws on foreign or truncated data. */
export function decodeCharPairs(bytes: Uint8Array): CharPairs {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 16 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error('char pairs: unknown format');
  const n = view.getUint32(8, true);
  const head = 16 + ((n * 2 + 3) & ~3);
  if (head + view.getUint32(12, true) > bytes.length) throw new Error('char pairs: truncated');
  const rank = new Int16Array(0x5200).fill(-1);
  for (let i = 0; i < n; i++) {
    const code = view.getUint16(16 + i * 2, true);
    if (code >= 0x4e00 && code < 0xa000) rank[code - 0x4e00] = i;
  }
  let at = head;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++]!;
      value |= (b & 0x7f) << shift;
      if (b < 0x80) return value >>> 0;
    }
  };
  const rowStart = new Int32Array(n + 1);
  // Each pair takes at least one byte: the rows' byte length bounds the pair count (no array grows).
  const seconds = new Uint16Array(view.getUint32(12, true));
  const strong = new Uint8Array(seconds.length);
  let count = 0;
  for (let a = 0; a < n; a++) {
    let previous = -1;
    for (let k = varint(); k > 0; k--, count++) {
      const v = varint();
      previous += (v >>> 1) + 1;
      seconds[count] = previous;
      strong[count] = v & 1;
    }
    rowStart[a + 1] = count;
  }
  return { rank, rowStart, seconds: seconds.subarray(0, count), strong: strong.subarray(0, count) };
}

/** How the pair (a, b) occurs in running text; a character outside the table makes no known pair. */
export function pairLevel(pairs: CharPairs, a: number, b: number): PairLevel {
  const ra = a >= 0x4e00 && a < 0xa000 ? pairs.rank[a - 0x4e00]! : -1;
  const rb = b >= 0x4e00 && b < 0xa000 ? pairs.rank[b - 0x4e00]! : -1;
  if (ra < 0 || rb < 0) return UNSEEN;
  let lo = pairs.rowStart[ra]!;
  let hi = pairs.rowStart[ra + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = pairs.seconds[mid]!;
    if (s === rb) return pairs.strong[mid] ? STRONG : SEEN;
    if (s < rb) lo = mid + 1;
    else hi = mid - 1;
  }
  return UNSEEN;
}
