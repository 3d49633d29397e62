// The one Node module that reads files for the tools: which kind a path is and how its bytes
// become text. Drafts (.txt in any encoding the importer decodes, .docx) are read by the
// importer's own reader (src/import/read.ts), which the check page runs in the browser too, so
// the lint CLI and the page see the same text, line for line.
import { readFileSync } from 'node:fs';
import { readSource, type ReadSource } from './import/read.ts';
// Node consumers of drafts run every rule, the misspelling model included (loaded on first use).
import './lint/spelling-node.ts';

/** A content file (Markdown/MDX, linted as such) or a draft (plain text or Word, checked as plain text). */
export type FileKind = 'content' | 'draft';

export function fileKindOf(path: string): FileKind | undefined {
  if (/\.(md|mdx|markdown)$/i.test(path)) return 'content';
  if (/\.(txt|docx)$/i.test(path)) return 'draft';
  return undefined;
}

/** A draft's text as the check page reads it; throws ImportError (a Chinese message) on bad input. */
export async function readDraft(path: string, bytes: Uint8Array = readFileSync(path)): Promise<ReadSource> {
  return readSource(path, bytes);
}
