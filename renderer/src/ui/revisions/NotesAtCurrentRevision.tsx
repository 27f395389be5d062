/**
 * In "What changed" between two revisions that are no longer current: notes are not carried to
 * a revision already superseded, so this says where they go and links to that review.
 */
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { revisionLabel } from '../../core/revisions/revisionFamilies';
import { formatRoute } from '../routing/route';

interface NotesAtCurrentRevisionProps {
  readonly current: LibraryEntry;
  /** The revision before the current one, whose "What changed" holds the review. */
  readonly currentPrevious: LibraryEntry | undefined;
}

export function NotesAtCurrentRevision({ current, currentPrevious }: NotesAtCurrentRevisionProps) {
  const { t } = useTranslation();
  const revision = revisionLabel(current.meta);
  return (
    <p className="notes-at-current">
      {t('revisions.review.atCurrent', { revision })}{' '}
      {currentPrevious === undefined ? null : (
        <a href={formatRoute({ name: 'changes', oldId: currentPrevious.meta.id, newId: current.meta.id })}>{t('revisions.heading', { newRevision: revision })}</a>
      )}
    </p>
  );
}
