/** Small pure helpers the notes UI shares: tag input text, where a note is, its search hits. */
import { completeTag, normalizeTags, type TagCount } from '../../core/notes/tags';
import type { Note } from '../../core/notes/types';
import { noteContainsText } from '../../core/notes/noteFilters';
import { noteExcerpt } from '../../core/notes/noteExcerpt';

/** Tags typed as one comma-separated line (ASCII or Chinese commas) → normalised tags. */
export function parseTagInput(text: string): string[] {
  return normalizeTags(text.split(/[,，、;；]/u));
}

/** Tags → the line the tag input shows. */
export function formatTagInput(tags: readonly string[]): string {
  return tags.join(', ');
}

/** The paragraph number of a note's unit (`c17-res130-zh:4.3` → `4.3`). */
export function unitNumberOf(note: Note): string {
  const unitId = note.target.unitId;
  const at = unitId.lastIndexOf(':');
  return at === -1 ? unitId : unitId.slice(at + 1);
}

/** A text on one line, cut at `maxLength` characters with an ellipsis. */
export function shortText(text: string, maxLength = 120): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= maxLength ? line : `${line.slice(0, maxLength)}…`;
}

/** The text a note list shows for a note: its quote, or the start of its body as plain text. */
export function notePreview(note: Note, maxLength = 120): string {
  const quote = note.target.selector?.quote.exact;
  return quote === undefined ? noteExcerpt(note.body, maxLength) : shortText(quote, maxLength);
}

/**
 * The live notes whose body, tags or quote contain `query`, normalised as corpus search is
 * (core/notes' noteContainsText uses normalizeForSearch), newest first, at most `limit`.
 */
export function searchNotes(notes: readonly Note[], query: string, limit = 20): Note[] {
  if (query.trim() === '') return [];
  const hits: Note[] = [];
  for (const note of notes) {
    if (note.deletedAt === null && noteContainsText(note, query)) hits.push(note);
  }
  return hits.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)).slice(0, limit);
}

/**
 * Completions for the tag line as typed: the line with its last tag replaced by each existing
 * tag it starts (so a <datalist> can offer whole lines), leaving out tags already on the line.
 */
export function tagLineSuggestions(line: string, existing: readonly TagCount[], limit = 8): string[] {
  const cut = Math.max(...[',', '，', '、', ';', '；'].map((separator) => line.lastIndexOf(separator)));
  const head = cut === -1 ? '' : `${line.slice(0, cut + 1).trimEnd()} `;
  const typed = cut === -1 ? line : line.slice(cut + 1);
  const earlier = parseTagInput(cut === -1 ? '' : line.slice(0, cut));
  return completeTag(typed.trim(), existing, { exclude: earlier, limit }).map((entry) => `${head}${entry.tag}`);
}
