// The check page's Web Worker: the engine, the importer's reader and the Word exporter run
// here, off the page's main thread, so a long draft or a broken file never freezes the tab.
// Reading .docx (mammoth) and writing .docx (docx) are loaded only when first used.
import { check } from '../engine.ts';
import { skeletonText } from '../skeleton.ts';
import { loadTemplates } from '../../lint/templates.ts';
import { DOC_TYPE_LABELS } from '../../schemas/content.ts';
import { compileSpellingModel, setSpellingModel } from '../../text/spelling/data.ts';
import { MAX_FILE_BYTES, tooLargeMessage, type Ops, type Request, type Response } from './protocol.ts';

// Everything loads as soon as the page opens, before the drafter pastes: this module (the
// engine, templates and the precompiled place index) and, in parallel, the misspelling model's
// data (built with the site, src/check/build.ts). This thread does one thing at a time, in this
// order: a check the page asks for right away (answered without the misspelling model while
// its data loads: `checkNow`), else a warm-up, then compiling the model, the longest step, so
// that the first result never waits behind it. `check` waits for the model, so that its result
// is always what the CLI reports.

/** Every rule but the misspelling model's, for the answer given while its data loads. */
const WITHOUT_SPELLING = { spelling: 'off' } as const;
/** How long the thread waits for a first check before it warms up on its own. */
const WARM_UP_AFTER_MS = 100;
// A short draft with a template and typical slips: the place index and the rules' code run
// once, so that the first real check runs compiled code.
const WARM_UP = '××局领导班子对照检查材料\n一、存在的问题\n（一）在理论学习方面\n一是学习不够。二是联系实际不够,三是“转化不够。\n二、原因剖析\n一是思想认识有偏差。\n三、整改措施\n一是加强学习。';

let isWarm = false;
let markWarm!: () => void;
const warm = new Promise<void>((resolve) => {
  markWarm = () => {
    isWarm = true;
    resolve();
  };
});
setTimeout(() => {
  if (isWarm) return;
  try {
    check(WARM_UP, { template: 'auto', rules: WITHOUT_SPELLING });
  } catch {
    // Only a warm-up: a real check reports its own error.
  }
  markWarm();
}, WARM_UP_AFTER_MS);

let spellingLoaded = false;
// Only the bytes while the page may still ask for its first check: parsing them is part of the
// deferred step, not a task that could run before that check.
const spellingBytes = fetch(new URL('./spelling.bin', import.meta.url)).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(String(r.status)))));
const spellingReady: Promise<void> = Promise.all([spellingBytes, warm])
  .then(([bytes]) => setSpellingModel(compileSpellingModel(new Uint8Array(bytes))))
  .catch(() => undefined) // the spelling rule then says that its data is missing
  .then(() => {
    spellingLoaded = true;
  });

const specs = () => [...loadTemplates().values()];
const specOf = (id: string) => {
  const spec = loadTemplates().get(id);
  if (!spec) throw new Error(`没有模板“${id}”，请在列表中选择一个模板。`);
  return spec;
};

const ops: Ops = {
  async check(text, options = {}) {
    await spellingReady;
    return check(text, { template: options.template ?? 'auto' });
  },
  checkNow(text, options = {}) {
    const complete = spellingLoaded;
    try {
      return { result: check(text, { template: options.template ?? 'auto', ...(complete ? {} : { rules: WITHOUT_SPELLING }) }), complete };
    } finally {
      markWarm(); // this check did what the warm-up would
    }
  },
  templates: () =>
    specs().map((s) => ({ id: s.id, docType: s.docType, docTypeLabel: DOC_TYPE_LABELS[s.docType], variant: s.variant, ...(s.year ? { year: s.year } : {}), ...(s.theme ? { theme: s.theme } : {}) })),
  async read(name, bytes) {
    if (bytes.length > MAX_FILE_BYTES) throw new Error(tooLargeMessage(bytes.length));
    const { readSource } = await import('../../import/read.ts');
    const source = await readSource(name, bytes);
    return { text: source.text, format: source.format, ...(source.encoding ? { encoding: source.encoding } : {}), warnings: source.warnings };
  },
  async docx(text) {
    const { draftDocx } = await import('./export.ts');
    return draftDocx(text);
  },
  async mdx(text) {
    const { exemplarMdx } = await import('./export.ts');
    return exemplarMdx(text, specs());
  },
  skeleton: (o) => skeletonFor(o),
  async warm() {
    await Promise.all([import('../../import/read.ts'), import('./export.ts')]);
  },
  async skeletonDocx(o) {
    const { skeletonDocx } = await import('./export.ts');
    return skeletonDocx(specOf(o.template), skeletonFor(o));
  },
};

function skeletonFor(o: Parameters<Ops['skeleton']>[0]): string {
  return skeletonText({ template: specOf(o.template), notice: o.notice, ...(o.unit ? { unit: o.unit } : {}), ...(o.year ? { year: o.year } : {}) });
}

/** An error as the page shows it: the importer's Chinese message without the file-name prefix. */
function messageOf(error: unknown, name?: string): string {
  const e = error as { name?: string; message?: string; file?: string };
  if (e?.name === 'ImportError' && e.file && e.message?.startsWith(e.file)) return e.message.slice(e.file.length).replace(/^(:\d+:\d+)?：/, (m, at) => (at ? `第 ${at.split(':')[1]} 行：` : ''));
  if (typeof e?.message === 'string' && /[\u4e00-\u9fff]/.test(e.message)) return e.message;
  return `处理${name ? `“${name}”` : '材料'}时出错，未能完成。请把材料另存为 .docx 或 .txt 后再试；如仍出错，请把此说明和文件交给站点维护者：${e?.message ?? String(error)}`;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, op, args } = event.data;
  let response: Response;
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await (ops[op] as (...a: any[]) => unknown)(...args);
    response = { id, ok: true, result };
  } catch (error) {
    response = { id, ok: false, error: messageOf(error, op === 'read' ? (args[0] as string) : undefined) };
  }
  const transfer = response.ok && response.result instanceof Uint8Array ? [response.result.buffer as ArrayBuffer] : [];
  (self as unknown as Worker).postMessage(response, transfer);
};
