// The importer: a Word (.docx), text (.txt) or Markdown (.md) document in, a draft exemplar MDX
// out. Every format becomes plain lines read by the one document model (parseText), so .docx
// and .txt are normalised by the same code.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { TemplateSpec } from '../schemas/content.ts';
import { ImportError } from './errors.ts';
import type { InferredMeta } from './meta.ts';
import type { NormalisedDocument } from './normalise.ts';
import { exemplarDraft, readSource, type ReadSource } from './read.ts';

export { ImportError } from './errors.ts';
export { readSource, type ReadSource, type SourceFormat } from './read.ts';

export interface ImportOptions {
  /** Folder the MDX is written to. */
  outDir: string;
  /** Overwrite an existing file. */
  force?: boolean;
  /** Template specs for inferring `follows` (default: content/templates). */
  specs?: TemplateSpec[];
  /** Output paths already written in this run (two inputs must not write one file). */
  written?: Set<string>;
}

export interface ImportResult {
  file: string;
  output: string;
  source: ReadSource;
  doc: NormalisedDocument;
  meta: InferredMeta;
  mdx: string;
}

/** File-name part after docType-year-: the input's name in lowercase ASCII, or a content hash. */
export function slugFor(file: string, bytes: Uint8Array, prefix: string): string {
  let slug = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.startsWith(prefix + '-')) slug = slug.slice(prefix.length + 1);
  if (slug.length < 2 || file === '-') slug = `imported-${createHash('sha1').update(bytes).digest('hex').slice(0, 8)}`;
  return slug;
}

/** Imports one input and writes its MDX; throws ImportError on bad input or an existing output. */
export async function importSource(file: string, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const source = await readSource(file, bytes);
  const { doc, meta, mdx } = exemplarDraft(source, options.specs);
  const prefix = `${meta.exemplar.docType}-${meta.exemplar.year}`;
  const base = `${prefix}-${slugFor(file, bytes, prefix)}`;
  let output = join(options.outDir, `${base}.mdx`);
  for (let n = 2; options.written?.has(output); n++) output = join(options.outDir, `${base}-${n}.mdx`);
  if (existsSync(output) && !options.force) throw new ImportError(file, `输出文件 ${output} 已存在，未覆盖。确认要覆盖请加 --force，或用 --out 指定其他文件夹。`);
  mkdirSync(options.outDir, { recursive: true });
  // Written beside and renamed into place, so an interrupted run never leaves a partial draft.
  const partial = `${output}.partial-${process.pid}`;
  try {
    writeFileSync(partial, mdx);
    renameSync(partial, output);
  } finally {
    rmSync(partial, { force: true });
  }
  options.written?.add(output);
  return { file, output, source, doc, meta, mdx };
}
