/** The library: every document with its metadata, and where reading left off (from library.json: no units needed). */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { AddDocumentsButton } from '../import/AddDocumentsButton';
import { readingPositions } from '../reader/readingPositions';
import { useFocusOnArrival } from '../shell/useFocusOnArrival';
import { useRevealedCount } from '../shell/useRevealedCount';
import { useNotesToReview, useRevisionPlaces } from '../revisions/RevisionMark';
import { ReportCard } from './ReportCard';
import { useDocumentRemoval } from './useDocumentRemoval';

function storedPositions(): ReadonlyMap<string, string> {
  try {
    return readingPositions(window.localStorage);
  } catch {
    // Storage disabled: no positions to offer.
    return new Map();
  }
}

/** Memoised: typing in the search box re-renders the app, and a long library must not follow. */
export const LibraryView = memo(function LibraryView({
  documents,
  documentById,
}: {
  documents: readonly LibraryEntry[];
  documentById: ReadonlyMap<string, LibraryEntry>;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const removal = useDocumentRemoval();
  // Read once per render of the library, not once per report.
  const positions = useMemo(storedPositions, []);
  const revisions = useRevisionPlaces(documents);
  const notesToReview = useNotesToReview(revisions);
  // A long library is listed a part at a time (useRevealedCount): its start-up renders what a window shows.
  const revealed = useRevealedCount(documents.length);
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const showMore = (): void => {
    focusFrom.current = revealed.count;
    revealed.more();
  };
  useEffect(() => {
    // After the button, focus goes to the first card it added, where keyboard reading goes on.
    if (focusFrom.current === null || focusFrom.current >= revealed.count) return;
    listRef.current?.children[focusFrom.current]?.querySelector('a')?.focus();
    focusFrom.current = null;
  }, [revealed.count]);

  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading" tabIndex={-1} ref={headingRef}>
        {t('library.heading')}
      </h1>
      <p className="library-intro">{documents.length === 0 ? t('library.empty') : t('library.intro', { count: documents.length })}</p>
      <AddDocumentsButton />
      <ul className="report-list" ref={listRef}>
        {documents.slice(0, revealed.count).map((entry) => (
          <ReportCard
            key={entry.meta.id}
            entry={entry}
            position={positions.get(entry.meta.id)}
            place={revisions.get(entry.meta.id)}
            toReview={notesToReview.get(entry.meta.id)}
            documentById={documentById}
            onRemove={removal.remove}
          />
        ))}
      </ul>
      {revealed.next > 0 ? (
        <p className="library-more" ref={revealed.endRef}>
          <button type="button" className="link-button" onClick={showMore}>
            {t('libraryList.showMore', { count: documents.length - revealed.count })}
          </button>
        </p>
      ) : null}
      {removal.toast}
    </section>
  );
});
