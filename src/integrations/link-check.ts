// Link check of the built site, run at the end of every build and by the browser tests: every
// href/src in every HTML page must resolve to a file of the build under its base (and to an
// element id when it has a #fragment), and none may point to another origin. It checks the
// output, so links written by components are covered too, which content-level validators
// (starlight-links-validator assumes src/content/docs) cannot do for content in content/.
// A regex over attributes is enough for Astro's own output.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface LinkProblem {
  file: string;
  url: string;
  problem: 'external' | 'outside-base' | 'missing' | 'missing-anchor';
}

const ATTR = /\s(?:href|src|action|poster|data-src)=["']([^"']+)["']/g;
const ID = /\sid=["']([^"']+)["']/g;

function targetFile(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const p = join(dir, clean);
  const candidates = clean.endsWith('/') || clean === '' ? [join(p, 'index.html')] : [p, p + '.html', join(p, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Checks every link of a build made for `base` (e.g. "/" or "/jingjian/"). */
export function checkLinks(dir: string, base: string, options: { site?: string } = {}): { pages: number; links: number; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(file.endsWith('.html') ? [...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!) : []);
      ids.set(file, set);
    }
    return set;
  };
  let links = 0;
  const files = htmlFiles(dir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const rel = relative(dir, file);
    const pageDir = base + rel.replace(/index\.html$/, '').replace(/[^/]+\.html$/, '');
    for (const m of html.matchAll(ATTR)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (/^(mailto:|data:|javascript:|tel:)/.test(url) || url === '#' || url.startsWith('#_')) continue;
      links++;
      if (/^(https?:)?\/\//.test(url)) {
        // The sitemap link in <head> names the configured site; it is never requested.
        if (!(options.site && url.startsWith(options.site))) problems.push({ file: rel, url, problem: 'external' });
        continue;
      }
      const resolved = new URL(url, 'http://x' + pageDir);
      if (!resolved.pathname.startsWith(base)) {
        problems.push({ file: rel, url, problem: 'outside-base' });
        continue;
      }
      const target = url.startsWith('#') ? file : targetFile(dir, resolved.pathname.slice(base.length));
      if (!target) {
        problems.push({ file: rel, url, problem: 'missing' });
        continue;
      }
      const hash = decodeURIComponent(resolved.hash.slice(1));
      if (hash && !hash.startsWith(':~:') && !idsOf(target).has(hash)) problems.push({ file: rel, url, problem: 'missing-anchor' });
    }
  }
  return { pages: files.length, links, problems };
}

/** Fails the build when any internal link or asset of the output does not resolve. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'jingjian-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : config.base + '/';
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, links, problems } = checkLinks(fileURLToPath(dir), base, site ? { site } : {});
        if (problems.length) {
          const list = problems.slice(0, 30).map((p) => `  ${p.file}: ${p.url}（${{ external: '指向站外', 'outside-base': '超出站点路径', missing: '页面或文件不存在', 'missing-anchor': '页内锚点不存在' }[p.problem]}）`);
          throw new Error(`链接检查发现 ${problems.length} 个问题：\n${list.join('\n')}${problems.length > 30 ? '\n  ……' : ''}`);
        }
        logger.info(`链接检查通过：${pages} 个页面，${links} 个链接。`);
      },
    },
  };
}
