/**
 * What the UI reads live. Each function is a querier for Dexie's liveQuery, which re-runs it
 * whenever a write touches what it read, in this window and in every other window or tab on the
 * same database (Dexie 4 propagates changes between them with BroadcastChannel), so two windows
 * stay consistent without polling (Dexie docs, "liveQuery()"). Components pass them to
 * dexie-react-hooks' `useLiveQuery` (through ui/data/useLiveRead.ts); the UI never imports
 * Dexie itself.
 */
import type { NoteFilter, NoteOrder, UnitOrder } from '../core/notes/noteFilters';
import type { TagCount } from '../core/notes/tags';
import { notesAwaitingReview } from '../core/revisions/notesToReview';
import type { Link, Note } from '../core/notes/types';
import type { LinksRepository } from './linksRepository';
import type { NotesRepository } from './notesRepository';

/**
 * A report's live notes in document order (notes panel, highlights). Each answer leaves a
 * performance mark, so the benchmark and the browser's profiler can tell reading from rendering.
 */
export async function readReportNotes(notes: NotesRepository, reportId: string, order: UnitOrder): Promise<Note[]> {
  const listed = await notes.listForReport(reportId, order);
  performance.mark('kb:report-notes-read', { detail: { reportId, count: listed.length } });
  return listed;
}

/**
 * Every note, tombstones included (the all-notes view). Filter and sort the result in memory
 * with core/notes' noteMatcher and sortNotes on each filter change: that costs a few
 * milliseconds for 10,000 notes, where a new query per keystroke would read them all again.
 */
export async function readAllNotes(notes: NotesRepository): Promise<Note[]> {
  const started = performance.now();
  const all = await notes.listAll();
  performance.measure('kb:all-notes-read', { start: started, detail: { count: all.length } });
  return all;
}

/**
 * The head of the all-notes list (NotesRepository.listRecent): what the view shows while
 * `readAllNotes` is still reading every note.
 */
export async function readRecentNotes(notes: NotesRepository, limit: number): Promise<Note[]> {
  const started = performance.now();
  const recent = await notes.listRecent(limit);
  performance.measure('kb:recent-notes-read', { start: started, detail: { count: recent.length } });
  return recent;
}

/** Notes matching a filter, queried by the repository (when only a few are needed). */
export function readNotes(notes: NotesRepository, filter: NoteFilter, by: NoteOrder, order?: UnitOrder): Promise<Note[]> {
  return notes.list(filter, by, order);
}

/**
 * One note, deleted or not (the note editor); `note` is undefined once it is gone. Wrapped in an
 * object so that a subscriber tells "not answered yet" (no value) from "gone".
 */
export async function readNote(notes: NotesRepository, id: string): Promise<{ readonly note: Note | undefined }> {
  return { note: await notes.get(id) };
}

/** The live notes on any of `reportIds` (the earlier revisions whose notes are carried to the current one). */
export function readNotesOnReports(notes: NotesRepository, reportIds: readonly string[]): Promise<Note[]> {
  return notes.listOnReports(reportIds);
}

/** How many notes await review on each of `reportIds` (older revisions), by report id. */
export async function readNotesToReview(notes: NotesRepository, reportIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
  return notesAwaitingReview(await notes.listOnReports(reportIds));
}

/** Tags with counts (completion, tag filter). */
export function readTags(notes: NotesRepository): Promise<TagCount[]> {
  return notes.tags();
}

/** Orphaned notes with their quotes. */
export function readOrphans(notes: NotesRepository): Promise<Note[]> {
  return notes.listOrphans();
}

/** Links from a unit and links to it (the reader's link list and backlinks). */
export async function readUnitLinks(links: LinksRepository, unitId: string): Promise<{ from: Link[]; to: Link[] }> {
  return { from: await links.listFromUnit(unitId), to: await links.listToUnit(unitId) };
}

/** Links from a note. */
export function readNoteLinks(links: LinksRepository, noteId: string): Promise<Link[]> {
  return links.listFromNote(noteId);
}

/** Every link, tombstones included (the export dialog). */
export function readAllLinks(links: LinksRepository): Promise<Link[]> {
  return links.listAll();
}
