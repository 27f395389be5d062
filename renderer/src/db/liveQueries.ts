/**
 * Observables the UI subscribes to. Dexie's liveQuery re-runs a query whenever a write touches
 * what it read, in this window and in every other window or tab on the same database (Dexie 4
 * propagates changes between them with BroadcastChannel), so two windows stay consistent
 * without polling (Dexie docs, "liveQuery()"). With React, pass the same functions
 * to dexie-react-hooks' useLiveQuery, or subscribe to these observables.
 */
import { liveQuery, type Observable } from 'dexie';
import type { NoteFilter, NoteOrder, UnitOrder } from '../core/notes/noteFilters';
import type { TagCount } from '../core/notes/tags';
import type { Link, Note } from '../core/notes/types';
import type { LinksRepository } from './linksRepository';
import type { NotesRepository } from './notesRepository';

/**
 * A report's live notes in document order (notes panel, highlights). Each answer leaves a
 * performance mark, so the benchmark and the browser's profiler can tell reading from rendering.
 */
export function observeReportNotes(notes: NotesRepository, reportId: string, order: UnitOrder): Observable<Note[]> {
  return liveQuery(async () => {
    const listed = await notes.listForReport(reportId, order);
    performance.mark('kb:report-notes-read', { detail: { reportId, count: listed.length } });
    return listed;
  });
}

/**
 * Every note, tombstones included (the all-notes view). Filter and sort the result in memory
 * with core/notes' noteMatcher and sortNotes on each filter change: that costs a few
 * milliseconds for 10,000 notes, where a new query per keystroke would read them all again.
 */
export function observeAllNotes(notes: NotesRepository): Observable<Note[]> {
  return liveQuery(async () => {
    const started = performance.now();
    const all = await notes.listAll();
    performance.measure('kb:all-notes-read', { start: started, detail: { count: all.length } });
    return all;
  });
}

/**
 * The head of the all-notes list (NotesRepository.listRecent): what the view shows while
 * `observeAllNotes` is still reading every note.
 */
export function observeRecentNotes(notes: NotesRepository, limit: number): Observable<Note[]> {
  return liveQuery(async () => {
    const started = performance.now();
    const recent = await notes.listRecent(limit);
    performance.measure('kb:recent-notes-read', { start: started, detail: { count: recent.length } });
    return recent;
  });
}

/** Notes matching a filter, queried by the repository (when only a few are needed). */
export function observeNotes(notes: NotesRepository, filter: NoteFilter, by: NoteOrder, order?: UnitOrder): Observable<Note[]> {
  return liveQuery(() => notes.list(filter, by, order));
}

/**
 * One note, deleted or not (the note editor); `note` is undefined once it is gone. Wrapped in an
 * object so that a subscriber tells "not answered yet" (no value) from "gone".
 */
export function observeNote(notes: NotesRepository, id: string): Observable<{ readonly note: Note | undefined }> {
  return liveQuery(async () => ({ note: await notes.get(id) }));
}

/** Tags with counts (completion, tag filter). */
export function observeTags(notes: NotesRepository): Observable<TagCount[]> {
  return liveQuery(() => notes.tags());
}

/** Orphaned notes with their quotes. */
export function observeOrphans(notes: NotesRepository): Observable<Note[]> {
  return liveQuery(() => notes.listOrphans());
}

/** Links from a unit and links to it (the reader's link list and backlinks). */
export function observeUnitLinks(links: LinksRepository, unitId: string): Observable<{ from: Link[]; to: Link[] }> {
  return liveQuery(async () => ({ from: await links.listFromUnit(unitId), to: await links.listToUnit(unitId) }));
}

/** Links from a note. */
export function observeNoteLinks(links: LinksRepository, noteId: string): Observable<Link[]> {
  return liveQuery(() => links.listFromNote(noteId));
}
