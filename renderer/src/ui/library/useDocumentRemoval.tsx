/**
 * Removing an imported document with the app's Undo toast: the database marks it removed and the
 * knowledge base drops it from the library, reader, entities and search at once; Undo brings the
 * same document back (nothing is read or indexed again). A document never undone is purged at
 * the next start (db/documentsAtStartUp.ts). Notes on it are never touched: they become orphans.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { documentsRepository } from '../../db';
import { useKnowledgeBaseActions } from '../data/KnowledgeBaseContext';
import { useUndoToast } from '../feedback/useUndoToast';

export interface DocumentRemoval {
  readonly remove: (entry: LibraryEntry) => void;
  readonly toast: ReactNode;
}

export function useDocumentRemoval(): DocumentRemoval {
  const { t } = useTranslation();
  const actions = useKnowledgeBaseActions();
  // The toast names the document last removed.
  const [title, setTitle] = useState('');
  const { run, element } = useUndoToast({
    done: t('documentRemoval.removed', { title }),
    undo: t('documentRemoval.undo'),
    failed: (message) => t('documentRemoval.failed', { message }),
    variant: 'library',
  });

  const remove = useCallback(
    (entry: LibraryEntry) => {
      const reportId = entry.meta.id;
      setTitle(entry.meta.title);
      run(
        async () => {
          await documentsRepository().removeDocument(reportId);
          await actions.removeDocuments([reportId]);
        },
        async () => {
          const document = await documentsRepository().restoreDocument(reportId);
          await actions.addDocuments([document]);
        },
      );
    },
    [actions, run],
  );

  return { remove, toast: element };
}
