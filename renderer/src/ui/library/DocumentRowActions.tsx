/**
 * What a delegate can do with one document of the library beyond opening it: remove a document
 * they imported (no confirmation: the toast offers Undo). Bundled reports ship with the app and
 * stay. Its own component, so that the library's list and its actions change apart.
 */
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';

interface DocumentRowActionsProps {
  readonly entry: LibraryEntry;
  readonly onRemove: (entry: LibraryEntry) => void;
}

export function DocumentRowActions({ entry, onRemove }: DocumentRowActionsProps) {
  const { t } = useTranslation();
  if (entry.origin !== 'imported') return null;
  return (
    <div className="report-actions">
      <button type="button" className="link-button" aria-label={t('documentRemoval.removeLabel', { title: entry.meta.title })} onClick={() => onRemove(entry)}>
        {t('documentRemoval.remove')}
      </button>
    </div>
  );
}
