// Runs a site build and measures, besides wall time and the peak memory of the whole process
// tree, the search index step on its own: the time Pagefind's service processes are alive and
// their peak memory. Both sites index in `astro:build:done` through the pagefind package, which
// runs its binary as a child process, so this measures the two alike.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface BuildMeasure {
  wallMs: number;
  peakRssMiB: number;
  /** From the first Pagefind process seen to the last one gone. */
  indexMs: number;
  /** Peak memory of the Pagefind processes (they run one at a time). */
  indexPeakMiB: number;
  code: number;
  output: string;
  /** Set when the build was stopped because the machine was running out of memory. */
  stoppedLowMemory?: boolean;
}

/**
 * A build is stopped when the machine's available memory falls below this, before the kernel's
 * out-of-memory killer picks a process (possibly someone else's) on a shared machine.
 */
const MIN_AVAILABLE_KIB = Number(process.env.JJ_BENCH_MIN_AVAILABLE_MIB || 1536) * 1024;

function availableKiB(): number {
  const m = /MemAvailable:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'));
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

interface Proc {
  ppid: number;
  rssKiB: number;
  name: string;
}

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      out.set(Number(name), { ppid, rssKiB: m ? Number(m[1]) : 0, name: comm });
    } catch {
      // The process ended while we read it.
    }
  }
  return out;
}

function sample(root: number): { total: number; pagefind: number } {
  const procs = processes();
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let total = 0;
  let pagefind = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const p = procs.get(pid);
    if (p) {
      total += p.rssKiB;
      if (p.name.startsWith('pagefind')) pagefind += p.rssKiB;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, pagefind };
}

export function runBuild(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<BuildMeasure> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // Its own process group, so that a build stopped for memory goes with all its children.
    const child = spawn(cmd, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    let indexPeak = 0;
    let firstIndex = 0;
    let lastIndex = 0;
    let stoppedLowMemory = false;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const s = sample(child.pid);
      peak = Math.max(peak, s.total);
      if (s.pagefind > 0) {
        const now = performance.now();
        firstIndex ||= now;
        lastIndex = now;
        indexPeak = Math.max(indexPeak, s.pagefind);
      }
      if (!stoppedLowMemory && availableKiB() < MIN_AVAILABLE_KIB) {
        stoppedLowMemory = true;
        output += `\n可用内存低于 ${MIN_AVAILABLE_KIB / 1024} MiB，已停止构建（此时本构建占用 ${(s.total / 1024).toFixed(0)} MiB）。\n`;
        process.kill(-child.pid, 'SIGKILL');
      }
    }, 200);
    // A build started in its own group does not end with this process: stop it if we end first.
    const stop = () => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGKILL');
    process.once('exit', stop);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      process.off('exit', stop);
      resolve({ wallMs: performance.now() - start, peakRssMiB: peak / 1024, indexMs: lastIndex - firstIndex, indexPeakMiB: indexPeak / 1024, code: code ?? 1, output, ...(stoppedLowMemory && { stoppedLowMemory }) });
    });
  });
}
