// Bundles the check page's engine for the browser into <out>/check/: api.js (the public ES
// module), worker.js (engine, templates, place names) and lazily loaded chunks (reading .docx,
// writing .docx, the MDX draft). The Node-only data modules are replaced by their data, read
// and compiled here at build time by the same Node code (the place index by placeIndexData), so
// the worker matches what the CLI matches and starts without building any index. Data is
// shipped as JSON.parse('…') of a string, which browsers parse much faster than a JS literal.
import { build as esbuild, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spellingDataFromPackages } from '../lint/spelling-node.ts';
import { loadTemplates } from '../lint/templates.ts';
import { placeIndexData } from '../text/place-names.ts';

/** A value as a JS expression that the browser parses as JSON (fast path for large data). */
const jsonModule = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

function browserData(templatesDir: string): Plugin {
  const templates = [...loadTemplates(templatesDir).values()];
  return {
    name: 'jingjian-browser-data',
    setup(build) {
      const replaced = new Map([
        [resolve(import.meta.dirname, '../lint/templates.ts'), 'templates'],
        [resolve(import.meta.dirname, '../text/place-names.ts'), 'place-names'],
        // The two rules about content files (not run on a draft: DRAFT_RULES) and their HTML parser.
        [resolve(import.meta.dirname, '../lint/rules/mdx-safety.ts'), 'file-only-rule'],
        [resolve(import.meta.dirname, '../lint/rules/frontmatter.ts'), 'file-only-rule'],
      ]);
      build.onResolve({ filter: /(templates|place-names|mdx-safety|frontmatter)\.ts$/ }, (args) => {
        const data = replaced.get(resolve(args.resolveDir, args.path));
        return data ? { path: data, namespace: 'jj-data' } : undefined;
      });
      // Browsers decode GB18030 with TextDecoder; iconv-lite is the importer's fallback for Node builds without ICU.
      build.onResolve({ filter: /^iconv-lite$/ }, () => ({ path: 'iconv-lite', namespace: 'jj-data' }));
      build.onLoad({ filter: /.*/, namespace: 'jj-data' }, ({ path }) => {
        if (path === 'templates') {
          return {
            contents: `const specs = ${jsonModule(templates)};\nexport const TEMPLATES_DIR = '';\nconst map = new Map(specs.map((s) => [s.id, s]));\nexport function loadTemplates() { return map; }\n`,
            loader: 'js',
          };
        }
        if (path === 'file-only-rule') return { contents: `export default function fileOnlyRule() { throw new Error('file-only rule'); }\n`, loader: 'js' };
        if (path === 'place-names') return { contents: `const data = ${jsonModule(placeIndexData())};\nexport function placeIndexData() { return data; }\n`, loader: 'js' };
        return { contents: `export default { decode() { throw new Error('此浏览器不支持这种文字编码，请把文件另存为 UTF-8 后再打开。'); }, encode() { throw new Error('unsupported'); } };\n`, loader: 'js' };
      });
    },
  };
}

export interface CheckBundle {
  /** Bytes of api.js + worker.js (what every check loads), raw and gzipped. */
  coreBytes: number;
  coreGzip: number;
  /** Bytes of the lazily loaded chunks, gzipped. */
  lazyGzip: number;
  /** The misspelling model's data (check/spelling.bin), gzipped. */
  spellingGzip: number;
}

/** Bundles into `<outDir>/check/`. */
export async function buildCheckBundle(outDir: string, templatesDir: string): Promise<CheckBundle> {
  const dir = join(outDir, 'check');
  for (const old of ['api.js', 'worker.js', 'spelling.json', 'spelling.bin', 'chunks']) rmSync(join(dir, old), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = await esbuild({
    entryPoints: { api: resolve(import.meta.dirname, 'client/api.ts'), worker: resolve(import.meta.dirname, 'client/worker.ts') },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    // The engine runs in a Web Worker: packages' worker builds (no `document`).
    conditions: ['worker'],
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    // Module scripts are always decoded as UTF-8: Chinese text and data stay one character, not a \u escape.
    charset: 'utf8',
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [browserData(templatesDir)],
    metafile: true,
    logLevel: 'error',
  });
  // The same derived data the CLI compiles its model from (src/lint/spelling-node.ts).
  writeFileSync(join(dir, 'spelling.bin'), spellingDataFromPackages());
  const gz = (p: string) => gzipSync(readFileSync(p)).length;
  const core = ['api.js', 'worker.js'].map((f) => join(dir, f));
  const coreStatic = new Set<string>(core);
  // Chunks imported statically by the entries load with them; the rest are lazy.
  for (const [out, meta] of Object.entries(result.metafile!.outputs)) {
    if (core.some((c) => resolve(c) === resolve(out))) for (const i of meta.imports) if (i.kind === 'import-statement') coreStatic.add(resolve(i.path));
  }
  const all = readdirSync(join(dir, 'chunks'), { recursive: false }).map((f) => join(dir, 'chunks', String(f)));
  const lazy = all.filter((f) => !coreStatic.has(resolve(f)));
  return {
    coreBytes: [...coreStatic].reduce((n, f) => n + statSync(f).size, 0),
    coreGzip: [...coreStatic].reduce((n, f) => n + gz(f), 0),
    lazyGzip: lazy.reduce((n, f) => n + gz(f), 0),
    spellingGzip: gz(join(dir, 'spelling.bin')),
  };
}

if (import.meta.main) {
  const [out = 'dist', templates = 'content/templates'] = process.argv.slice(2);
  console.log(await buildCheckBundle(out, templates));
}
