// The one Node module that reads files for the tools: which kind a path is, how its bytes
// become text, and the content files with their frontmatter (split by src/schemas/frontmatter.ts). Drafts (.txt in any encoding the importer decodes, .docx) are read by the
// importer's own reader (src/import/read.ts), which the check page runs in the browser too, so
// the lint CLI and the page see the same text, line for line.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ReadSource } from './import/read.ts';
import { frontmatterData } from './schemas/frontmatter.ts';

/** A content file (Markdown/MDX, linted as such) or a draft (plain text or Word, checked as plain text). */
export type FileKind = 'content' | 'draft';

export function fileKindOf(path: string): FileKind | undefined {
  if (/\.(md|mdx|markdown)$/i.test(path)) return 'content';
  if (/\.(txt|docx)$/i.test(path)) return 'draft';
  return undefined;
}

/** A draft's text as the check page reads it; throws ImportError (a Chinese message) on bad input. */
export async function readDraft(path: string, bytes: Uint8Array = readFileSync(path)): Promise<ReadSource> {
  // The Word and text readers (and their zip and XML libraries) load only when a draft is read.
  const { readSource } = await import('./import/read.ts');
  return readSource(path, bytes);
}

/** A content file as read from disk. */
export interface ContentFile {
  /** Entry id: path under content/ without extension, as the site's collection names it. */
  id: string;
  path: string;
  source: string;
  data: Record<string, unknown>;
}

const PAGE_FILE = /^[^_].*\.mdx?$/;

/** The frontmatter of one file; `{}` when it is broken (the checker reports it with its place). */
function safeData(source: string): Record<string, unknown> {
  try {
    return frontmatterData(source);
  } catch {
    return {};
  }
}

/** Every .md/.mdx page under `contentDir`, recursively, in path order ("_" files are not pages). */
export function readContentFiles(contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (PAGE_FILE.test(name)) {
        const source = readFileSync(p, 'utf8');
        const id = relative(contentDir, p).split(sep).join('/').replace(/\.mdx?$/, '').replace(/\/index$/, '') || 'index';
        files.push({ id, path: p, source, data: safeData(source) });
      }
    }
  };
  walk(contentDir);
  return files;
}
