/**
 * The one way the app writes: a read-write Dexie transaction that resolves only after it has
 * committed (strict durability is set on the database) and rejects with a NoteWriteError the
 * UI can show, whatever shape the underlying failure took.
 */
import type { Table } from 'dexie';
import type { KbDatabase } from './kbDatabase';
import { toNoteWriteError } from './writeErrors';

/** Runs `work` in one read-write transaction on `tables`; rejects with NoteWriteError. */
export async function writeTransaction<T>(db: KbDatabase, tables: Table[], work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables, work);
  } catch (error) {
    throw toNoteWriteError(error);
  }
}
