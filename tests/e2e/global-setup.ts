// Builds the site twice — at the root and under the /jingjian/ sub-path — and serves both on
// loopback for the browser tests. E2E_REUSE_BUILD=1 reuses existing builds (local runs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve, type Served } from '../../scripts/lib/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/jingjian/';

function build(outDir: string, base: string): void {
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(resolve(outDir, 'index.html'))) return;
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

let servers: Served[] = [];

export async function setup(project: TestProject): Promise<void> {
  const rootDist = resolve(ROOT, 'dist');
  const subDist = resolve(ROOT, 'dist-subpath');
  build(rootDist, '/');
  build(subDist, SUB_PATH);
  const root = await serve(rootDist, '/');
  const sub = await serve(subDist, SUB_PATH);
  servers = [root, sub];
  project.provide('siteUrl', root.url);
  project.provide('siteDir', rootDist);
  project.provide('subUrl', sub.url);
  project.provide('subDir', subDist);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => s.close()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    subUrl: string;
    subDir: string;
  }
}
