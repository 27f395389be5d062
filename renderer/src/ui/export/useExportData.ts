/**
 * The delegate's notes and links, live: Dexie's liveQuery re-runs when a note or link changes,
 * here or in another window, so the preview follows edits made while the dialog is open.
 * Errors (a database that cannot open, data newer than the app) become a state the dialog
 * shows, never an exception thrown through rendering.
 */
import { liveQuery, type Observable } from 'dexie';
import { useEffect, useState } from 'react';
import type { Link, Note } from '../../core/notes';
import { appDatabase, LinksRepository, NotesRepository, observeAllNotes } from '../../db';
import { messageOf } from '../feedback/errorMessage';

export type ExportData =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly notes: readonly Note[]; readonly links: readonly Link[] }
  | { readonly status: 'failed'; readonly message: string };

interface Repositories {
  readonly notes: NotesRepository;
  readonly links: LinksRepository;
}

let repositories: Repositories | undefined;

// Created on first use, not at import: the database opens only when the dialog does.
function exportRepositories(): Repositories {
  const db = appDatabase();
  repositories ??= { notes: new NotesRepository(db), links: new LinksRepository(db) };
  return repositories;
}

function observeAllLinks(links: LinksRepository): Observable<Link[]> {
  return liveQuery(() => links.listAll());
}


/** Every note and link (tombstones included: the exporter leaves them out), kept up to date. */
export function useExportData(): ExportData {
  const [notes, setNotes] = useState<readonly Note[] | undefined>(undefined);
  const [links, setLinks] = useState<readonly Link[] | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  useEffect(() => {
    const { notes: notesRepository, links: linksRepository } = exportRepositories();
    const onError = (error: unknown): void => setFailure(messageOf(error));
    const notesSubscription = observeAllNotes(notesRepository).subscribe({ next: setNotes, error: onError });
    const linksSubscription = observeAllLinks(linksRepository).subscribe({ next: setLinks, error: onError });
    return () => {
      notesSubscription.unsubscribe();
      linksSubscription.unsubscribe();
    };
  }, []);

  if (failure !== undefined) return { status: 'failed', message: failure };
  if (notes === undefined || links === undefined) return { status: 'loading' };
  return { status: 'ready', notes, links };
}
