// Worker for `npm run bench:spelling-load`: the check page's worker does the same steps
// (src/check/client/worker.ts): fetch check/spelling.bin, compile the model, first check.
import { compileSpellingModel } from '../../src/text/spelling/data.ts';
import { findMisspellings } from '../../src/text/spelling/detect.ts';

self.onmessage = async (event: MessageEvent<{ url: string; text: string }>) => {
  const t0 = performance.now();
  const bytes = new Uint8Array(await (await fetch(event.data.url)).arrayBuffer());
  const t1 = performance.now();
  const model = compileSpellingModel(bytes);
  const t2 = performance.now();
  const found = findMisspellings(event.data.text, model).length;
  const t3 = performance.now();
  (self as unknown as Worker).postMessage({ fetch: t1 - t0, compile: t2 - t1, firstCheck: t3 - t2, found });
};
