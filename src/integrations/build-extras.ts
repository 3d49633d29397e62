// Builds what the site needs besides its pages — the search index (src/search/) and the Word
// downloads (src/export/) — in a child process started with the build, so that on a 2-core
// machine it runs beside Astro's page rendering instead of after it. Both are computed from
// content/ through the document model, not from the rendered HTML, so they need not wait.
import type { AstroIntegration } from 'astro';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ExtrasResult {
  downloads: number;
  docxMs: number;
  search: { documents: number; indexBytes: number; textBytes: number; apiBytes: number; ms: number };
}

export function buildExtras(): AstroIntegration {
  let root = '';
  let staging = '';
  let child: { process: ChildProcess; done: Promise<{ code: number; out: string; err: string }> } | undefined;
  return {
    name: 'jingjian-build-extras',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        staging = join(fileURLToPath(config.cacheDir), 'jingjian-extras');
      },
      'astro:build:start': () => {
        const p = spawn(process.execPath, [join(root, 'scripts/build-extras.ts'), join(root, 'content'), staging], {
          cwd: root,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        p.stdout!.on('data', (d) => (out += d));
        p.stderr!.on('data', (d) => (err += d));
        child = { process: p, done: new Promise((resolve) => p.on('close', (code) => resolve({ code: code ?? 1, out, err }))) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!child) return;
        const { code, out, err } = await child.done;
        if (code !== 0 || !existsSync(staging)) throw new Error(`检索索引和 Word 文件生成失败：\n${err.trim() || out.trim()}`);
        cpSync(staging, fileURLToPath(dir), { recursive: true });
        rmSync(staging, { recursive: true, force: true });
        const r = JSON.parse(out.trim().split('\n').pop()!) as ExtrasResult;
        const MiB = 1024 * 1024;
        logger.info(
          `Word 文件 ${r.downloads} 个（${(r.docxMs / 1000).toFixed(1)} 秒）；检索索引：${r.search.documents} 篇，索引 ${(r.search.indexBytes / MiB).toFixed(1)} MiB，` +
            `正文 ${(r.search.textBytes / MiB).toFixed(1)} MiB，用时 ${(r.search.ms / 1000).toFixed(1)} 秒`,
        );
      },
    },
  };
}
