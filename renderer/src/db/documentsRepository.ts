/**
 * The delegate's imported documents (schema version 3, issue 12): each LibraryDocument in one
 * row, its original file's bytes in another table, written together in one strict read-write
 * transaction so that an import is all or nothing. Removal only marks the row (`removedAt`):
 * the library hides it at once, undo clears the mark, and a later purge deletes it. Notes are
 * touched only to carry them to a new revision as it is added (addRevision); notes on a removed
 * document stay, as orphans with their quotes.
 */
import { sameDocumentKey, type LibraryDocument } from '../core/library/libraryDocument';
import type { Note } from '../core/notes/types';
import type { CarriedOnImport } from '../core/revisions/carryOnImport';
import { clockWith, type Clock } from './clock';
import type { KbDatabase } from './kbDatabase';
import { duplicateError, notFoundError } from './writeErrors';
import { writeTransaction } from './writeTransaction';

/** A row of the documents table. */
export interface DocumentRow {
  /** The report's id (`document.report.meta.id`). */
  readonly id: string;
  /** `sameDocumentKey(document.report.meta)`: symbol, language, revision. */
  readonly sameDocumentKey: string;
  /** ISO 8601 time the document entered the library. */
  readonly addedAt: string;
  /** Its place in the order added; a replacement keeps the place of the document it replaces. */
  readonly sequence: number;
  /** ISO 8601 time it was removed; null while it is in the library. */
  readonly removedAt: string | null;
  readonly document: LibraryDocument;
}

/** A row of the originals table: the file a document was imported from, as it was read. */
export interface OriginalFileRow {
  /** The report id of its document. */
  readonly id: string;
  readonly bytes: Uint8Array;
}

/**
 * The notes a new revision takes from the revision that was current until it came and from
 * the revisions before it, whose notes may still wait for review (core/revisions/carryOnImport.ts).
 */
export interface NotesCarry {
  /** The reports whose notes are carried, read in the same transaction as the document is written. */
  readonly fromReportIds: readonly string[];
  /** The notes to store, given every note on `fromReportIds` as stored at that moment. */
  readonly carry: (notes: readonly Note[]) => CarriedOnImport;
}

/**
 * Rows per read when the library is listed (listDocuments). Chromium deserialises a request's
 * rows as the page takes them, in one task: at start-up with 600 rows of 66 units, pages of 50
 * rows took 33–39 ms of CPU each, pages of 20 rows 34–43 ms of wall time under a trace (1.5–5 ms
 * a row). A row is never split: a 100-page document is one row, read in a task of its own.
 */
export const ROWS_PER_READ = 10;

function isLive(row: DocumentRow | undefined): row is DocumentRow {
  return row !== undefined && row.removedAt === null;
}

/** Imported documents in the database: add, replace, find the same document, remove and undo, purge. */
export class DocumentsRepository {
  private readonly clock: Clock;

  constructor(
    private readonly db: KbDatabase,
    clock: Partial<Clock> = {},
  ) {
    this.clock = clockWith(clock);
  }

  /** Runs `work` in one read-write transaction on documents and originals; rejects with NoteWriteError. */
  private write<T>(work: () => Promise<T>): Promise<T> {
    return writeTransaction(this.db, [this.db.documents, this.db.originals], work);
  }

  /** The row for `document` at `sequence`, stamped with the time it was added. */
  private rowFor(document: LibraryDocument, sequence: number): DocumentRow {
    const addedAt = document.addedAt ?? this.clock.now();
    return {
      id: document.report.meta.id,
      sameDocumentKey: sameDocumentKey(document.report.meta),
      addedAt,
      sequence,
      removedAt: null,
      document: { ...document, addedAt },
    };
  }

  /**
   * Writes the row and its original. Another live document with the same id is refused (keeping
   * both needs a new id, see takenIds); a removed one with that id is replaced, undo or not.
   */
  private async store(row: DocumentRow, original: Uint8Array): Promise<void> {
    if (isLive(await this.db.documents.get(row.id))) throw duplicateError(`document ${row.id}`);
    await this.db.documents.put(row);
    // A copy, so that a view on a larger buffer stores its own bytes, not the whole buffer.
    await this.db.originals.put({ id: row.id, bytes: original.slice() });
  }

  private async nextSequence(): Promise<number> {
    const last = await this.db.documents.orderBy('sequence').last();
    return (last?.sequence ?? 0) + 1;
  }

