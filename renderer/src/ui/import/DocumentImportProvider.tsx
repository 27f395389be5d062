/**
 * Creates the app's one import session (files read in the import worker, saved through the
 * documents repository, handed to the knowledge base) and shows what every page needs while
 * importing: the drop overlay, the progress panel and the duplicate question.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { documentsRepository } from '../../db/appRepositories';
import { useKnowledgeBase, useKnowledgeBaseActions } from '../data/KnowledgeBaseContext';
import { createWorkerReader } from './documentReader';
import { DropOverlay } from './DropOverlay';
import { DuplicateDialog } from './DuplicateDialog';
import { ImportPanel } from './ImportPanel';
import { ImportSession } from './importSession';
import { ImportSessionContext } from './useDocumentImport';

export function DocumentImportProvider({ children }: { children: ReactNode }) {
  const actions = useKnowledgeBaseActions();
  const state = useKnowledgeBase();
  const documents = state.status === 'ready' ? state.knowledgeBase.documents : null;
  const hasLoaded = state.status !== 'loading';
  // Read by the session when a file has been read, to ask about a bundled document of the same
  // key; a file dropped while the library loads waits for it (or for its failure: then none).
  const entries = useRef<readonly LibraryEntry[]>([]);
  const [loaded] = useState(() => {
    let resolve = (): void => undefined;
    const promise = new Promise<void>((settle) => (resolve = settle));
    return { promise, resolve: () => resolve() };
  });
  useEffect(() => {
    entries.current = documents ?? [];
    if (hasLoaded) loaded.resolve();
  }, [documents, hasLoaded, loaded]);
  const [session] = useState(
    () =>
      new ImportSession({
        reader: createWorkerReader(document.baseURI),
        documents: documentsRepository(),
        actions,
        libraryEntries: async () => {
          await loaded.promise;
          return entries.current;
        },
        now: () => new Date().toISOString(),
      }),
  );
  return (
    <ImportSessionContext value={session}>
      {children}
      <DropOverlay />
      <ImportPanel />
      <DuplicateDialog />
    </ImportSessionContext>
  );
}
