/**
 * The library: one card per document with its language versions (core/versions/documentCards.ts),
 * its metadata, and where reading left off (from library.json: no units needed).
 */
import { memo, startTransition, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { countOverVersions, revisionLineVersion } from '../../core/versions/documentCards';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { AddDocumentsButton } from '../import/AddDocumentsButton';
import { readingPositions } from '../reader/readingPositions';
import { useRoute } from '../routing/useRoute';
import { useFocusOnArrival } from '../shell/useFocusOnArrival';
import { useRevealedCount } from '../shell/useRevealedCount';
import { useNotesToReview, useRevisionPlaces } from '../revisions/RevisionMark';
import { ReportCard, type ResumePlace } from './ReportCard';
import { libraryCardsNow, whenLibraryCardsMade } from './libraryCards';
import { useDocumentRemoval } from './useDocumentRemoval';

function storedPositions(): ReadonlyMap<string, string> {
  try {
    return readingPositions(window.localStorage);
  } catch {
    // Storage disabled: no positions to offer.
    return new Map();
  }
}

/** Where reading left off in the shown version, else in the first version (UN order) read. */
function resumePlace(versions: readonly LibraryEntry[], shown: LibraryEntry, positions: ReadonlyMap<string, string>): ResumePlace | undefined {
  for (const entry of [shown, ...versions]) {
    const unit = positions.get(entry.meta.id);
    if (unit !== undefined) return { reportId: entry.meta.id, unit };
  }
  return undefined;
}

/**
 * The library's cards, or null while a long library's are still being made (libraryCards.ts);
 * re-renders once they are. Only the list the view opened with may wait so: a later change (a
 * removal and its undo, an import) changes a list the delegate is working in, and is shown at once.
 */
function useLibraryCards(documents: readonly LibraryEntry[], language: string) {
  const [, cardsMade] = useReducer((count: number) => count + 1, 0);
  const [openedWith] = useState(documents);
  const cards = libraryCardsNow(documents, language, documents === openedWith ? undefined : Number.POSITIVE_INFINITY);
  const isMade = cards !== null;
  // In a transition, as the library's arrival is (useKnowledgeBase): its cards render a slice at a time, never holding up a key pressed meanwhile.
  useEffect(() => (isMade ? undefined : whenLibraryCardsMade(documents, language, () => startTransition(cardsMade))), [isMade, documents, language]);
  return cards;
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
  const languageName = useLanguageNames();
  const [uiLanguage] = useUiLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const removal = useDocumentRemoval();
  // Read once per render of the library, not once per report.
  const positions = useMemo(() => storedPositions(), []);
  const cards = useLibraryCards(documents, uiLanguage);
  // A search typed as the library arrives leaves the library before it is shown: React renders
  // one transition at a time and goes on with one it has begun, so the library's arrival was
  // committed before the route's change to search, and its cards were put in the page only to be
  // taken down, among the first keystrokes. This view's reading of the route starts from the live
  // one: it lists no cards until the route is the library's.
  const isBeingLeft = useRoute().name !== 'library';
  const revisions = useRevisionPlaces(documents);
  const notesToReview = useNotesToReview(revisions);
  // A long library is listed a part at a time (useRevealedCount): its start-up renders what a window shows.
  const revealed = useRevealedCount(cards?.length ?? 0);
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

  const heading = (
    <h1 id="library-heading" tabIndex={-1} ref={headingRef}>
      {t('library.heading')}
    </h1>
  );
  if (cards === null || isBeingLeft) {
    return (
      <section className="library" aria-labelledby="library-heading" aria-busy="true">
        {heading}
        {cards === null ? (
          <p className="loading" role="status">
            {t('libraryList.preparing')}
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section className="library" aria-labelledby="library-heading">
      {heading}
      <p className="library-intro">{cards.length === 0 ? t('library.empty') : t('library.intro', { count: cards.length })}</p>
      <AddDocumentsButton />
      <ul className="report-list" ref={listRef}>
        {cards.slice(0, revealed.count).map((card) => {
          const { versions, shown } = card;
          const marked = revisionLineVersion(card, (reportId) => revisions.has(reportId), notesToReview);
          return (
            <ReportCard
              key={card.key}
              versions={versions}
              shown={shown}
              resume={resumePlace(versions, shown, positions)}
              markedId={marked?.meta.id}
              place={marked === undefined ? undefined : revisions.get(marked.meta.id)}
              toReview={countOverVersions(versions, notesToReview)}
              documentById={documentById}
              onRemove={removal.remove}
              t={t}
              languageName={languageName}
            />
          );
        })}
      </ul>
      {revealed.next > 0 ? (
        <p className="library-more" ref={revealed.endRef}>
          <button type="button" className="link-button" onClick={showMore}>
            {t('libraryList.showMore', { count: cards.length - revealed.count })}
          </button>
        </p>
      ) : null}
      {removal.toast}
    </section>
  );
});
