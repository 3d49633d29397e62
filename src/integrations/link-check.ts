// Static check of a built site: every href/src in every HTML file must resolve to a file of
// the build under its base, and none may point to another origin. A regex over attributes is
// enough for Astro's own output and avoids crawling 2,000 pages in a browser.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
  problem: 'external' | 'outside-base' | 'missing';
}

const ATTR = /\s(?:href|src|action|poster|data-src)=["']([^"']+)["']/g;

function targetExists(dir: string, path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const p = join(dir, clean);
  if (clean.endsWith('/')) return existsSync(join(p, 'index.html'));
  return existsSync(p) || existsSync(p + '.html') || existsSync(join(p, 'index.html'));
}

/** Checks every link of a build made for `base` (e.g. "/" or "/jingjian/"). */
export function checkLinks(dir: string, base: string): { pages: number; links: number; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  let links = 0;
  const files = htmlFiles(dir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pageDir = '/' + relative(dir, file).replace(/index\.html$/, '').replace(/[^/]+\.html$/, '');
    for (const m of html.matchAll(ATTR)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (/^(#|mailto:|data:|javascript:)/.test(url)) continue;
      links++;
      const rel = relative(dir, file);
      if (/^(https?:)?\/\//.test(url)) {
        // The sitemap link in <head> names the configured site; that is not a request.
        if (!url.startsWith('http://127.0.0.1:4321/')) problems.push({ file: rel, url, problem: 'external' });
        continue;
      }
      const absolute = url.startsWith('/') ? url : new URL(url, 'http://x' + base + pageDir.slice(1)).pathname;
      if (!absolute.startsWith(base)) {
        problems.push({ file: rel, url, problem: 'outside-base' });
        continue;
      }
      if (!targetExists(dir, absolute.slice(base.length))) problems.push({ file: rel, url, problem: 'missing' });
    }
  }
  return { pages: files.length, links, problems };
}
