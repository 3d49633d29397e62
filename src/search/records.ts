// What the search index holds for each page, computed from the content files with the one
// document model: every paragraph, heading and the title as a text unit, with the anchor id
// the page gives it (the model's ids, written into the HTML by remark-outline), its section
// label and the template section it serves (for the section filter).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import GithubSlugger from 'github-slugger';
import { parseMarkdown, sectionLabel, topSectionOf, findNode, type Outline, type OutlineNode, type Section } from '../docmodel/index.ts';
import { checkConformance, templateSectionOf, type Conformance } from '../docmodel/conformance.ts';
import type { TemplateSpec } from '../schemas/content.ts';
import { KIND_ORDER, type ContentKind, type DocSection, type DocUnit, type SearchDoc } from './types.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Entry id: path under content/ without extension, as the site's collection names it. */
  id: string;
  path: string;
  source: string;
  data: Record<string, unknown>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Reads every .md/.mdx file under `contentDir` (files starting with "_" are not pages). */
export function readContent(contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.mdx?$/.test(name) && !name.startsWith('_')) {
        const source = readFileSync(p, 'utf8');
        const yaml = FRONTMATTER.exec(source)?.[1];
        const data = (yaml ? parseYaml(yaml) : {}) as Record<string, unknown>;
        const id = relative(contentDir, p).split(sep).join('/').replace(/\.mdx?$/, '').replace(/\/index$/, '') || 'index';
        files.push({ id, path: p, source, data: data ?? {} });
      }
    }
  };
  walk(contentDir);
  return files;
}

const FOLDER_KIND: Record<string, ContentKind> = { exemplars: 'exemplar', templates: 'template', guidance: 'guidance' };

interface ExemplarData {
  docType: string;
  follows: string;
  year: number;
  theme: string;
  sectionMap?: Record<string, string>;
}

function sectionById(outline: Outline, id: string | null | undefined): Section | undefined {
  const node = id ? findNode(outline, id) : undefined;
  return node?.type === 'section' ? node : undefined;
}

/** "一、存在问题和不足 › （一）……方面" for a node inside a numbered outline. */
function numberedLabel(outline: Outline, node: OutlineNode): string {
  const top = topSectionOf(outline, node);
  if (!top) return '';
  const own = node.type === 'section' ? node : sectionById(outline, node.sectionId);
  const parts = [sectionLabel(top)];
  if (own && own !== top) {
    // The aspect level (（一）) says most about a paragraph; deeper levels are long sentences.
    const aspect = own.level > 2 ? sectionById(outline, own.id.split('-').slice(0, 2).join('-')) : own;
    if (aspect && aspect !== top) parts.push(sectionLabel(aspect).slice(0, 40));
  }
  return parts.join(' › ');
}

/** The text units of a modelled page (exemplar, template). */
function modelledUnits(outline: Outline, conformance: Conformance | undefined): { sections: DocSection[]; units: DocUnit[] } {
  const sections: DocSection[] = [];
  const sectionIndex = new Map<string, number>();
  const units: DocUnit[] = [];
  for (const node of outline.nodes) {
    const text = node.block?.text;
    if (!text) continue;
    const label = numberedLabel(outline, node);
    const key = (conformance && templateSectionOf(conformance, node)) ?? '';
    let index = -1;
    if (label || key) {
      const k = `${label}\u0000${key}`;
      if (!sectionIndex.has(k)) {
        sectionIndex.set(k, sections.length);
        sections.push({ label, key });
      }
      index = sectionIndex.get(k)!;
    }
    units.push([node.id, index, text]);
  }
  return { sections, units };
}

/** The text units of a guidance page: Markdown headings give the sections and the anchors. */
function guidanceUnits(outline: Outline): { sections: DocSection[]; units: DocUnit[] } {
  const slugger = new GithubSlugger();
  const sections: DocSection[] = [];
  const units: DocUnit[] = [];
  let anchor = '';
  let index = -1;
  for (const node of outline.nodes) {
    const block = node.block;
    if (!block?.text) continue;
    if (block.depth > 0) {
      // Astro gives Markdown headings github-slugger ids, numbered on repeats like this.
      anchor = slugger.slug(block.text);
      index = sections.push({ label: block.text, key: '' }) - 1;
    }
    units.push([anchor, index, block.text]);
  }
  return { sections, units };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

/** The search documents of a site's content, in rank order (exemplars, templates, guidance). */
export function searchDocs(files: ContentFile[]): SearchDoc[] {
  const specs = new Map<string, TemplateSpec>();
  for (const f of files) {
    const spec = f.data.templateSpec as TemplateSpec | undefined;
    if (spec?.id) specs.set(spec.id, spec);
  }
  const docs: SearchDoc[] = [];
  const reviewed = new Set<SearchDoc>();
  for (const f of files) {
    const kind = FOLDER_KIND[f.id.split('/')[0]!];
    if (!kind || f.data.draft === true) continue;
    const outline = parseMarkdown(f.source, { mdx: f.path.endsWith('.mdx') });
    const title = str(f.data.title) ?? f.id;
    const doc: SearchDoc = { url: `${f.id}/`, title, kind, sections: [], units: [] };
    let body: { sections: DocSection[]; units: DocUnit[] };
    if (kind === 'exemplar') {
      const ex = f.data.exemplar as ExemplarData;
      Object.assign(doc, { docType: ex.docType, year: ex.year, theme: ex.theme });
      const spec = specs.get(ex.follows);
      body = modelledUnits(outline, spec && checkConformance(outline, spec, ex.sectionMap ?? {}));
    } else if (kind === 'template') {
      const spec = f.data.templateSpec as TemplateSpec;
      Object.assign(doc, { docType: spec.docType, year: spec.year, theme: spec.theme });
      body = modelledUnits(outline, checkConformance(outline, spec));
    } else {
      body = guidanceUnits(outline);
    }
    doc.sections = body.sections;
    doc.units = [['', -1, title], ...body.units];
    const block = (f.data.exemplar ?? f.data.templateSpec ?? f.data.guidance) as { status?: string } | undefined;
    if (block?.status === 'reviewed') reviewed.add(doc);
    docs.push(doc);
  }
  // The order of the exemplar listings (src/utils/listing.ts): newest year, reviewed first, title.
  return docs.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (b.year ?? 0) - (a.year ?? 0) ||
      Number(reviewed.has(b)) - Number(reviewed.has(a)) ||
      a.title.localeCompare(b.title, 'zh-CN'),
  );
}
