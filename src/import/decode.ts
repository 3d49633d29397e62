// Reads the bytes of a text file into a string, detecting the encoding from the content, never
// from the file name: BOM first, then strict UTF-8, then chardet's candidates decoded strictly
// as GB18030 (the superset of GB2312/GBK that Windows tools write). Anything that does not
// decode cleanly is refused with the line where decoding fails, rather than imported as mojibake.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { invalidUtf8Offset } from '../text/utf8.ts';
import { ImportError } from './errors.ts';

export type TextEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** What a file is, from its first bytes. */
export type Sniffed = 'empty' | 'zip' | 'odt' | 'doc' | 'encrypted' | 'binary' | 'text';

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** Magic numbers of binary formats a contributor is likely to pick by mistake. */
const BINARY_MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
];

/** Whether the bytes contain `name` in UTF-16LE, as the directory of an OLE compound file stores stream names. */
function hasUtf16Name(buf: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= buf.length; i++) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OpenDocument file (.odt) is a zip whose first entry is the stored file "mimetype"
 * (ODF 1.2 §3.3): its content starts at byte 38, right after the 30-byte header and the name.
 */
function isOdfText(buf: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(buf.subarray(30, 100));
  return head.startsWith('mimetypeapplication/vnd.oasis.opendocument.text');
}

export function sniff(buf: Uint8Array): Sniffed {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) return isOdfText(buf) ? 'odt' : 'zip';
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // A password-protected .docx is an OLE compound file holding the encrypted package beside
    // an "EncryptionInfo" stream (MS-OFFCRYPTO §2.3.4); an old .doc has none.
    return hasUtf16Name(buf, 'EncryptionInfo') ? 'encrypted' : 'doc';
  }
  if (BINARY_MAGIC.some((m) => startsWith(buf, m))) return 'binary';
  return 'text';
}

