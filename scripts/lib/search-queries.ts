// Queries and ground truth for the search benchmark: seeded random substrings (2–12 Han
// characters) of the synthetic exemplars and of the site's own content pages (exemplars with
// their annotations, templates, guidance: what a reader reads there, see reader-pages.ts), the
// genre's set phrases, and phrases absent from the corpus. A page is relevant iff its text
// (title and body lines) contains the query.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { prng } from './synthetic-corpus.ts';

export interface CorpusPage {
  /** Page key (see pageKey): "synthetic-00012" or the URL path of a content page. */
  key: string;
  /** Title and body lines, one per line, so no query matches across lines. */
  text: string;
}

/** Reads the synthetic exemplars written by writeCorpus (MDX with frontmatter). */
export function readCorpus(dir: string): CorpusPage[] {
  return readdirSync(dir)
    .filter((f) => /^synthetic-\d+\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const src = readFileSync(join(dir, f), 'utf8');
      const title = /^title: (.*)$/m.exec(src)?.[1] ?? '';
      const body = src.replace(/^---[\s\S]*?---\n/, '');
      return { key: f.replace(/\.mdx?$/, ''), text: [title, ...body.split('\n').filter((l) => l.trim())].join('\n') };
    });
}

/** Set phrases of the genre (some may be absent from a given corpus: then they count as absent). */
export const GENRE_PHRASES = ['两个确立', '两个维护', '红红脸、出出汗', '一岗双责', '学懂弄通做实', '批评和自我批评', '以人民为中心', '全面从严治党', '国之大者', '形式主义、官僚主义', '民主生活会', '对照检查'];
/** Phrases a library of these documents does not contain. */
export const ABSENT_PHRASES = ['量子纠缠', '元宇宙赋能', '火星探测器', '区块链溯源平台', '人工智能大模型训练', '碳足迹核算'];

export interface BenchQuery {
  text: string;
  /** random: from a synthetic exemplar; content: from one of the site's own pages. */
  kind: 'random' | 'content' | 'genre' | 'absent';
  /** Keys of the relevant pages. */
  relevant: Set<string>;
}

const HAN_RUN = /[\u4e00-\u9fff]{2,}/g;

/**
 * `count` random substrings of the synthetic pages and `contentCount` of the site's own pages,
 * plus the genre and absent phrases, each with its relevant pages among all of them.
 */
export function makeQueries(synthetic: CorpusPage[], content: CorpusPage[], count: number, contentCount: number, seed = 7): BenchQuery[] {
  const rand = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const draw = (pages: CorpusPage[], n: number): string[] => {
    const texts: string[] = [];
    for (let i = 0; i < n && pages.length; i++) {
      for (let tries = 0; tries < 100; tries++) {
        const len = 2 + Math.floor(rand() * 11);
        const runs = pick(pages).text.match(HAN_RUN)?.filter((r) => r.length >= len) ?? [];
        if (!runs.length) continue;
        const run = pick(runs);
        const start = Math.floor(rand() * (run.length - len + 1));
        texts.push(run.slice(start, start + len));
        break;
      }
    }
    return texts;
  };
  const all = [...synthetic, ...content];
  const truth = (q: string) => new Set(all.filter((p) => p.text.includes(q)).map((p) => p.key));
  const out: BenchQuery[] = draw(synthetic, count).map((text) => ({ text, kind: 'random', relevant: truth(text) }));
  for (const text of draw(content, contentCount)) out.push({ text, kind: 'content', relevant: truth(text) });
  for (const text of GENRE_PHRASES) out.push({ text, kind: 'genre', relevant: truth(text) });
  for (const text of ABSENT_PHRASES) out.push({ text, kind: 'absent', relevant: truth(text) });
  return out;
}

/**
 * The key of a result URL, the same for both sites: "synthetic-00012" for a synthetic exemplar
 * (the two sites file them under different paths), else the URL path ("/guidance/causes/").
 */
export function pageKey(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return /(synthetic-\d+)\/?$/.exec(path)?.[1] ?? path.replace(/\/?$/, '/');
}

function pagefindJson(file: string): { url: string } {
  const raw = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(raw.replace(/^pagefind_dcd/, ''));
}

/** Result id → page URL for stock Pagefind (its fragments). */
export function stockIdMap(dist: string): Map<string, string> {
  const dir = join(dist, 'pagefind/fragment');
  return new Map(readdirSync(dir).map((f) => [f.replace(/\.pf_fragment$/, ''), pagefindJson(join(dir, f)).url]));
}

/** Result id → page URLs for our search (its text files). */
export function ourIdMap(dist: string): Map<string, string[]> {
  const dir = join(dist, 'search/text');
  return new Map(
    readdirSync(dir).map((f) => {
      const docs = JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8')) as Array<{ url: string }>;
      return [f.replace(/\.jjt$/, ''), docs.map((d) => '/' + d.url)];
    }),
  );
}
