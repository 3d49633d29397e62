// The phrase bank as a drafter uses it: causes filed by kind from their markup, groups in a
// fixed order, and never a phrase the guidance or the template warns against (✗ 慎用).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { outlineFromTree } from '../../src/docmodel/index.ts';
import { readerBlocks, type MdNode } from '../../src/search/anchors.ts';
import { looseText } from '../../src/search/tokenize.ts';
import { CAUSE_KINDS, CAUSE_PURPOSE, PHRASE_PURPOSES } from '../../src/user-components/index.ts';
import { GUIDANCE_SECTIONS, PURPOSE_SECTIONS, groupPhrases, phraseEntries } from '../../src/utils/phrase-bank.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

function load(folder: string) {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(join(CONTENT, folder, f), 'utf8');
      const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as Record<string, any>;
      const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(source.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1)));
      return { id: `${folder}/${f.replace(/\.mdx$/, '')}`, title: String(front.title), front, tree: tree as unknown as MdNode, outline: outlineFromTree(tree, source, { title: String(front.title) }) };
    });
}

const entries = phraseEntries(load('exemplars'));

/** ✗ 慎用 examples per template section: template `weak` items and guidance <Dont> boxes. */
function cautions(): Map<string, Array<{ where: string; text: string }>> {
  const out = new Map<string, Array<{ where: string; text: string }>>();
  const add = (section: string, where: string, text: string) => out.set(section, [...(out.get(section) ?? []), { where, text }]);
  for (const t of load('templates')) {
    for (const s of t.front.templateSpec.sections as Array<{ id: string; weak?: string[] }>) {
      // "“按照有关要求”——没有写出……": the example is the quoted part before the dash.
      for (const w of s.weak ?? []) add(s.id, `${t.id} ${s.id}`, /^“(.+?)”——/.exec(w)?.[1] ?? w);
    }
  }
  for (const g of load('guidance')) {
    const section = GUIDANCE_SECTIONS[g.front.guidance?.topic];
    if (!section) continue;
    for (const b of readerBlocks(g.tree).filter((x) => x.kind === 'dont')) {
      // The first paragraph of a 慎用 box is the example; the rest says why.
      const example = (b.node.children ?? []).find((c) => c.type === 'paragraph');
      if (example) add(section, `${g.id}#${b.id}`, toString(example));
    }
  }
  return out;
}

describe('phrase bank', () => {
  it('files every 原因剖析 phrase under a known kind of cause, and only those', () => {
    const bad = entries.filter((e) => (e.purpose === CAUSE_PURPOSE ? !(CAUSE_KINDS as readonly string[]).includes(e.cause) : e.cause !== ''));
    expect(bad.map((e) => `${e.entryId}#${e.paragraphId} ${e.purpose}/${e.cause || '（无）'}: ${e.text}`)).toEqual([]);
    expect(entries.every((e) => (PHRASE_PURPOSES as readonly string[]).includes(e.purpose))).toBe(true);
  });

  it('groups causes by kind in the guidance order, inside the purpose order', () => {
    const groups = groupPhrases(entries);
    expect(groups.map((g) => g.name)).toEqual(PHRASE_PURPOSES.filter((p) => entries.some((e) => e.purpose === p)));
    const causes = groups.find((g) => g.name === CAUSE_PURPOSE)!;
    expect(causes.groups!.map((g) => g.name).slice(0, 4)).toEqual(['理想信念', '宗旨意识', '党性修养', '纪律规矩']);
    expect(causes.groups!.reduce((n, g) => n + g.entries.length, 0)).toBe(causes.entries.length);
    for (const g of causes.groups!) expect(g.entries.every((e) => e.cause === g.name)).toBe(true);
  });

  it('offers no phrase that equals or contains a ✗ 慎用 example of the same section', () => {
    const bySection = cautions();
    expect(bySection.get('causes')?.length).toBeGreaterThan(3);
    const clashes: string[] = [];
    for (const e of entries) {
      const phrase = looseText(e.text);
      for (const section of PURPOSE_SECTIONS[e.purpose] ?? []) {
        for (const c of bySection.get(section) ?? []) {
          const example = looseText(c.text);
          // A phrase that is the warned-against sentence, or a whole clause of it.
          if (phrase.includes(example) || (phrase.length >= 8 && example.includes(phrase) && example.length - phrase.length <= 12)) clashes.push(`${e.entryId}: “${e.text}” ⟷ ${c.where}: “${c.text}”`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
