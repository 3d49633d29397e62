// Finds where a frontmatter field is written, so schema errors can point at a line.
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';

export interface FieldLocation {
  line: number;
  column: number;
  /** The value as written, when it is a scalar. */
  value?: unknown;
}

/** Location of `path` (e.g. "exemplar.docType") in a file that starts with YAML frontmatter. */
export function locateFrontmatterField(source: string, path: string): FieldLocation | undefined {
  const { yaml } = splitFrontmatter(source);
  if (yaml === undefined) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  let node: Node | null | undefined = doc.contents as Node | null;
  let pos: number | undefined;
  for (const key of path.split('.')) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) break;
    pos = (pair.key as Node).range?.[0];
    node = pair.value as Node | null;
  }
  if (pos === undefined) return undefined;
  const { line, col } = lineCounter.linePos(pos);
  // +1: the opening "---" line precedes the YAML.
  return { line: line + 1, column: col, ...(isScalar(node) ? { value: node.value } : {}) };
}
