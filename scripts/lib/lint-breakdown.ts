// Where the linter's time goes, in one process (`npm run bench:lint -- N --rules`): start-up
// (loading the modules, the misspelling model, the place index, the templates), then per file
// reading, parsing, the shared view of the file (frontmatter, outline, text blocks) and each
// rule on its own, timed around one processor per rule on the already parsed tree. The sum is
// close to, not equal to, a CLI run: the CLI runs all rules in one processor.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';

interface Timer {
  add: (label: string, ms: number) => void;
  table: () => string;
}

function timer(): Timer {
  const totals = new Map<string, number>();
  return {
    add: (label, ms) => void totals.set(label, (totals.get(label) ?? 0) + ms),
    table: () => {
      const all = [...totals.values()].reduce((a, b) => a + b, 0);
      const rows = [...totals].map(([label, ms]) => `| ${label} | ${ms.toFixed(0)} ms | ${((100 * ms) / all).toFixed(1)}% |`);
      return ['| 阶段 | 耗时 | 占比 |', '|---|---|---|', ...rows, `| 合计 | ${all.toFixed(0)} ms | 100% |`].join('\n');
    },
  };
}

function timed<T>(t: Timer, label: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  t.add(label, performance.now() - start);
  return value;
}

/** Prints the breakdown of linting every .mdx file of `dir` (a synthetic corpus). */
export async function lintBreakdown(dir: string): Promise<void> {
  const t = timer();
  const start = performance.now();
  const { lintProcessor, syntaxNeeds } = await import('../../src/lint/processor.ts');
  const { RULES, recommended } = await import('../../src/lint/preset.ts');
  const { lintContext } = await import('../../src/lint/context.ts');
  const { proseBlocks } = await import('../../src/lint/prose.ts');
  await import('../../src/lint/spelling-node.ts');
  const { loadSpellingModel } = await import('../../src/lint/spelling-node.ts');
  const { placeIndex } = await import('../../src/text/places.ts');
  const { loadTemplates } = await import('../../src/lint/templates.ts');
  t.add('启动：载入模块', performance.now() - start);
  timed(t, '启动：错别字模型', loadSpellingModel);
  timed(t, '启动：地名索引', placeIndex);
  timed(t, '启动：模板', loadTemplates);

  const parsing = { rules: Object.fromEntries(RULES.map((r) => [r.id, 'off' as const])) };
  const processors: Array<[string, Processor]> = RULES.map((r) => {
    const s = recommended[r.id] ?? 'error';
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return [r.id, (unified() as any).use(r.plugin, Array.isArray(s) ? s : [s]).freeze()];
  });
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  for (const name of files) {
    const path = join(dir, name);
    const source = timed(t, '读取与解码', () => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)));
    const file = new VFile({ path, value: source });
    const tree = timed(t, '解析（MDX）', () => lintProcessor('mdx', parsing, syntaxNeeds(source)).parse(file));
    timed(t, '共用：frontmatter、提纲、文本块', () => {
      const ctx = lintContext(tree, file);
      ctx.outline();
      proseBlocks(ctx);
    });
    for (const [id, p] of processors) timed(t, `规则 ${id}`, () => p.runSync(tree, file));
  }
  console.log(`\n单进程分项计时：${files.length} 个文件\n`);
  console.log(t.table());
}
