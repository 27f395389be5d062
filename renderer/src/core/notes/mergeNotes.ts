/**
 * Merging an imported backup (or a colleague's export) into the local notes and links:
 * last writer wins per record, by `updatedAt`. A deletion is a record too (a tombstone with
 * `deletedAt`), so it travels and wins when it is newer, and a later import of the old live
 * copy cannot bring the note back. Ties are broken so that merging A into B and B into A end
 * in the same state.
 */
import type { Link, Note, VersionedRecord } from './types';

/** What a merge did, as the delegate sees it. */
export interface MergeSummary {
  /** Records new here that are live. */
  readonly added: number;
  /** Live records replaced by a newer version, or restored by a newer live version. */
  readonly updated: number;
  /** Live records replaced by a newer tombstone. */
  readonly deleted: number;
  /**
   * Records where the local copy won or equalled the incoming one, and tombstones of records
   * never seen here (stored all the same, so that the deletion keeps travelling).
   */
  readonly unchanged: number;
}

/** The records to write (all of them in one transaction) and the summary. */
export interface MergeResult<T> {
  readonly toWrite: readonly T[];
  readonly summary: MergeSummary;
}

/** JSON with keys sorted, so that equal records compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** True when `incoming` should replace `local`: newer, or on a tie a tombstone, then the greater canonical form. */
export function isNewer<T extends VersionedRecord>(incoming: T, local: T): boolean {
  const difference = timeOf(incoming.updatedAt) - timeOf(local.updatedAt);
  if (difference !== 0) return difference > 0;
  const isIncomingDeleted = incoming.deletedAt !== null;
  if (isIncomingDeleted !== (local.deletedAt !== null)) return isIncomingDeleted;
  return canonicalJson(incoming) > canonicalJson(local);
}

/** Merges `incoming` into `local` (records by id): same id → the newer wins; new ids are added. */
export function mergeRecords<T extends VersionedRecord>(local: ReadonlyMap<string, T>, incoming: readonly T[]): MergeResult<T> {
  const current = new Map(local);
  const written = new Map<string, T>();
  const summary = { added: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const record of incoming) {
    const existing = current.get(record.id);
    if (existing === undefined) {
      if (record.deletedAt === null) summary.added++;
      else summary.unchanged++;
    } else if (!isNewer(record, existing)) {
      summary.unchanged++;
      continue;
    } else if (record.deletedAt !== null && existing.deletedAt === null) {
      summary.deleted++;
    } else if (record.deletedAt !== null) {
      // A newer tombstone over an older one: still deleted, nothing visible changes.
      summary.unchanged++;
    } else {
      summary.updated++;
    }
    current.set(record.id, record);
    written.set(record.id, record);
  }
  return { toWrite: [...written.values()], summary };
}

/** Merges imported notes into local ones (see `mergeRecords`). */
export function mergeNotes(local: ReadonlyMap<string, Note>, incoming: readonly Note[]): MergeResult<Note> {
  return mergeRecords(local, incoming);
}

/** Merges imported links into local ones (see `mergeRecords`). */
export function mergeLinks(local: ReadonlyMap<string, Link>, incoming: readonly Link[]): MergeResult<Link> {
  return mergeRecords(local, incoming);
}
