// Messages between check/api.js and the check worker. Every call is { id, op, ...args } and
// every answer { id, ok, result } or { id, ok: false, error } with a Chinese message.
import type { CheckOptions, CheckResult } from '../engine.ts';

export interface TemplateInfo {
  id: string;
  docType: string;
  docTypeLabel: string;
  variant: string;
  year?: number;
  theme?: string;
}

export interface ReadResult {
  text: string;
  format: 'docx' | 'odt' | 'text' | 'markdown';
  encoding?: string;
  warnings: string[];
}

export interface MdxDraft {
  mdx: string;
  fileName: string;
  /** What de-identification replaced: "大同市 → ××市". */
  replacements: string[];
  guesses: string[];
}

export interface SkeletonOptions {
  template: string;
  notice: string;
  unit?: string;
  year?: number | string;
}

export interface Ops {
  check(text: string, options?: Pick<CheckOptions, 'template'>): Promise<CheckResult>;
  /** The findings available now: without the misspelling model's while its data loads (`complete: false`). */
  checkNow(text: string, options?: Pick<CheckOptions, 'template'>): { result: CheckResult; complete: boolean };
  templates(): TemplateInfo[];
  read(name: string, bytes: Uint8Array): Promise<ReadResult>;
  docx(text: string): Promise<Uint8Array>;
  mdx(text: string): Promise<MdxDraft>;
  skeleton(options: SkeletonOptions): string;
  skeletonDocx(options: SkeletonOptions): Promise<Uint8Array>;
  warm(): Promise<void>;
}

export type Request = { [K in keyof Ops]: { id: number; op: K; args: Parameters<Ops[K]> } }[keyof Ops];
export type Response = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** Largest file the page opens (a draft is far smaller; this keeps the tab responsive). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const tooLargeMessage = (bytes: number) =>
  `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限：一份材料一般不超过 1 MB，请检查是否选错了文件，或把文档中的图片删去后再打开。`;
