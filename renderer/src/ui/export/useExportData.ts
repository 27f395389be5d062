/**
 * The delegate's notes and links, live: the read re-runs when a note or link changes, here or
 * in another window, so the preview follows edits made while the dialog is open. Errors (a
 * database that cannot open, data newer than the app) become a state the dialog shows, never
 * an exception thrown through rendering. The database opens only when the dialog does.
 */
import type { Link, Note } from '../../core/notes';
import { linksRepository, notesRepository, readAllLinks, readAllNotes } from '../../db';
import { useLiveRead } from '../data/useLiveRead';

export type ExportData =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly notes: readonly Note[]; readonly links: readonly Link[] }
  | { readonly status: 'failed'; readonly message: string };

/** Every note and link (tombstones included: the exporter leaves them out), kept up to date. */
export function useExportData(): ExportData {
  const { value, error } = useLiveRead(
    async () => ({ notes: await readAllNotes(notesRepository()), links: await readAllLinks(linksRepository()) }),
    [],
  );
  if (error !== undefined) return { status: 'failed', message: error };
  if (value === undefined) return { status: 'loading' };
  return { status: 'ready', notes: value.notes, links: value.links };
}
