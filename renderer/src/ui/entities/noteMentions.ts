/**
 * The delegate's notes that mention an entity: each note's quote and body run through the same
 * extractor as the corpus (core/entities' findEntityMentions, with the organisations learned from
 * the corpus), so every alias the corpus merges (欧洲网络与信息安全局, ENISA) finds the note too.
 */
import { findEntityMentions, learnCorpusOrganisations, type OrganisationLexicon } from '../../core/entities';
import { markdownToPlainText } from '../../core/notes/noteExcerpt';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';

/** Where a note's text names the entity: in the passage it quotes, or in what the delegate wrote. */
export interface NoteMention {
  readonly field: 'quote' | 'body';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface NoteMentioning {
  readonly note: Note;
  /** In the order shown: quote first, then body, each in text order. */
  readonly mentions: readonly NoteMention[];
}

const lexicons = new WeakMap<readonly Report[], OrganisationLexicon>();

/** The organisations learned from a corpus, as entity extraction learns them; computed once per corpus. */
export function corpusOrganisations(reports: readonly Report[]): OrganisationLexicon {
  const cached = lexicons.get(reports);
  if (cached !== undefined) return cached;
  const lexicon = learnCorpusOrganisations(reports);
  lexicons.set(reports, lexicon);
  return lexicon;
}

function mentionsIn(field: NoteMention['field'], text: string, entityId: string, organisations: OrganisationLexicon): NoteMention[] {
  if (text === '') return [];
  return findEntityMentions(text, organisations)
    .filter((found) => found.id === entityId)
    .map((found) => ({ field, text, start: found.span.start, end: found.span.end }));
}

/** The live notes that mention the entity, most recently edited first. */
export function notesMentioning(notes: readonly Note[], entityId: string, organisations: OrganisationLexicon): NoteMentioning[] {
  const found: NoteMentioning[] = [];
  for (const note of notes) {
    if (note.deletedAt !== null) continue;
    const mentions = [
      ...mentionsIn('quote', note.target.selector?.quote.exact ?? '', entityId, organisations),
      // The body as a delegate reads it, not its Markdown markers (`**ENISA**` shows as ENISA).
      ...mentionsIn('body', markdownToPlainText(note.body), entityId, organisations),
    ];
    if (mentions.length > 0) found.push({ note, mentions });
  }
  return found.sort((a, b) => (a.note.updatedAt < b.note.updatedAt ? 1 : a.note.updatedAt > b.note.updatedAt ? -1 : 0));
}
