// Derived data kept between runs of the Node tools in node_modules/.cache/jingjian/, under a
// name that holds the versions of the packages it comes from and a hash of the code that
// derives it: change either and the data is derived again. Written to a temporary file, then
// renamed, so a run that is stopped never leaves half a file; a read-only node_modules only
// costs the derivation next time.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CACHE = fileURLToPath(new URL('../node_modules/.cache/jingjian/', import.meta.url));

/** `name-<package versions>-<hash of the deriving files>.ext`. */
export function cacheFile(name: string, packages: string[], sources: URL[], ext: string): string {
  const versions = packages.map((p) => (require(`${p}/package.json`) as { version: string }).version).join('-');
  const hash = createHash('sha1');
  for (const f of sources) hash.update(readFileSync(f));
  return join(CACHE, `${name}-${versions}-${hash.digest('hex').slice(0, 8)}.${ext}`);
}

/** The cached text at `path`, or `build()`'s, written there for the next run. */
export function cachedText(path: string, build: () => string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Not derived yet (or unreadable): derive it below.
  }
  const text = build();
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(`${path}.${process.pid}`, text);
    renameSync(`${path}.${process.pid}`, path);
  } catch {
    // A read-only node_modules only costs the derivation next time.
  }
  return text;
}