  /**
   * The documents in the library (not removed), in the order they were added. Read a page of
   * rows at a time, in one read-only transaction: IndexedDB hands over each request's rows in
   * one task of the main thread, and the 600 small documents of a library read at once held it
   * for 160 ms at start-up. Pages follow `sequence`, which is unique (each write takes the last
   * one plus one, or the place of the document it replaces).
   */
  async listDocuments(): Promise<LibraryDocument[]> {
    return this.db.transaction('r', this.db.documents, async () => {
      const documents: LibraryDocument[] = [];
      for (let after = Number.NEGATIVE_INFINITY; ; ) {
        const rows = await this.db.documents.where('sequence').above(after).limit(ROWS_PER_READ).toArray();
        for (const row of rows) if (isLive(row)) documents.push(row.document);
        const last = rows.at(-1);
        if (last === undefined || rows.length < ROWS_PER_READ) return documents;
        after = last.sequence;
      }
    });
  }

  /** Adds a document and its original file, both or neither; resolves once committed. */
  async addDocument(document: LibraryDocument, original: Uint8Array): Promise<void> {
    await this.write(async () => this.store(this.rowFor(document, await this.nextSequence()), original));
  }

  /**
   * Adds a new revision and carries notes to it, in one transaction: the document, its original
   * and the carried notes are all stored, or none of them (a full disk, data from a newer app).
   * The notes are read inside the transaction, so a note edited a moment before is carried as
   * edited. Resolves with what was carried once committed.
   */
  async addRevision(document: LibraryDocument, original: Uint8Array, notes: NotesCarry): Promise<CarriedOnImport> {
    return writeTransaction(this.db, [this.db.documents, this.db.originals, this.db.notes], async () => {
      await this.store(this.rowFor(document, await this.nextSequence()), original);
      const stored = await this.db.notes.where('target.reportId').anyOf([...notes.fromReportIds]).toArray();
      const carried = notes.carry(stored);
      if (carried.carried.length > 0) await this.db.notes.bulkPut([...carried.carried]);
      return carried;
    });
  }

  /**
   * Puts `document` in the place of the live document `oldReportId` (the same document, read
   * again), in one transaction: the old row and its original are deleted.
   */
  async replaceDocument(oldReportId: string, document: LibraryDocument, original: Uint8Array): Promise<void> {
    await this.write(async () => {
      const old = await this.db.documents.get(oldReportId);
      if (!isLive(old)) throw notFoundError(`document ${oldReportId}`);
      await this.db.documents.delete(oldReportId);
      await this.db.originals.delete(oldReportId);
      await this.store(this.rowFor(document, old.sequence), original);
    });
  }

  /** A document in the library that is the same document as `key` (`sameDocumentKey(meta)`) says, if any. */
  async findSame(key: string): Promise<LibraryDocument | undefined> {
    const rows = await this.db.documents.where('sameDocumentKey').equals(key).toArray();
    return rows.filter(isLive).sort((a, b) => a.sequence - b.sequence)[0]?.document;
  }

  /** Hides a document from the library at once; restoreDocument undoes it until it is purged. */
  async removeDocument(reportId: string): Promise<void> {
    await this.write(async () => {
      const row = await this.db.documents.get(reportId);
      if (row === undefined) throw notFoundError(`document ${reportId}`);
      if (row.removedAt !== null) return;
      await this.db.documents.put({ ...row, removedAt: this.clock.now() });
    });
  }

  /**
   * Brings a removed document back, in its old place, and resolves with it (for the knowledge
   * base to show it again); refused once it has been purged.
   */
  async restoreDocument(reportId: string): Promise<LibraryDocument> {
    return this.write(async () => {
      const row = await this.db.documents.get(reportId);
      if (row === undefined) throw notFoundError(`document ${reportId}`);
      if (row.removedAt !== null) await this.db.documents.put({ ...row, removedAt: null });
      return row.document;
    });
  }

  /**
   * Deletes for good the documents removed before `removedBefore` (every removed one when not
   * given) and their originals, once undo is no longer offered (the app does it at start-up).
   * Resolves with the ids purged. Notes on them stay.
   */
  async purgeRemovedDocuments(removedBefore?: string): Promise<string[]> {
    return this.write(async () => {
      const removed = this.db.documents.where('removedAt');
      const rows = await (removedBefore === undefined ? removed.above('') : removed.below(removedBefore)).toArray();
      const ids = rows.map((row) => row.id);
      await this.db.documents.bulkDelete(ids);
      await this.db.originals.bulkDelete(ids);
      return ids;
    });
  }

  /** The bytes of the file a document was imported from (removed documents too, until purged). */
  async originalFile(reportId: string): Promise<Uint8Array | undefined> {
    return (await this.db.originals.get(reportId))?.bytes;
  }

  /**
   * The id of every stored document, removed ones included (their rows keep the id until purged):
   * the ids "keep both" must avoid (core/library/keepBoth.ts' freeReportId).
   */
  async takenIds(): Promise<Set<string>> {
    return new Set(await this.db.documents.toCollection().primaryKeys());
  }
}
