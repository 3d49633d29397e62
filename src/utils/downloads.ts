// The Word download of a template or exemplar: where the build writes it (an ASCII path, safe on
// any intranet server) and the Chinese file name the browser saves it under (the download
// attribute), the same on every page that links it.
import { pageUrl } from './entries.ts';

/** Characters Windows does not allow in a file name, replaced by their full-width forms. */
const UNSAFE = { '\\': '＼', '/': '／', ':': '：', '*': '＊', '?': '？', '"': '＂', '<': '＜', '>': '＞', '|': '｜' } as Record<string, string>;

export function docxFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]/g, (c) => UNSAFE[c]!).trim()}.docx`;
}

export function docxDownload(entry: { id: string; data: { title: string } }): { href: string; fileName: string } {
  return { href: pageUrl(`downloads/${entry.id}.docx`), fileName: docxFileName(entry.data.title) };
}
