// Template specs as the site renders them: the `templateSpec` frontmatter block of each file in
// content/templates/, validated by the same zod schema. Read once per directory per process.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TemplateSpec } from '../schemas/content.ts';
import { frontmatterData } from '../schemas/frontmatter.ts';

export const TEMPLATES_DIR = resolve(import.meta.dirname, '../../content/templates');

const cache = new Map<string, Map<string, TemplateSpec>>();

export function loadTemplates(dir = TEMPLATES_DIR): Map<string, TemplateSpec> {
  const hit = cache.get(dir);
  if (hit) return hit;
  const specs = new Map<string, TemplateSpec>();
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.mdx?$/.test(name)) continue;
      try {
        const parsed = TemplateSpec.safeParse(frontmatterData(readFileSync(join(dir, name), 'utf8')).templateSpec);
        if (parsed.success) specs.set(parsed.data.id, parsed.data);
      } catch {
        // A broken template is reported by the frontmatter rule when that file is linted.
      }
    }
  }
  cache.set(dir, specs);
  return specs;
}
