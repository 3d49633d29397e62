// The one place that finds a content file's YAML frontmatter (between the opening and closing
// "---" lines). Pure, so the linter, the build guard, the search index and the page tools split
// files the same way in Node and in the browser.
import { parse as parseYaml } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

export interface FrontmatterSplit {
  /** The YAML text, `undefined` when the file has no frontmatter. */
  yaml: string | undefined;
  /** Offset just after the closing "---" (0 when there is none). */
  end: number;
  /** What follows the frontmatter, without the closing line's line break. */
  body: string;
}

export function splitFrontmatter(source: string): FrontmatterSplit {
  const m = FRONTMATTER.exec(source);
  if (!m) return { yaml: undefined, end: 0, body: source };
  const end = m[0].length;
  return { yaml: m[1], end, body: source.slice(end).replace(/^\r?\n/, '') };
}

/** The frontmatter as data: `{}` when absent; throws the YAML parser's error when broken. */
export function frontmatterData(source: string): Record<string, unknown> {
  const { yaml } = splitFrontmatter(source);
  const data = yaml === undefined ? undefined : (parseYaml(yaml) as unknown);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
