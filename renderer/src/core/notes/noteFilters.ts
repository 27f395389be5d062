/**
 * Filtering and ordering notes for the notes panel (one report, document order) and the
 * all-notes view (filters by report, tag, stance, text). Pure and in memory: the repository
 * narrows by index first, these finish the job on at most a few thousand rows.
 */
import { normalizeForSearch } from '../text/normalize';
import { tagKey } from './tags';
import type { AnchorStatus, Note, Stance } from './types';

/** Position of each unit in the corpus (reports in corpus order, units in document order). */
export type UnitOrder = ReadonlyMap<string, number>;

/** Builds the unit order from units listed in document order (one report's, or the whole corpus'). */
export function unitOrderOf(units: Iterable<{ readonly id: string }>): UnitOrder {
  const order = new Map<string, number>();
  for (const unit of units) if (!order.has(unit.id)) order.set(unit.id, order.size);
  return order;
}

/** Which notes to show; every field narrows, absent fields do not. */
export interface NoteFilter {
  readonly reportId?: string;
  /** The note must carry every one of these tags (compared case-insensitively). */
  readonly tags?: readonly string[];
  /** The note's stance must be one of these. */
  readonly stances?: readonly Stance[];
  readonly anchorStatus?: AnchorStatus;
  /** Words to find in the body, the tags or the quote (NFKC, case-insensitive substring). */
  readonly text?: string;
  /** Live notes only (the default), deleted ones too, or only deleted ones (a trash view). */
  readonly deleted?: 'exclude' | 'include' | 'only';
}

/** How to order notes: as they appear in the reports, or by time, newest first. */
export type NoteOrder = 'document' | 'updated' | 'created';

// Normalised searchable text and tag keys per note object. Notes are immutable values (an
// edit makes a new object), so the caches never go stale, and typing in the filter box does
// not normalise 10,000 bodies on every keystroke.
const searchableTexts = new WeakMap<Note, string>();

function searchableText(note: Note): string {
  let text = searchableTexts.get(note);
  if (text === undefined) {
    // NUL between fields, so that a query never matches across two of them.
    text = [note.body, ...note.tags, note.target.selector?.quote.exact ?? ''].map(normalizeForSearch).join('\u0000');
    searchableTexts.set(note, text);
  }
  return text;
}

const tagKeySets = new WeakMap<Note, ReadonlySet<string>>();

function tagKeysOf(note: Note): ReadonlySet<string> {
  let keys = tagKeySets.get(note);
  if (keys === undefined) {
    keys = new Set(note.tags.map(tagKey));
    tagKeySets.set(note, keys);
  }
  return keys;
}

/** True when the note's body, tags or quote contain `query` (normalised as search does). */
export function noteContainsText(note: Note, query: string): boolean {
  const needle = normalizeForSearch(query.trim());
  return needle === '' || searchableText(note).includes(needle);
}

/** Makes a predicate for `filter`, with its tag keys and sets computed once. */
export function noteMatcher(filter: NoteFilter): (note: Note) => boolean {
  const tagKeys = (filter.tags ?? []).map(tagKey).filter((key) => key !== '');
  const stances = filter.stances === undefined ? undefined : new Set<Stance>(filter.stances);
  const deleted = filter.deleted ?? 'exclude';
  const text = filter.text?.trim() ?? '';
  return (note) => {
    if (deleted === 'exclude' && note.deletedAt !== null) return false;
    if (deleted === 'only' && note.deletedAt === null) return false;
    if (filter.reportId !== undefined && note.target.reportId !== filter.reportId) return false;
    if (stances !== undefined && (note.stance === null || !stances.has(note.stance))) return false;
    if (filter.anchorStatus !== undefined && note.anchor.status !== filter.anchorStatus) return false;
    if (tagKeys.length > 0) {
      const keys = tagKeysOf(note);
      if (!tagKeys.every((key) => keys.has(key))) return false;
    }
    return text === '' || noteContainsText(note, text);
  };
}

/** The notes that pass `filter`, in their given order. */
export function filterNotes(notes: readonly Note[], filter: NoteFilter): Note[] {
  return notes.filter(noteMatcher(filter));
}

/**
 * Compares notes in document order: by unit, then by start of the passage (a whole-paragraph
 * note before the passages of its unit), then by creation. Notes on units the corpus no longer
 * has (orphans) come after all others, grouped by unit id.
 */
export function documentOrderComparator(order: UnitOrder): (a: Note, b: Note) => number {
  return (a, b) => {
    const unitA = order.get(a.target.unitId) ?? Number.POSITIVE_INFINITY;
    const unitB = order.get(b.target.unitId) ?? Number.POSITIVE_INFINITY;
    if (unitA !== unitB) return unitA < unitB ? -1 : 1;
    if (a.target.unitId !== b.target.unitId) return a.target.unitId < b.target.unitId ? -1 : 1;
    const startA = a.target.selector?.position.start ?? -1;
    const startB = b.target.selector?.position.start ?? -1;
    if (startA !== startB) return startA - startB;
    return compareStrings(a.createdAt, b.createdAt) || compareStrings(a.id, b.id);
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts a copy of `notes`; `order` (unit positions) is needed for document order. */
export function sortNotes(notes: readonly Note[], by: NoteOrder, order: UnitOrder = new Map()): Note[] {
  const sorted = [...notes];
  if (by === 'document') return sorted.sort(documentOrderComparator(order));
  const key = by === 'updated' ? 'updatedAt' : 'createdAt';
  // ISO 8601 UTC strings sort as times; newest first, as the all-notes view lists them.
  return sorted.sort((a, b) => compareStrings(b[key], a[key]) || compareStrings(a.id, b.id));
}
