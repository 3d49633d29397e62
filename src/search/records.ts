// What the search index holds for each page, computed from the content files with the one
// document model: every paragraph, heading and the title as a text unit, with the anchor id
// the page gives it (the model's ids, written into the HTML by remark-outline), its section
// label and the template section it serves (for the section filter).
import GithubSlugger from 'github-slugger';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { outlineFromTree, sectionLabel, topSectionOf, findNode, type Outline, type OutlineNode, type Section } from '../docmodel/index.ts';
import { checkConformance, templateSectionOf, type Conformance } from '../docmodel/conformance.ts';
import type { TemplateSpec } from '../schemas/content.ts';
import { readerBlocks, templateItemId, templateSectionId, templateSourceLines, TEMPLATE_LISTS, TEMPLATE_SOURCE_ID, type MdNode, type ReaderBlock } from './anchors.ts';
import type { ContentFile } from '../content-files.ts';
import { KIND_ORDER, type ContentKind, type DocSection, type DocUnit, type SearchDoc } from './types.ts';

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

/** A text unit with its source offset, to merge the outline's units with reader blocks. */
type Placed = [offset: number, unit: DocUnit];

const offsetOf = (node: OutlineNode): number => node.block?.position.start.offset ?? 0;

/** The text units of a modelled page (exemplar, template). */
function modelledUnits(outline: Outline, conformance: Conformance | undefined, sections: DocSection[]): Placed[] {
  const sectionIndex = new Map<string, number>();
  const units: Placed[] = [];
  for (const node of outline.nodes) {
    const text = node.block?.text;
    if (!text) continue;
    const label = numberedLabel(outline, node);
    const key = (conformance && templateSectionOf(conformance, node)) ?? '';
    let index = -1;
    if (label || key) {
      const k = `${label}\u0000${key}`;
      if (!sectionIndex.has(k)) sectionIndex.set(k, sections.push({ label, key }) - 1);
      index = sectionIndex.get(k)!;
    }
    units.push([offsetOf(node), [node.id, index, text]]);
  }
  return units;
}

/** The text units of a guidance page: Markdown headings give the sections and the anchors. */
function guidanceUnits(outline: Outline, sections: DocSection[]): Placed[] {
  const slugger = new GithubSlugger();
  const units: Placed[] = [];
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
    units.push([offsetOf(node), [anchor, index, block.text]]);
  }
  return units;
}

/**
 * Units of the blocks the outline does not model (annotations, 可用/慎用, examples, tables),
 * each in the section of the outline unit before it, linked to the block's own id.
 */
function readerUnits(blocks: ReaderBlock[], outlineUnits: Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const block of blocks) {
    const before = outlineUnits.filter(([o]) => o <= block.offset).at(-1);
    const section = before?.[1][1] ?? -1;
    for (const text of block.units) out.push([block.offset, [block.id, section, text]]);
  }
  return out;
}

/** Where a template's aspects come from (templateSpec.source, shown above its text), as units. */
function sourceUnits(spec: TemplateSpec, sections: DocSection[]): DocUnit[] {
  if (!spec.source) return [];
  const index = sections.push({ label: '方面的出处', key: '' }) - 1;
  return templateSourceLines(spec.source).map((text): DocUnit => [TEMPLATE_SOURCE_ID, index, text]);
}

/** A template's section requirements (templateSpec, rendered by TemplateOutline), as units. */
function specUnits(spec: TemplateSpec, sections: DocSection[]): DocUnit[] {
  const units: DocUnit[] = [];
  for (const s of spec.sections) {
    const index = sections.push({ label: `提纲与各部分要求 › ${s.title}`, key: s.id }) - 1;
    const own = templateSectionId(s.id);
    for (const text of [s.title, s.purpose, s.numbering, s.length]) if (text) units.push([own, index, text]);
    for (const list of TEMPLATE_LISTS) {
      const items = (s[list] ?? []) as Array<string | { title: string }>;
      items.forEach((item, i) => units.push([templateItemId(s.id, list, i), index, typeof item === 'string' ? item : item.title]));
    }
  }
  return units;
}

const byOffset = (units: Placed[]): DocUnit[] => units.sort((a, b) => a[0] - b[0]).map(([, u]) => u);

/** Parses a page as the site does (GFM: tables) for its reader blocks and outline. */
function parseTree(f: ContentFile): { tree: MdNode; outline: Outline } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  if (f.path.endsWith('.mdx')) processor.use(remarkMdx);
  const tree = processor.parse(f.source) as unknown as MdNode;
  return { tree, outline: outlineFromTree(tree, f.source) };
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
    const { tree, outline } = parseTree(f);
    const blocks = readerBlocks(tree);
    const title = str(f.data.title) ?? f.id;
    const page: SearchDoc = { url: `${f.id}/`, title, kind, sections: [], units: [] };
    const sections = page.sections;
    let body: Placed[];
    let notes: DocUnit[] = [];
    if (kind === 'exemplar') {
      const ex = f.data.exemplar as ExemplarData;
      Object.assign(page, { docType: ex.docType, year: ex.year, theme: ex.theme });
      const spec = specs.get(ex.follows);
      body = modelledUnits(outline, spec && checkConformance(outline, spec, ex.sectionMap ?? {}), sections);
      // Annotations are their own search document, ranked after every exemplar's text.
      notes = byOffset(readerUnits(blocks.filter((b) => b.kind === 'note'), body));
      body.push(...readerUnits(blocks.filter((b) => b.kind !== 'note'), body));
    } else if (kind === 'template') {
      const spec = f.data.templateSpec as TemplateSpec;
      Object.assign(page, { docType: spec.docType, year: spec.year, theme: spec.theme });
      body = modelledUnits(outline, checkConformance(outline, spec), sections);
      body.push(...readerUnits(blocks, body));
    } else {
      body = guidanceUnits(outline, sections);
      body.push(...readerUnits(blocks, body));
    }
    const own = kind === 'template' ? (f.data.templateSpec as TemplateSpec) : undefined;
    page.units = [['', -1, title], ...(own ? [...sourceUnits(own, sections), ...specUnits(own, sections)] : []), ...byOffset(body)];
    const block = (f.data.exemplar ?? f.data.templateSpec ?? f.data.guidance) as { status?: string } | undefined;
    const docsOfPage = notes.length ? [page, { ...page, kind: 'annotation' as const, units: notes }] : [page];
    for (const doc of docsOfPage) {
      if (block?.status === 'reviewed') reviewed.add(doc);
      docs.push(doc);
    }
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
