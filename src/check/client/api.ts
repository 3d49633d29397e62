// <base>check/api.js: the check page's engine as an ES module for automation.
//   const { check } = await import('/check/api.js');
//   const r = await check(text, { template: 'leadership-annual' });
//   r.findings[0] // { ruleId, severity, line, column, endLine, endColumn, message, fix? }
// `line` is the 1-based line of `text`, `column` the 1-based UTF-16 offset within it; a fix
// replaces text[fix.start, fix.end) by fix.text. Everything runs in a Web Worker of this origin:
// no request carries the text.
import type { CheckResult } from '../engine.ts';
import { MAX_FILE_BYTES, tooLargeMessage, type Ops, type Request, type Response } from './protocol.ts';

export type { CheckResult, CheckFinding } from '../engine.ts';
export type { TemplateInfo, ReadResult, MdxDraft, SkeletonOptions } from './protocol.ts';
export { applyFixes } from '../../lint/fix.ts';
export { MAX_FILE_BYTES };

let worker: Worker | undefined;
let next = 0;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function start(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<Response>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.result);
    else p.reject(new Error(e.data.error));
  };
  w.onerror = (e) => {
    e.preventDefault();
    for (const p of pending.values()) p.reject(new Error('检查程序意外中止，请刷新页面后再试。'));
    pending.clear();
    worker = undefined;
  };
  return (worker = w);
}

function call<K extends keyof Ops>(op: K, ...args: Parameters<Ops[K]>): Promise<Awaited<ReturnType<Ops[K]>>> {
  const w = start();
  const id = ++next;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    const transfer = args.filter((a): a is Uint8Array => a instanceof Uint8Array).map((a) => a.buffer as ArrayBuffer);
    w.postMessage({ id, op, args } as Request, transfer);
  });
}

export interface CheckCallOptions {
  /** A template id, 'auto' (default: best fit) or 'none'. */
  template?: string;
  /**
   * Called first with the findings of every other rule when the misspelling model's data is
   * still loading (just after the page opened); the promise still resolves to the complete result.
   */
  onPartial?: (result: CheckResult) => void;
}

/** Checks a draft: the findings of every rule, the misspelling model's included. */
export async function check(text: string, options: CheckCallOptions = {}): Promise<CheckResult> {
  const { onPartial, ...rest } = options;
  if (!onPartial) return call('check', String(text), rest);
  const now = await call('checkNow', String(text), rest);
  if (now.complete) return now.result;
  onPartial(now.result);
  return call('check', String(text), rest);
}
/** The site's templates (type and theme/year variant). */
export const templates = () => call('templates');
/** Reads a .docx, .txt or .md file (any encoding the importer knows) into plain text. */
export async function readFile(file: Blob & { name: string }): Promise<Awaited<ReturnType<Ops['read']>>> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(tooLargeMessage(file.size));
  }
  return call('read', file.name, new Uint8Array(await file.arrayBuffer()));
}
/** The draft as a GB/T 9704 .docx (the site's Word exporter). */
export const toDocx = (text: string) => call('docx', text);
/** The importer's exemplar MDX draft (de-identified), with its list of replacements. */
export const toMdx = (text: string) => call('mdx', text);
/** 起草: a skeleton from the notice's aspects, as text or as .docx with guidance comments. */
export const skeleton = (options: Parameters<Ops['skeleton']>[0]) => call('skeleton', options);
export const skeletonDocx = (options: Parameters<Ops['skeleton']>[0]) => call('skeletonDocx', options);
/** Loads the parts used on demand (reading and writing Word files) ahead of use. */
export const warm = () => call('warm');
