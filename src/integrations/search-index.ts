// Astro integration that builds the search index after the site is built (issue 6).
import type { AstroIntegration } from 'astro';
export function searchIndex(): AstroIntegration {
  return { name: 'jingjian-search-index', hooks: {} };
}
