// Size limits of what the importer reads, checked before anything is parsed so that a small
// file that inflates to gigabytes (a zip bomb) or a document far beyond any real one is refused
// in seconds with a clear message. No file system here: the check page runs the same code.
import JSZip from 'jszip';
import { ImportError } from './errors.ts';

/** The XML of the longest real 对照检查材料 is under 2 MB; 20 MB leaves room for heavy formatting. */
export const MAX_DOCX_XML_BYTES = 20 * 1024 * 1024;
/** Every part together (images included), inflated. */
export const MAX_DOCX_TOTAL_BYTES = 100 * 1024 * 1024;
/** The largest plausible document: a long report is about 30,000 characters. */
export const MAX_TEXT_CHARS = 2_000_000;
/** A text file of MAX_TEXT_CHARS is at most this many bytes in UTF-8 Chinese (3 bytes a character). */
export const MAX_TEXT_BYTES = 3 * MAX_TEXT_CHARS;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const XML_PART = /\.(xml|rels)$/i;
// Parts whose character data is the document's text (text boxes live in document.xml; an
// OpenDocument text keeps it in content.xml).
const TEXT_PART = /^(?:word\/(?:document|footnotes|endnotes)|content)\.xml$/;

class Limit extends Error {}

/** Counts characters outside markup in streamed UTF-8 XML: code points, not bytes. */
function textCounter(): (chunk: Uint8Array) => number {
  let inTag = false;
  return (chunk) => {
    let n = 0;
    for (const b of chunk) {
      if (b === 0x3c) inTag = true;
      else if (b === 0x3e) inTag = false;
      else if (!inTag && (b & 0xc0) !== 0x80 && b > 0x20) n++;
    }
    return n;
  };
}

/** Inflates one part chunk by chunk (JSZip's stream, the same reading of the zip mammoth makes), feeding each chunk to `onChunk`, which may stop it by throwing. */
function streamPart(entry: JSZip.JSZipObject, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const stream = (entry as any).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        try {
          onChunk(chunk);
        } catch (e) {
          stream.pause();
          reject(e);
        }
      })
      .on('error', reject)
      .on('end', resolve)
      .resume();
  });
}

/**
 * Refuses a .docx whose parts inflate beyond the limits or whose text exceeds the largest
 * plausible document, while inflating: nothing beyond a limit is ever held in memory.
 * Throws ImportError; a file that is not a readable zip is left to the reader to report.
 */
export async function checkDocxLimits(file: string, bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return;
  }
  let xml = 0;
  let total = 0;
  let chars = 0;
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  try {
    for (const entry of entries) {
      const isXml = XML_PART.test(entry.name);
      const count = TEXT_PART.test(entry.name) ? textCounter() : undefined;
      await streamPart(entry, (chunk) => {
        total += chunk.length;
        if (isXml) xml += chunk.length;
        if (count) chars += count(chunk);
        if (xml > MAX_DOCX_XML_BYTES) throw new Limit(`Word 文档的内容（XML）解压后超过 ${MB(MAX_DOCX_XML_BYTES)}（压缩包内“${entry.name}”等）`);
        if (total > MAX_DOCX_TOTAL_BYTES) throw new Limit(`Word 文档解压后超过 ${MB(MAX_DOCX_TOTAL_BYTES)}（压缩包内“${entry.name}”等）`);
        if (chars > MAX_TEXT_CHARS) throw new Limit(`Word 文档的文字超过 ${MAX_TEXT_CHARS / 10000} 万字`);
      });
    }
  } catch (e) {
    if (e instanceof Limit) throw new ImportError(file, `${e.message}，远超任何一篇真实材料，可能是损坏或恶意构造的文件，已拒绝导入，未写出任何文件。请确认文件来源；确为长文档请分成几篇分别导入。`);
    // A part that does not inflate: the reader reports the file as damaged.
  }
}

/** Refuses a text input beyond the largest plausible document, before and after decoding. */
export function checkTextLimits(file: string, bytes: Uint8Array, text?: string): void {
  if (bytes.length > MAX_TEXT_BYTES || (text !== undefined && text.length > MAX_TEXT_CHARS)) {
    throw new ImportError(
      file,
      `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_TEXT_CHARS / 10000} 万字的上限，远超任何一篇真实材料，已拒绝导入，未写出任何文件。请检查是否选错了文件，或把多篇材料分开导入。`,
    );
  }
}
