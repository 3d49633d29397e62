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

export class CodeTable {
  /** Slots of three: hash 1, hash 2, value; one cache line per probe. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 3);
    for (let i = 2; i < this.slots.length; i += 3) this.slots[i] = EMPTY;
    this.mask = size - 1;
  }

  static hash(text: string): [number, number] {
    let a = SEED1;
    let b = SEED2;
    for (let i = 0; i < text.length; i++) {
      a = step1(a, text.charCodeAt(i));
      b = step2(b, text.charCodeAt(i));
    }
    return [a, b];
  }

  private slotOf(a: number, b: number): number {
    let i = a & this.mask;
    for (;;) {
      const v = this.slots[i * 3 + 2]!;
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
    let a = SEED1;
    let b = SEED2;
    for (let n = 0; n < text.length; n++) {
      const c = n === at ? wildcard : text.charCodeAt(n);
      a = step1(a, c);
      b = step2(b, c);
      const slot = this.slotOf(a, b);
      const old = this.slots[slot + 2]!;
      if (n + 1 < text.length) {
        if (prefixes && old === EMPTY) this.put(slot, a, b, PREFIX);
      } else {
        if (keep && old >= 0) return old;
        this.put(slot, a, b, value);
      }
    }
    return value;
  }

  private put(at: number, a: number, b: number, value: number): void {
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = value;
  }

  /** The value stored for the sequence with hashes (a, b): an entry (≥ 0), PREFIX, or -1. */
  get(a: number, b: number): number {
    let i = a & this.mask;
    for (;;) {
      const v = this.slots[i * 3 + 2]!;
      if (v === EMPTY) return EMPTY;
      if (this.slots[i * 3] === a && this.slots[i * 3 + 1] === b) return v;
      i = (i + 1) & this.mask;
    }
  }
}
