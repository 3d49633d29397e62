// Pagefind's browser engine (pagefind.js of the built index), bundled into the search API by
// src/search/build-index.ts through an esbuild alias; its API is typed in api.ts.
declare module 'pagefind-engine';
