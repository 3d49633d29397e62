// A read-only hash table from short character sequences to numbers, looked up by two running
// 32-bit hashes so that the detector's inner loops (a segmentation per text run, a few
// lookups per character) allocate nothing: a Map<string> lookup needs a substring per try,
// which made checking the 2,000-file benchmark corpus cost ~40 s. Hand-written because no
// maintained package offers allocation-free lookups of code-point sequences.

export const SEED1 = 0x811c9dc5 | 0;
export const SEED2 = 0x2545f491 | 0;

export const step1 = (h: number, code: number) => Math.imul(h ^ code, 0x01000193);
export const step2 = (h: number, code: number) => {
  const x = Math.imul(h + code, 0x5bd1e995);
  return x ^ (x >>> 15);
};

/** Value of a sequence that is no entry itself but begins one (lets a scan stop early). */
export const PREFIX = -2;
const EMPTY = -1;
const HAN_START = 0x4e00;
const HAN_END = 0xa000;

/** The bit, of 2^bits, of the code-unit pair (c1, c2) in a hashed pair bit set (a bit may stand for other pairs too). */
export const pairBit = (c1: number, c2: number, bits: number): number => Math.imul(c1 * 0x10000 + c2, 0x9e3779b1) >>> (32 - bits);

export class CodeTable {
  /**
   * Slots of three: hash 1, hash 2, value + 1 (so that a fresh, zero-filled array is all
   * empty slots and needs no fill pass); one cache line per probe.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * The value + 1 of each one-character key in the CJK block, by code − 0x4e00: the
   * segmentation probes one at every position, and this array stays in cache where the
   * hash table's slots do not.
   */
  private readonly singles = new Int32Array(HAN_END - HAN_START);
  /** Bits set by the first two code units of every key (pairBit), four per slot: a lookup that no key begins skips the probe. */
  private readonly pairs: Int32Array;
  private readonly pairBits: number;

  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 3);
    this.mask = size - 1;
    this.pairBits = Math.log2(size) + 2;
    this.pairs = new Int32Array(size / 8);
  }

  private slotOf(a: number, b: number): number {
    let i = a & this.mask;
    for (;;) {
      const v = this.slots[i * 3 + 2]! - 1;
      if (v === EMPTY || (this.slots[i * 3] === a && this.slots[i * 3 + 1] === b)) return i * 3;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Stores a value for the text, read with `wildcard` (a char code) at index `at` if given;
   * with `prefixes`, marks the proper prefixes as PREFIX. Returns the value now stored: an
   * existing entry is kept when `keep` is set (to group values under one key).
   */
  set(text: string, value: number, prefixes = false, at = -1, wildcard = 0, keep = false): number {
    const codes = new Uint16Array(text.length);
    for (let n = 0; n < text.length; n++) codes[n] = text.charCodeAt(n);
    return this.setCodes(codes, 0, codes.length, value, prefixes, at, wildcard, keep);
  }

  /** As `set`, for the code units codes[from, from + length) (the packed data's words). */
  setCodes(codes: Uint16Array, from: number, length: number, value: number, prefixes = false, at = -1, wildcard = 0, keep = false): number {
    let a = SEED1;
    let b = SEED2;
    for (let n = 0; n < length; n++) {
      const c = n === at ? wildcard : codes[from + n]!;
      a = step1(a, c);
      b = step2(b, c);
      const slot = this.slotOf(a, b);
      const old = this.slots[slot + 2]! - 1;
      if (n + 1 < length) {
        if (prefixes && old === EMPTY) this.put(slot, a, b, PREFIX);
      } else {
        if (keep && old >= 0) return old;
        this.put(slot, a, b, value);
      }
      if (n === 0 && c >= HAN_START && c < HAN_END) this.singles[c - HAN_START] = this.slots[slot + 2]!;
      if (n === 1) {
        const bit = pairBit(at === 0 ? wildcard : codes[from]!, c, this.pairBits);
        this.pairs[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
    return value;
  }

  /** The value stored for the one character `code`: get(step1(SEED1, code), step2(SEED2, code)). */
  single(code: number): number {
    return code >= HAN_START && code < HAN_END ? this.singles[code - HAN_START]! - 1 : this.get(step1(SEED1, code), step2(SEED2, code));
  }

  /** False when no key begins with c1, c2; true when one may (most pairs that begin none say false). */
  mayBegin(c1: number, c2: number): boolean {
    const bit = pairBit(c1, c2, this.pairBits);
    return (this.pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** get(a, b) for the two-character sequence c1, c2 (hashes a, b): no probe where no key begins so. */
  pair(c1: number, c2: number, a: number, b: number): number {
    return this.mayBegin(c1, c2) ? this.get(a, b) : EMPTY;
  }

  /** The value stored for text[from, to), or -1. */
  lookup(text: string, from = 0, to = text.length): number {
    let a = SEED1;
    let b = SEED2;
    for (let n = from; n < to; n++) {
      a = step1(a, text.charCodeAt(n));
      b = step2(b, text.charCodeAt(n));
    }
    return this.get(a, b);
  }

  private put(at: number, a: number, b: number, value: number): void {
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = value + 1;
  }

  /** The value stored for the sequence with hashes (a, b): an entry (≥ 0), PREFIX, or -1. */
  get(a: number, b: number): number {
    let i = a & this.mask;
    for (;;) {
      const v = this.slots[i * 3 + 2]! - 1;
      if (v === EMPTY) return EMPTY;
      if (this.slots[i * 3] === a && this.slots[i * 3 + 1] === b) return v;
      i = (i + 1) & this.mask;
    }
  }
}
