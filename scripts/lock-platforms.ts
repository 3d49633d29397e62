// Completes package-lock.json with the other platforms' optional native packages
// (@pagefind/darwin-arm64, @astrojs/compiler-binding-win32-x64-msvc, …). The registry mirror
// these machines use serves only Linux builds, so `npm install` leaves those entries out and
// `npm ci` then refuses the lock ("Missing: … from lock file"). The entries added here carry
// version, os and cpu, so npm skips them on other platforms and fetches them by name where
// they fit. Run after any `npm install`: node scripts/lock-platforms.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LOCK = resolve(import.meta.dirname, '../package-lock.json');
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages: Record<string, Record<string, unknown>> = lock.packages;

/** os, cpu and libc from a platform package name such as darwin-arm64 or linux-arm64-musl. */
function platformOf(name: string): { os?: string[]; cpu?: string[]; libc?: string[] } {
  const os = /(darwin|linux|freebsd|android|win32|windows|wasm32)/.exec(name)?.[1];
  const cpu = /(arm64|x64|ia32|arm|wasm32)/.exec(name.replace(/^.*\//, '').replace(/wasm32-wasi/, 'wasm32'))?.[1];
  const libc = /-(gnu|musl)$/.exec(name)?.[1];
  return {
    ...(os && os !== 'wasm32' ? { os: [os === 'windows' ? 'win32' : os] } : {}),
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc ? { libc: [libc === 'gnu' ? 'glibc' : 'musl'] } : {}),
  };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies as Record<string, string> | undefined;
  if (!optional || !path) continue;
  for (const [name, version] of Object.entries(optional)) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/node_modules/${name}`]) continue;
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    packages[key] = { version, dev: true, optional: true, ...platformOf(name) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} platform entries added`);
