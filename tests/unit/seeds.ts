// The five seed documents (raw material of the genre, defects and all) live in the steering
// repository's shared/ folder beside this repository; JINGJIAN_SEEDS may point elsewhere.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = process.env.JINGJIAN_SEEDS ?? resolve(import.meta.dirname, '../../../shared/seeds');

export function seedText(prefix: string): string {
  if (!existsSync(SEEDS_DIR)) throw new Error(`Seed folder not found: ${SEEDS_DIR} (set JINGJIAN_SEEDS to the folder with 000_*.txt … 004_*.txt)`);
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`Seed ${prefix} not found in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}
