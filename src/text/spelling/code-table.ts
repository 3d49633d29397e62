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

export class CodeTable {
  private readonly h1: Int32Array;
  private readonly h2: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.h1 = new Int32Array(size);
    this.h2 = new Int32Array(size);
    this.values = new Int32Array(size).fill(-1);
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

  set(text: string, value: number): void {
    const [a, b] = CodeTable.hash(text);
    let i = a & this.mask;
    while (this.values[i] !== -1 && !(this.h1[i] === a && this.h2[i] === b)) i = (i + 1) & this.mask;
    this.h1[i] = a;
    this.h2[i] = b;
    this.values[i] = value;
  }

  /** The value stored for the sequence with hashes (a, b), or -1. */
  get(a: number, b: number): number {
    let i = a & this.mask;
    for (;;) {
      const v = this.values[i]!;
      if (v === -1) return -1;
      if (this.h1[i] === a && this.h2[i] === b) return v;
      i = (i + 1) & this.mask;
    }
  }
}
