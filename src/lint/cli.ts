#!/usr/bin/env node
// `npm run lint:content`: the command's entry. Started as a command, it first turns on Node's
// compile cache (type-stripped TypeScript and V8 code kept in node_modules/.cache between
// runs), which makes start-up about 0.2 s shorter; modules imported statically would be
// compiled before that line runs, so the command itself (command.ts) is imported after it.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

if (import.meta.main && !process.env.NODE_COMPILE_CACHE) {
  // A read-only node_modules only costs the cache: Node then compiles as usual.
  enableCompileCache(fileURLToPath(new URL('../../node_modules/.cache/jingjian/node-compile/', import.meta.url)));
}

const command = await import('./command.ts');
export const main = command.main;

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