/** 1-based line and column of a byte offset, counting LF bytes (valid in every encoding we read). */
function byteLocation(buf: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Node built without full ICU has no GB18030 TextDecoder; iconv-lite then decodes it. */
function supported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

function strict(encoding: string, buf: Uint8Array): string | null {
  if (!supported(encoding)) {
    const text = iconv.decode(Buffer.from(buf), encoding);
    return text.includes('\ufffd') ? null : text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/**
 * BOM-less UTF-16 has a zero byte in every other position for ASCII and common punctuation;
 * chardet does not recognise it (it reports windows-1252), so this one check is by hand.
 */
function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length < 4 || buf.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(buf.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.05) return 'utf-16be';
  return utf16ChineseWithoutBom(buf.subarray(0, n));
}

/**
 * Chinese text in UTF-16 has hardly any zero bytes (only ASCII line breaks and digits), but the
 * high byte of nearly every unit falls in a few ranges: 0x4E–0x9F (common ideographs), 0x30
 * (CJK punctuation), 0xFF (full-width forms), 0x20 (quotes, dashes), 0x00 (ASCII). GBK and
 * UTF-8 bytes at every other position spread far wider. Confirmed by decoding strictly.
 */
function utf16ChineseWithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const high = (b: number) => b === 0x00 || b === 0x20 || b === 0x30 || b === 0xff || (b >= 0x4e && b <= 0x9f);
  for (const [encoding, offset] of [['utf-16le', 1], ['utf-16be', 0]] as const) {
    let fit = 0;
    for (let i = offset; i < buf.length; i += 2) if (high(buf[i]!)) fit++;
    if (fit < (buf.length / 2) * 0.95) continue;
    const text = strict(encoding, buf);
    if (text !== null && !CONTROL.test(text) && mostlyChinese(text)) return encoding;
  }
  return null;
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return
// do not occur in text saved by an editor; a trailing Ctrl-Z (old DOS end of file) is dropped.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

function checkText(file: string, text: string): string {
  const cleaned = text.replace(/(?<!\u001a)\u001a+$/, '');
  const bad = CONTROL.exec(cleaned);
  if (bad) {
    const before = cleaned.slice(0, bad.index);
    const line = before.split('\n').length;
    const column = bad.index - before.lastIndexOf('\n');
    throw new ImportError(
      file,
      `不是文本文件：含有控制字符 U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}，看来是二进制文件。请导入 Word（.docx）、纯文本（.txt）或 Markdown（.md）文件。`,
      { line, column },
    );
  }
  return cleaned;
}

const binaryMessage = '不是文本文件：含有二进制数据（NUL 字节），无法作为文字导入。请导入 Word（.docx）、纯文本（.txt）或 Markdown（.md）文件。';

/** Decodes a text file, detecting its encoding; throws ImportError when it cannot. */
export function decodeText(file: string, buf: Uint8Array): DecodedText {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    const text = strict('utf-8', buf.subarray(3));
    if (text === null) throw undecodable(file, buf, 3 + Math.max(0, invalidUtf8Offset(buf.subarray(3))), 'UTF-8（带 BOM）');
    return { text: checkText(file, text), encoding: 'UTF-8 (BOM)' };
  }
  const bom16 = startsWith(buf, [0xff, 0xfe]) ? 'utf-16le' : startsWith(buf, [0xfe, 0xff]) ? 'utf-16be' : null;
  const utf16 = bom16 ?? utf16WithoutBom(buf);
  if (utf16) {
    // TextDecoder drops the BOM itself.
    const text = strict(utf16, buf);
    if (text === null) throw new ImportError(file, `按 ${utf16.toUpperCase()} 解码失败：文件不完整或混有其他编码的内容。请在记事本或 WPS 中“另存为”UTF-8 编码后再导入。`);
    return { text: checkText(file, text), encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
  }
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new ImportError(file, binaryMessage, byteLocation(buf, nul));

  const invalid = invalidUtf8Offset(buf);
  if (invalid === -1) return { text: checkText(file, new TextDecoder('utf-8').decode(buf)), encoding: 'UTF-8' };

  // Not UTF-8: accept the GB family when chardet names it and the bytes decode strictly.
  const candidates = chardet.analyse(buf);
  const gb = candidates.find((c) => /^(GB18030|GBK|GB2312|GB-?2312|EUC-CN)$/i.test(c.name));
  if (gb) {
    const text = strict('gb18030', buf);
    if (text !== null && mostlyChinese(text)) return { text: checkText(file, text), encoding: 'GB18030' };
    // Mostly GBK with a damaged stretch: point at the damage, not at the first Chinese character.
    const at = firstUndecodable('gb18030', buf);
    if (at !== -1) throw undecodable(file, buf, at, gb.name);
  }
  throw undecodable(file, buf, invalid, candidates[0]?.name);
}

/** Offset of the byte where strict decoding stops, or -1 when the whole input decodes. */
function firstUndecodable(encoding: string, buf: Uint8Array): number {
  if (!supported(encoding)) {
    const at = iconv.decode(Buffer.from(buf), encoding).indexOf('\ufffd');
    return at === -1 ? -1 : iconv.encode(iconv.decode(Buffer.from(buf), encoding).slice(0, at), encoding).length;
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let i = 0; i < buf.length; i++) {
    try {
      decoder.decode(buf.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  try {
    decoder.decode();
  } catch {
    return buf.length - 1;
  }
  return -1;
}

/** Decoding random bytes as GB18030 gives rare ideographs and symbols; real text is mostly common CJK and ASCII. */
function mostlyChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d) || c === 0xd7) cjk++;
  }
  return nonAscii === 0 || cjk / nonAscii >= 0.8;
}

function undecodable(file: string, buf: Uint8Array, offset: number, guess?: string): ImportError {
  const looks = guess && !/^(UTF-8|ASCII)$/i.test(guess) ? `（看起来像 ${guess}）` : '';
  return new ImportError(
    file,
    `无法识别文字编码：既不是 UTF-8、UTF-16，也不是 GBK/GB18030${looks}，此处的字节无法解码。请在记事本或 WPS 中“另存为”UTF-8 编码后再导入。`,
    byteLocation(buf, offset),
  );
}
