// The phrase bank, read from <Phrase> elements the document model attaches to paragraphs,
// so it cannot drift from the exemplars. Pure functions over outlines: the page
// (src/pages/phrases.astro) feeds them the site's entries, the tests the content files.
import type { Outline } from '../docmodel/index.ts';
import { CAUSE_KINDS, CAUSE_PURPOSE, PHRASE_PURPOSES } from '../user-components/index.ts';

export interface PhraseEntry {
  text: string;
  purpose: string;
  /** For 原因剖析: the kind of cause from the markup (cause="…"), '' when not given. */
  cause: string;
  entryId: string;
  entryTitle: string;
  /** Anchor id of the paragraph (or section) the phrase comes from. */
  paragraphId: string;
  /** The paragraph's text, to check that the phrase is quoted verbatim. */
  paragraphText: string;
}

export interface PhraseSource {
  id: string;
  title: string;
  outline: Outline;
}

/** Every phrase of the given exemplars, in their order. */
export function phraseEntries(sources: PhraseSource[]): PhraseEntry[] {
  const out: PhraseEntry[] = [];
  for (const e of sources) {
    for (const node of e.outline.nodes) {
      for (const a of node.block?.attachments ?? []) {
        if (a.name !== 'Phrase') continue;
        out.push({
          text: a.text,
          purpose: a.attributes.purpose ?? '其他',
          cause: a.attributes.cause ?? '',
          entryId: e.id,
          entryTitle: e.title,
          paragraphId: node.id,
          paragraphText: node.block?.text ?? '',
        });
      }
    }
  }
  return out;
}

export interface PhraseGroup {
  /** Group name: the purpose, or for 原因剖析 the kind of cause. */
  name: string;
  /** Anchor id of the group's heading. */
  id: string;
  entries: PhraseEntry[];
  /** 原因剖析 is split by kind of cause. */
  groups?: PhraseGroup[];
}

/** Groups in the bank's order (PHRASE_PURPOSES; causes by CAUSE_KINDS), empty ones left out. */
export function groupPhrases(entries: PhraseEntry[]): PhraseGroup[] {
  const ordered = (names: readonly string[], values: string[]) => [...new Set([...names, ...values])];
  return ordered(PHRASE_PURPOSES, entries.map((e) => e.purpose))
    .map((purpose, i): PhraseGroup => {
      const own = entries.filter((e) => e.purpose === purpose);
      const group: PhraseGroup = { name: purpose, id: `g${i + 1}`, entries: own };
      if (purpose === CAUSE_PURPOSE) {
        group.groups = ordered(CAUSE_KINDS, own.map((e) => e.cause || '其他'))
          .map((cause, j) => ({ name: cause, id: `g${i + 1}-${j + 1}`, entries: own.filter((e) => (e.cause || '其他') === cause) }))
          .filter((g) => g.entries.length > 0);
      }
      return group;
    })
    .filter((g) => g.entries.length > 0);
}

/**
 * Template sections each purpose serves: where the templates' 慎用 lists and the guidance
 * pages' 慎用 boxes apply to it (the phrase bank must never offer what they warn against).
 */
export const PURPOSE_SECTIONS: Record<string, string[]> = {
  开头依据: ['opening'],
  会前准备: ['opening', 'preparation'],
  整改回顾: ['last-rectification', 'leader-responsibility', 'overall', 'item-by-item'],
  问题表述: ['problems'],
  事例支撑: ['problems'],
  原因剖析: ['causes'],
  整改措施: ['measures', 'next-steps'],
  巡察整改状态: ['item-by-item', 'overall'],
  个人事项: ['personal-matters'],
  表态结尾: ['measures', 'next-steps'],
};

/** The template section each guidance page is about (by its topic). */
export const GUIDANCE_SECTIONS: Record<string, string> = {
  查摆问题: 'problems',
  原因剖析: 'causes',
  整改措施: 'measures',
  个人有关事项说明: 'personal-matters',
  巡察整改逐项写法: 'item-by-item',
};
