// The phrase bank, read from <Phrase> elements the document model attaches to paragraphs,
// so it cannot drift from the exemplars.
import { PHRASE_PURPOSES } from '../user-components/index.ts';
import { exemplars, outlineOf } from './entries.ts';

export interface PhraseEntry {
  text: string;
  purpose: string;
  entryId: string;
  entryTitle: string;
  /** Anchor id of the paragraph (or section) the phrase comes from. */
  paragraphId: string;
  /** The paragraph's text, to check that the phrase is quoted verbatim. */
  paragraphText: string;
}

export async function phraseEntries(): Promise<PhraseEntry[]> {
  const out: PhraseEntry[] = [];
  for (const e of await exemplars()) {
    for (const node of outlineOf(e).nodes) {
      for (const a of node.block?.attachments ?? []) {
        if (a.name !== 'Phrase') continue;
        out.push({
          text: a.text,
          purpose: a.attributes.purpose ?? '其他',
          entryId: e.id,
          entryTitle: e.data.title,
          paragraphId: node.id,
          paragraphText: node.block?.text ?? '',
        });
      }
    }
  }
  return out;
}

export async function phraseBank(): Promise<Array<{ purpose: string; entries: PhraseEntry[] }>> {
  const entries = await phraseEntries();
  const order = [...PHRASE_PURPOSES, ...new Set(entries.map((e) => e.purpose))];
  return [...new Set(order)]
    .map((purpose) => ({ purpose, entries: entries.filter((e) => e.purpose === purpose) }))
    .filter((g) => g.entries.length > 0);
}
