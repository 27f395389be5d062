/**
 * Where a document just read goes in the library, decided before anything is stored (issue 15):
 *
 * - the same document (symbol, language and revision; the same id without a symbol) is already
 *   there: the delegate is asked to replace it, keep both or skip the file;
 * - a later revision of a document the library holds (same symbol and language, higher Rev.):
 *   it goes in without a question as the new current revision, the one current until now stays
 *   readable as an older revision, and the notes on it are carried over, with the notes still
 *   waiting for review on the revisions before it (Rev.0's, when Rev.2 comes after Rev.1);
 * - an earlier revision than the library's current one: it goes in as an older revision, and
 *   nothing is carried (notes go forward, never back);
 * - anything else is new.
 *
 * Families are core/revisions' (revisionFamilyKey): a corrigendum or an addendum is a document
 * of its own, with revisions of its own, not a revision of the document it corrects.
 */
import type { ReportMeta } from '../report/types';
import { revisionFamilyKey } from '../revisions/revisionFamilies';
import { sameDocumentKey, type DocumentOrigin } from './libraryDocument';

/** What the decision needs of a document of the library. */
export interface PlacedEntry {
  readonly meta: ReportMeta;
  readonly origin: DocumentOrigin;
}

/** Where a new document goes, with the document of the library it goes beside. */
export type ImportPlacement<E extends PlacedEntry> =
  | { readonly kind: 'new' }
  /** The same document: ask replace, keep both or skip. An imported copy is named before a bundled one (it can be replaced). */
  | { readonly kind: 'same'; readonly existing: E }
  /**
   * A later revision than `previous`, the family's current revision until now: becomes current,
   * notes carried from every revision of `earlier` (the family's, oldest first, `previous` last).
   */
  | { readonly kind: 'later-revision'; readonly previous: E; readonly earlier: readonly E[] }
  /** An earlier revision than `current`, which stays current. */
  | { readonly kind: 'earlier-revision'; readonly current: E };

function revisionOf(meta: ReportMeta): number {
  return meta.revision ?? 0;
}

/** Where a document with `meta` goes among `entries` (every document of the library, bundled and imported). */
export function placeImport<E extends PlacedEntry>(meta: ReportMeta, entries: readonly E[]): ImportPlacement<E> {
  const key = sameDocumentKey(meta);
  const same = entries.filter((entry) => sameDocumentKey(entry.meta) === key);
  const existing = same.find((entry) => entry.origin === 'imported') ?? same[0];
  if (existing !== undefined) return { kind: 'same', existing };
  const family = revisionFamilyKey(meta);
  if (family === undefined) return { kind: 'new' };
  let current: E | undefined;
  const members: E[] = [];
  for (const entry of entries) {
    if (revisionFamilyKey(entry.meta) !== family) continue;
    members.push(entry);
    if (current === undefined || revisionOf(entry.meta) > revisionOf(current.meta)) current = entry;
  }
  if (current === undefined) return { kind: 'new' };
  if (revisionOf(meta) <= revisionOf(current.meta)) return { kind: 'earlier-revision', current };
  // Stable: two copies of one revision (kept both) stay in the library's order, `current` among them last.
  const previous = current;
  const earlier = members.filter((entry) => entry !== previous).sort((a, b) => revisionOf(a.meta) - revisionOf(b.meta));
  return { kind: 'later-revision', previous, earlier: [...earlier, previous] };
}
