// The shipped form of the misspelling data: one binary file whose sections are typed arrays
// (UTF-16 code units of the words, grouped by length; their frequencies; name and idiom bitsets; the
// second dictionary's words; the confusion sets), so that the browser's worker and the CLI read it with no text parsing and
// build the lookup tables straight from numbers. The JSON form it replaces cost a string split
// and a Map entry per dictionary word (about 1.5 s in the worker before the first check).
// Typed arrays use the platform's byte order; every platform that runs the site is little-endian.
import type { RawSpellingData } from './data.ts';

const MAGIC = 0x4a4a5350; // 'JJSP'
/** Bump when the layout or the derivation changes (the Node cache key includes it). */
export const PACK_VERSION = 5;
const HEADER_WORDS = 15;

export interface PackedSpellingData {
  /** Code units of the words of length 1–4, `codes[L - 1]` holding L units per word. */
  codes: Uint16Array[];
  /** Frequencies, words of length 1 first, then 2, 3, 4 (the order of `codes`). */
  freqs: Uint32Array;
  /** Bit i set: word i is a name (segments text, never proposed as a correction). */
  names: Uint8Array;
  /** Bit i set: word i is a four-character idiom or set phrase (成语, 习用语). */
  idioms: Uint8Array;
  /** Code units of the second dictionary's words of length 1–4 (`known[L - 1]`), no frequencies. */
  known: Uint16Array[];
  /** Same-sound groups, each ended by a 0. */
  sounds: Uint16Array;
  /** Near-sound groups, each ended by a 0. */
  nearSounds: Uint16Array;
  /** Look-alike pairs, two code units per pair. */
  shapes: Uint16Array;
  /** Look-alike pairs by rendered glyphs, two code units per pair. */
  glyphs: Uint16Array;
  /** The character-pair table as distilled (char-pairs.ts decodes it). */
  charPairs: Uint8Array;
}

const align4 = (n: number) => (n + 3) & ~3;

/** Build time: the derived data as bytes, words sorted so that gzip finds their shared prefixes. */
/** Entries grouped by length (1–4) and sorted, so that gzip finds their shared prefixes. */
function byLength<T extends { word: string }>(entries: T[]): T[][] {
  const groups: T[][] = [[], [], [], []];
  for (const e of entries) if (e.word.length >= 1 && e.word.length <= 4) groups[e.word.length - 1]!.push(e);
  for (const g of groups) g.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return groups;
}

const units = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

/** Build time: the derived data as bytes. */
export function packSpellingData(raw: RawSpellingData): Uint8Array {
  const words = byLength(
    raw.words.split('\n').flatMap((line) => {
      const [word, f, mark] = line.split(' ');
      return word && f ? [{ word, freq: Number(f), name: mark === 'n', idiom: mark === 'i' }] : [];
    }),
  );
  const known = byLength(raw.known.split('\n').map((word) => ({ word })));
  const all = words.flat();
  const sounds = raw.sounds.join('\0') + '\0';
  const nearSounds = raw.nearSounds.join('\0') + '\0';
  const codeBytes = (groups: Array<Array<{ word: string }>>) => groups.map((g, L) => align4(g.length * (L + 1) * 2));
  const sizes = [HEADER_WORDS * 4, ...codeBytes(words), all.length * 4, align4(Math.ceil(all.length / 8)), align4(Math.ceil(all.length / 8)), ...codeBytes(known), align4(sounds.length * 2), align4(nearSounds.length * 2), align4(raw.shapes.length * 2), align4(raw.glyphs.length * 2), align4(raw.charPairs.length)];
  const bytes = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
  new Uint32Array(bytes.buffer, 0, HEADER_WORDS).set([MAGIC, PACK_VERSION, ...words.map((g) => g.length), ...known.map((g) => g.length), sounds.length, nearSounds.length, raw.shapes.length, raw.glyphs.length, raw.charPairs.length]);
  let section = 1;
  let at = sizes[0]!;
  const next = () => (at += sizes[section++]!);
  const writeCodes = (groups: Array<Array<{ word: string }>>) =>
    groups.forEach((group, L) => {
      const codes = new Uint16Array(bytes.buffer, at, group.length * (L + 1));
      group.forEach((w, i) => codes.set(units(w.word), i * (L + 1)));
      next();
    });
  writeCodes(words);
  new Uint32Array(bytes.buffer, at, all.length).set(all.map((w) => w.freq));
  next();
  const bitset = (has: (w: (typeof all)[number]) => boolean) => {
    all.forEach((w, i) => {
      if (has(w)) bytes[at + (i >> 3)] = (bytes[at + (i >> 3)] ?? 0) | (1 << (i & 7));
    });
    next();
  };
  bitset((w) => w.name);
  bitset((w) => w.idiom);
  writeCodes(known);
  new Uint16Array(bytes.buffer, at, sounds.length).set(units(sounds));
  next();
  new Uint16Array(bytes.buffer, at, nearSounds.length).set(units(nearSounds));
  next();
  new Uint16Array(bytes.buffer, at, raw.shapes.length).set(units(raw.shapes));
  next();
  new Uint16Array(bytes.buffer, at, raw.glyphs.length).set(units(raw.glyphs));
  next();
  bytes.set(raw.charPairs, at);
  return bytes;
}

/** Views over the bytes (no copy when they are 4-byte aligned); throws on foreign data. */
export function unpackSpellingData(input: Uint8Array): PackedSpellingData {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.length < HEADER_WORDS * 4) throw new Error('spelling data: truncated');
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  if (header[0] !== MAGIC || header[1] !== PACK_VERSION) throw new Error('spelling data: unknown format');
  const counts = [header[2]!, header[3]!, header[4]!, header[5]!];
  const knownCounts = [header[6]!, header[7]!, header[8]!, header[9]!];
  const total = counts.reduce((a, b) => a + b, 0);
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  const take = <T>(make: (offset: number) => T, byteLength: number): T => {
    if (at + byteLength > bytes.byteOffset + bytes.length) throw new Error('spelling data: truncated');
    const view = make(at);
    at += align4(byteLength);
    return view;
  };
  const codes = counts.map((n, L) => take((o) => new Uint16Array(bytes.buffer, o, n * (L + 1)), n * (L + 1) * 2));
  const freqs = take((o) => new Uint32Array(bytes.buffer, o, total), total * 4);
  const names = take((o) => new Uint8Array(bytes.buffer, o, Math.ceil(total / 8)), Math.ceil(total / 8));
  const idioms = take((o) => new Uint8Array(bytes.buffer, o, Math.ceil(total / 8)), Math.ceil(total / 8));
  const known = knownCounts.map((n, L) => take((o) => new Uint16Array(bytes.buffer, o, n * (L + 1)), n * (L + 1) * 2));
  const sounds = take((o) => new Uint16Array(bytes.buffer, o, header[10]!), header[10]! * 2);
  const nearSounds = take((o) => new Uint16Array(bytes.buffer, o, header[11]!), header[11]! * 2);
  const shapes = take((o) => new Uint16Array(bytes.buffer, o, header[12]!), header[12]! * 2);
  const glyphs = take((o) => new Uint16Array(bytes.buffer, o, header[13]!), header[13]! * 2);
  const charPairs = take((o) => new Uint8Array(bytes.buffer, o, header[14]!), header[14]!);
  return { codes, freqs, names, idioms, known, sounds, nearSounds, shapes, glyphs, charPairs };
}
