/**
 * Backups: every note and link (tombstones included, so that deletions travel) as one W3C
 * AnnotationCollection (core/notes/webAnnotation.ts), and the import that merges a backup or
 * a colleague's export back in. An import is all or nothing: the whole file is parsed and
 * validated before the database is touched, then the merge is computed and written in one
 * read-write transaction, so a bad file or a failed write changes nothing.
 */
import { mergeLinks, mergeNotes, type MergeSummary } from '../core/notes/mergeNotes';
import { parseBackupText } from '../core/notes/parseAnnotationCollection';
import type { Link, Note } from '../core/notes/types';
import { tagSpeller } from '../core/notes/tags';
import { toAnnotationCollection } from '../core/notes/webAnnotation';
import { clockWith, type Clock } from './clock';
import type { KbDatabase } from './kbDatabase';
import { writeTransaction } from './writeTransaction';

/** What an import did to notes and to links. */
export interface ImportSummary {
  readonly formatVersion: number;
  readonly notes: MergeSummary;
  readonly links: MergeSummary;
}

/** Every note and link as the text of a backup file (pretty-printed JSON). */
export async function exportBackup(db: KbDatabase, clock: Partial<Clock> = {}): Promise<string> {
  const time = clockWith(clock);
  // One read transaction: notes and links from the same moment, even with another window writing.
  const [notes, links] = await db.transaction('r', db.notes, db.links, () => Promise.all([db.notes.toArray(), db.links.toArray()]));
  const collection = toAnnotationCollection(notes, links, {
    collectionId: time.newId(),
    pageId: time.newId(),
    generated: time.now(),
  });
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** A file name for a backup made at `isoTime`, e.g. itu-council-kb-notes-2017-05-15.json. */
export function backupFileName(isoTime: string): string {
  return `itu-council-kb-notes-${isoTime.slice(0, 10)}.json`;
}

/**
 * Merges a backup file's text into the database: same id → the newer `updatedAt` wins,
 * tombstones delete, new records are added. Rejects with BackupFormatError (nothing written)
 * for an invalid file, with NoteWriteError (nothing written) when the write fails.
 */
export async function importBackup(db: KbDatabase, text: string): Promise<ImportSummary> {
  const content = parseBackupText(text);
  return writeTransaction(db, [db.notes, db.links], async () => {
    const [localNotes, localLinks, storedTags] = await Promise.all([
      db.notes.bulkGet(content.notes.map((note) => note.id)),
      db.links.bulkGet(content.links.map((link) => link.id)),
      db.notes.orderBy('tags').uniqueKeys(),
    ]);
    // Incoming tags take the local spelling of the same tag before comparing, so the
    // database keeps one spelling per tag (see NotesRepository) and merging a colleague's
    // "cop" into my "COP" neither duplicates the tag nor flips it back and forth.
    const spell = tagSpeller(storedTags.filter((tag) => typeof tag === 'string'));
    const incoming = content.notes.map((note) => ({ ...note, tags: spell(note.tags) }));
    const notes = mergeNotes(byId(localNotes), incoming);
    const links = mergeLinks(byId(localLinks), content.links);
    if (notes.toWrite.length > 0) await db.notes.bulkPut([...notes.toWrite]);
    if (links.toWrite.length > 0) await db.links.bulkPut([...links.toWrite]);
    return { formatVersion: content.formatVersion, notes: notes.summary, links: links.summary };
  });
}

function byId<T extends Note | Link>(records: ReadonlyArray<T | undefined>): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (record !== undefined) map.set(record.id, record);
  return map;
}
