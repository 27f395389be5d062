/**
 * Creates the app's one import session (files read in the import worker, saved through the
 * documents repository, handed to the knowledge base) and shows what every page needs while
 * importing: the drop overlay, the progress panel and the duplicate question.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { documentsRepository } from '../../db/appRepositories';
import { useKnowledgeBase, useKnowledgeBaseStore } from '../data/KnowledgeBaseContext';
import { createWorkerReader } from './documentReader';
import { DropOverlay } from './DropOverlay';
import { DuplicateDialog } from './DuplicateDialog';
import { ImportPanel } from './ImportPanel';
import { ImportSession, type ImportSessionDependencies } from './importSession';
import { ImportSessionContext } from './useDocumentImport';

/**
 * The documents repository, created when an import first needs it: creating it defines the
 * database's schema, work the first render of the page need not wait for.
 */
const documentsOnFirstUse: ImportSessionDependencies['documents'] = {
  addDocument: (...args) => documentsRepository().addDocument(...args),
  addRevision: (...args) => documentsRepository().addRevision(...args),
  replaceDocument: (...args) => documentsRepository().replaceDocument(...args),
  findSame: (...args) => documentsRepository().findSame(...args),
  takenIds: (...args) => documentsRepository().takenIds(...args),
};

export function DocumentImportProvider({ children }: { children: ReactNode }) {
  const store = useKnowledgeBaseStore();
  const state = useKnowledgeBase();
  const hasLoaded = state.status !== 'loading';
  // A file dropped while the library loads waits for it (or for its failure: then no documents).
  const [loaded] = useState(() => {
    let resolve = (): void => undefined;
    const promise = new Promise<void>((settle) => (resolve = settle));
    return { promise, resolve: () => resolve() };
  });
  useEffect(() => {
    if (hasLoaded) loaded.resolve();
  }, [hasLoaded, loaded]);
  const [session] = useState(
    () =>
      new ImportSession({
        reader: createWorkerReader(document.baseURI),
        documents: documentsOnFirstUse,
        actions: store,
        // Read from the store when a file has been read, not from the last render: a revision
        // imported right after its previous one must find it in the library.
        libraryEntries: async () => {
          await loaded.promise;
          const current = store.getState();
          return current.status === 'ready' ? current.knowledgeBase.documents : [];
        },
        loadReport: (reportId) => store.loadReport(reportId),
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
