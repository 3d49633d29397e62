// Builds what the site needs besides its pages — the Word downloads (src/export/), the
// search index (src/search/) and the check page's engine bundle (src/check/) — in child processes started with the build, so that on a
// multi-core machine they run beside Astro's page rendering instead of after it. Both are
// computed from content/ through the document model, not from the rendered HTML.
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const JOBS = ['downloads', 'search', 'check'] as const;
const JOB_NAMES: Record<Job, string> = { downloads: 'Word 文件', search: '检索索引', check: '自查页面的检查程序' };
type Job = (typeof JOBS)[number];

interface JobResult {
  ms: number;
  downloads?: number;
  search?: { documents: number; indexBytes: number; textBytes: number; apiBytes: number };
  check?: { coreBytes: number; coreGzip: number; lazyGzip: number; spellingGzip: number };
}

interface Running {
  staging: string;
  done: Promise<{ code: number; out: string; err: string }>;
}

export function buildExtras(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let outDir = '';
  const running = new Map<Job, Running>();
  return {
    name: 'jingjian-build-extras',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        for (const job of JOBS) {
          // One staging folder per output: builds of dist and dist-subpath at once share the cache folder.
          const staging = join(cacheDir, `jingjian-${job}-${createHash('sha1').update(outDir).digest('hex').slice(0, 12)}`);
          const p = spawn(process.execPath, [join(root, 'scripts/build-extras.ts'), job, join(root, 'content'), staging], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let out = '';
          let err = '';
          p.stdout.on('data', (d) => (out += d));
          p.stderr.on('data', (d) => (err += d));
          running.set(job, { staging, done: new Promise((resolve) => p.on('close', (code) => resolve({ code: code ?? 1, out, err }))) });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const results = new Map<Job, JobResult>();
        for (const [job, { staging, done }] of running) {
          const { code, out, err } = await done;
          if (code !== 0 || !existsSync(staging)) {
            rmSync(staging, { recursive: true, force: true });
            throw new Error(`${JOB_NAMES[job]}生成失败：\n${err.trim() || out.trim()}`);
          }
          cpSync(staging, fileURLToPath(dir), { recursive: true });
          rmSync(staging, { recursive: true, force: true });
          results.set(job, JSON.parse(out.trim().split('\n').pop()!) as JobResult);
        }
        running.clear();
        const d = results.get('downloads');
        const s = results.get('search');
        const MiB = 1024 * 1024;
        if (d) logger.info(`Word 文件 ${d.downloads} 个，用时 ${(d.ms / 1000).toFixed(1)} 秒`);
        const c = results.get('check')?.check;
        if (c) logger.info(`自查页面检查程序：${(c.coreGzip / 1024).toFixed(0)} KiB（gzip），按需加载的 Word 读写 ${(c.lazyGzip / 1024).toFixed(0)} KiB，错别字词典 ${(c.spellingGzip / 1024).toFixed(0)} KiB`);
        if (s?.search) {
          logger.info(
            `检索索引：${s.search.documents} 篇，索引 ${(s.search.indexBytes / MiB).toFixed(1)} MiB，正文 ${(s.search.textBytes / MiB).toFixed(1)} MiB，用时 ${(s.ms / 1000).toFixed(1)} 秒`,
          );
        }
      },
    },
  };
}
