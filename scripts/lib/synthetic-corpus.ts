// Synthetic exemplars for benchmarks: N MDX files assembled from real paragraphs (the
// corrected exemplars in content/exemplars, or the raw seeds when there are none), with the
// outline of a real 对照检查材料 so that the document model, linter and search see realistic
// input. Deterministic: the same N and seed give the same files.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMarkdown, parseText, walkSections, type Outline } from '../../src/docmodel/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Small seeded PRNG (mulberry32): benchmarks must be repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pool {
  opening: string[];
  problems: string[];
  causes: string[];
  measures: string[];
}

const KIND: Array<[keyof Pool, RegExp]> = [
  ['problems', /问题|不足/],
  ['causes', /原因/],
  ['measures', /措施|方向|打算/],
];

function addOutline(pool: Pool, o: Outline): void {
  pool.opening.push(...o.preamble.map((p) => p.text));
  for (const top of o.sections) {
    const kind = KIND.find(([, re]) => re.test(top.title))?.[0];
    if (!kind) continue;
    for (const s of walkSections(top.children)) {
      if (s.body) pool[kind].push(s.body);
      pool[kind].push(...s.paragraphs.map((p) => p.text));
    }
    pool[kind].push(...top.paragraphs.map((p) => p.text));
  }
}

/** Paragraph pools by section kind, from content/exemplars (preferred) or the seeds. */
export function loadPool(): Pool {
  const pool: Pool = { opening: [], problems: [], causes: [], measures: [] };
  const exDir = join(ROOT, 'content/exemplars');
  const files = existsSync(exDir) ? readdirSync(exDir).filter((f) => f.endsWith('.mdx')) : [];
  if (files.length >= 3) {
    for (const f of files) addOutline(pool, parseMarkdown(readFileSync(join(exDir, f), 'utf8')));
  } else {
    const seeds = resolve(ROOT, '../shared/seeds');
    for (const f of readdirSync(seeds)) addOutline(pool, parseText(readFileSync(join(seeds, f), 'utf8')));
  }
  // Strip MDX-hostile characters so every generated file parses.
  for (const k of Object.keys(pool) as Array<keyof Pool>) pool[k] = pool[k].map((t) => t.replace(/[{}<>]/g, '').replace(/^[一二三四五六七八九十]+是/, '')).filter((t) => t.length > 20);
  return pool;
}

const CN = ['一', '二', '三', '四', '五', '六'];
const TYPES = [
  { docType: 'leadership', follows: 'leadership-2021-dangshi', subject: '班子' },
  { docType: 'leadership', follows: 'leadership-annual', subject: '班子' },
  { docType: 'personal', follows: 'personal-2021-dangshi', subject: '个人' },
] as const;

/** One synthetic exemplar as MDX source. */
export function syntheticExemplar(i: number, pool: Pool, seed = 1): string {
  const rand = prng(seed * 100_003 + i);
  const pick = (list: string[]) => list[Math.floor(rand() * list.length)] ?? '';
  const t = TYPES[i % TYPES.length]!;
  const year = 2019 + (i % 6);
  const lines: string[] = [
    '---',
    `title: ××单位${year}年度民主生活会对照检查材料（合成样例${i + 1}）`,
    'exemplar:',
    `  docType: ${t.docType}`,
    `  follows: ${t.follows}`,
    `  year: ${year}`,
    '  theme: 民主生活会',
    `  subject: ${t.subject}`,
    '  source: 由基准测试脚本从范例段落合成，仅用于性能测试',
    '  status: experimental',
    '---',
    '',
    pick(pool.opening),
    '',
  ];
  const section = (n: number, title: string, kind: keyof Pool, subs: number, perSub: number) => {
    lines.push(`${CN[n]}、${title}`, '');
    for (let s = 0; s < subs; s++) {
      lines.push(`（${CN[s]}）${pick(pool[kind]).slice(0, 60).replace(/[。；：]$/, '')}。`, '');
      for (let p = 0; p < perSub; p++) lines.push(`${CN[p]}是${pick(pool[kind])}`, '');
    }
  };
  section(0, '存在的问题', 'problems', 5, 3);
  section(1, '产生问题的原因分析', 'causes', 4, 1);
  section(2, '整改措施', 'measures', 4, 1);
  return lines.join('\n');
}

/** Writes N synthetic exemplars into `dir` (created if needed); returns their paths. */
export function writeCorpus(dir: string, n: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const pool = loadPool();
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = join(dir, `synthetic-${String(i + 1).padStart(5, '0')}.mdx`);
    writeFileSync(p, syntheticExemplar(i, pool, seed));
    paths.push(p);
  }
  return paths;
}
