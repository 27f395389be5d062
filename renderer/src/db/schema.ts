/**
 * The database's versioned schema and its migrations. One entry per version, never edited
 * once shipped: a later version appends an entry whose `upgrade` turns rows written by the
 * previous version into rows of this one, and comes with a test that writes data with the
 * previous entry's schema and opens it with the new one (tests/db/migrations.test.ts shows
 * the pattern).
 *
 * Dexie runs every pending `upgrade` inside IndexedDB's versionchange transaction: if one
 * throws, the transaction aborts, the database stays at its old version and the old rows are
 * untouched (Dexie docs, "Version.upgrade()"). The entry's version number
 * is both Dexie's schema version and the data version stored in the meta table, which the
 * guard in schemaVersion.ts compares with what this app understands.
 */
import type { Dexie, Transaction } from 'dexie';
import { packSearchIndex, type PackedSearchIndex } from '../core/search/packedSearchIndex';
import type { SerializedSearchIndex } from '../core/search/searchIndexFormat';
import { recordDataVersion } from './schemaVersion';

/** One version of the schema: Dexie's store definitions and the migration from the version before. */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie `stores()` syntax; null deletes a table. */
  readonly stores: { readonly [table: string]: string | null };
  /** Rewrites rows of the previous version; runs in the versionchange transaction. */
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}

/**
 * Version 1. Nested key paths index the note's target in place (IndexedDB key paths may be
 * dotted); `*tags` is a multi-entry index, one entry per tag; null `stance` and `deletedAt`
 * values are simply not indexed, which is what filtering by them wants. Links are in v1
 * already (issue 6) so that adding them needs no migration.
 */
const VERSION_1: SchemaVersion = {
  version: 1,
  stores: {
    notes: 'id, target.reportId, target.unitId, updatedAt, *tags, stance, deletedAt',
    links: 'id, from.reportId, from.unitId, from.noteId, to.reportId, to.unitId, updatedAt, deletedAt',
    meta: 'key',
  },
};

/**
 * Version 2 adds `settings`: the delegate's choices the app remembers across sessions, one row
 * per key (the briefing's cover: delegation, session, agenda items). A new table needs no
 * rewrite of existing rows; notes and links are untouched.
 */
const VERSION_2: SchemaVersion = {
  version: 2,
  stores: { ...VERSION_1.stores, settings: 'key' },
};

/**
 * Version 3 adds the delegate's imported documents (issue 12): `documents`, one row per
 * LibraryDocument (report, search segment, entities), indexed by report id, by the
 * "same document" key (symbol, language, revision) that import asks about, by when it was
 * added and by its place in the order added; a removed document keeps its row with
 * `removedAt` set until it is purged, so that undo can bring it back (null is not indexed,
 * so the index lists only removed rows). `originals` holds each document's file as
 * imported, apart from the row so that listing the library never reads the bytes, kept so
 * that a better reader can read the file again later. New tables need no rewrite of
 * existing rows; notes, links and settings are untouched.
 */
const VERSION_3: SchemaVersion = {
  version: 3,
  stores: { ...VERSION_2.stores, documents: 'id, sameDocumentKey, addedAt, removedAt, sequence', originals: 'id' },
};

/** A documents row as version 3 wrote it, or version 4: only its document's segment changes. */
interface DocumentRowSegment<Segment> {
  readonly document: { readonly segment: Segment };
}

/**
 * Version 4 keeps each document's search segment packed (core/search/packedSearchIndex.ts: its
 * unit ids, and the rest as one block of UTF-8 JSON), so that writing, reading and removing a
 * row clones a block of bytes instead of some 12,000 term/posting pairs per 100 pages on the
 * main thread. Every documents row is rewritten; the tables and their indexes are unchanged.
 */
const VERSION_4: SchemaVersion = {
  version: 4,
  stores: VERSION_3.stores,
  upgrade: async (transaction) => {
    await transaction
      .table<DocumentRowSegment<SerializedSearchIndex | PackedSearchIndex>>('documents')
      .toCollection()
      .modify((row, ref) => {
        // Every row is version 3's here (the upgrade runs once, from below 4): its segment is unpacked.
        const { segment } = (row as DocumentRowSegment<SerializedSearchIndex>).document;
        ref.value = { ...row, document: { ...row.document, segment: packSearchIndex(segment) } };
      });
  },
};

/** Every version this app knows, oldest first; the last is the one it writes. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [VERSION_1, VERSION_2, VERSION_3, VERSION_4];

/** The newest data version in `versions`. */
export function latestVersion(versions: readonly SchemaVersion[]): number {
  return versions.reduce((latest, entry) => Math.max(latest, entry.version), 0);
}

/** Declares every version on `db`; each upgrade also records its version in the meta table. */
export function defineSchema(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const entry of versions) {
    db.version(entry.version)
      .stores({ ...entry.stores })
      .upgrade(async (transaction) => {
        await entry.upgrade?.(transaction);
        await recordDataVersion(transaction.table('meta'), entry.version);
      });
  }
  // A new database gets the latest schema at once, without upgrades: record its version here.
  db.on('populate', (transaction) => recordDataVersion(transaction.table('meta'), latestVersion(versions)));
}
