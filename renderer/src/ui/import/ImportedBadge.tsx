/** "Imported 4 Dec 2026" on a library card: which documents the delegate added, and when. */
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { useDateText } from './useDocumentImport';

export function ImportedBadge({ entry }: { entry: LibraryEntry }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  if (entry.origin !== 'imported' || entry.addedAt === undefined) return null;
  return <p className="imported-badge">{t('documentImport.badge', { date: dateText(entry.addedAt) })}</p>;
}
