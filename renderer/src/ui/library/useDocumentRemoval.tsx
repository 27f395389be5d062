/**
 * Removing imported documents with the app's Undo toast: the database marks them removed and the
 * knowledge base drops them from the library, reader, entities and search at once; Undo brings
 * the same documents back (nothing is read or indexed again). A document never undone is purged
 * at the next start (db/documentsAtStartUp.ts). Notes on it are never touched: they become orphans.
 * A card stands for a document with its language versions: one version or all of them go.
 */
import type { TFunction } from 'i18next';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { documentsRepository } from '../../db';
import { useKnowledgeBaseActions } from '../data/KnowledgeBaseContext';
import { useUndoToast } from '../feedback/useUndoToast';
import { useLanguageNames } from '../i18n/useLanguageNames';

/** What the delegate asked to remove from one card. */
export interface RemovalRequest {
  /** The versions to remove (imported ones: bundled reports ship with the app and stay). */
  readonly versions: readonly LibraryEntry[];
  /** The card's title, which the toast names. */
  readonly title: string;
  /** Every version of the card, or one version of several. */
  readonly isWholeDocument: boolean;
}

export interface DocumentRemoval {
  readonly remove: (request: RemovalRequest) => void;
  readonly toast: ReactNode;
}

export function useDocumentRemoval(): DocumentRemoval {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  const actions = useKnowledgeBaseActions();
  // The toast names what was last removed, in the interface language of the moment.
  const [last, setLast] = useState<RemovalRequest | undefined>(undefined);
  const { run, element } = useUndoToast({
    done: doneText(last, t, languageName),
    undo: t('documentRemoval.undo'),
    failed: (message) => t('documentRemoval.failed', { message }),
    variant: 'library',
  });

  const remove = useCallback(
    (request: RemovalRequest) => {
      const reportIds = request.versions.map((entry) => entry.meta.id);
      setLast(request);
      run(
        async () => {
          for (const reportId of reportIds) await documentsRepository().removeDocument(reportId);
          await actions.removeDocuments(reportIds);
        },
        async () => {
          const documents = [];
          for (const reportId of reportIds) documents.push(await documentsRepository().restoreDocument(reportId));
          await actions.addDocuments(documents);
        },
      );
    },
    [actions, run],
  );

  return { remove, toast: element };
}

function doneText(request: RemovalRequest | undefined, t: TFunction, languageName: (language: string) => string): string {
  if (request === undefined) return '';
  const { versions, title, isWholeDocument } = request;
  if (!isWholeDocument) return t('documentRemoval.removedVersion', { title, language: languageName(versions[0]?.meta.language ?? '') });
  return versions.length === 1 ? t('documentRemoval.removed', { title }) : t('documentRemoval.removedAll', { title, count: versions.length });
}
