/**
 * Where a document stands among its revisions, in the library's card and the reader's header:
 * current or older, with a link to "What changed" since the revision before it, or to the
 * current revision; a current revision also says how many notes on the revisions before it
 * wait for review, linking to the review.
 */
import '../../styles/revisions.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { awaitingOnCurrent, earlierRevisionsOfCurrent } from '../../core/revisions/notesToReview';
import { revisionLabel, revisionPlaces, type RevisionPlace } from '../../core/revisions/revisionFamilies';
import { notesRepository } from '../../db/appRepositories';
import { readNotesToReview } from '../../db/liveQueries';
import { useKnowledgeBase } from '../data/KnowledgeBaseContext';
import { useLiveRead } from '../data/useLiveRead';
import { formatRoute } from '../routing/route';

/** Each document's place among its revisions, for the documents of the library. */
export function useRevisionPlaces(documents: readonly LibraryEntry[]): ReadonlyMap<string, RevisionPlace> {
  return useMemo(() => revisionPlaces(documents.map((entry) => entry.meta)), [documents]);
}

/**
 * For each current revision among `places`, how many notes on the revisions before it wait for
 * review (core/revisions/notesToReview.ts): notes left on Rev.0 count on Rev.2 as well as those
 * on Rev.1, since both are carried to it. One live read for every family shown.
 */
export function useNotesToReview(places: ReadonlyMap<string, RevisionPlace>): ReadonlyMap<string, number> {
  const earlierByCurrent = useMemo(() => earlierRevisionsOfCurrent(places), [places]);
  // A key, not the array: the library's list is composed afresh on every change (a report opened),
  // and the live read should start again only when the revisions themselves change.
  const earlierIds = [...new Set([...earlierByCurrent.values()].flat())].sort().join('\n');
  const read = useLiveRead(() => (earlierIds === '' ? null : readNotesToReview(notesRepository(), earlierIds.split('\n'))), [earlierIds]);
  const counts = read.value;
  return useMemo(() => (counts === undefined ? new Map<string, number>() : awaitingOnCurrent(earlierByCurrent, counts)), [counts, earlierByCurrent]);
}

interface RevisionMarkProps {
  readonly reportId: string;
  readonly place: RevisionPlace | undefined;
  readonly documentById: ReadonlyMap<string, LibraryEntry>;
  /** In the reader: an older revision says so in a sentence, not a badge. */
  readonly isInReader?: boolean;
  /** For a current revision: how many notes on the revisions before it wait for review. */
  readonly toReview?: number;
}

export function RevisionMark({ reportId, place, documentById, isInReader = false, toReview = 0 }: RevisionMarkProps) {
  const { t } = useTranslation();
  const meta = documentById.get(reportId)?.meta;
  if (place === undefined || meta === undefined) return null;
  const revision = revisionLabel(meta);
  const previous = place.previousId === undefined ? undefined : documentById.get(place.previousId)?.meta;
  const current = documentById.get(place.currentId)?.meta;
  const isCurrent = place.currentId === reportId;
  const whatChanged =
    previous === undefined ? null : (
      <a className="what-changed-link" href={formatRoute({ name: 'changes', oldId: previous.id, newId: reportId })}>
        {t('revisions.library.whatChanged', { revision: revisionLabel(previous) })}
      </a>
    );
  if (isCurrent || current === undefined) {
    return (
      <p className="revision-mark" data-revision-state="current">
        {isInReader ? null : (
          <span className="revision-badge" data-current="true">
            {t('revisions.library.current', { revision })}
          </span>
        )}
        {whatChanged}
        {toReview > 0 && previous !== undefined ? (
          <a className="notes-to-review" href={formatRoute({ name: 'changes', oldId: previous.id, newId: reportId })}>
            {/* The count is the sum over every earlier revision: name one only when there is one. */}
            {place.earlierIds.length > 1
              ? t('revisions.review.waitingEarlier', { count: toReview })
              : t('revisions.review.waiting', { count: toReview, revision: revisionLabel(previous) })}
          </a>
        ) : null}
      </p>
    );
  }
  const readCurrent = (
    <a className="current-revision-link" href={formatRoute({ name: 'report', reportId: current.id })}>
      {isInReader ? t('revisions.reader.readCurrent', { revision: revisionLabel(current) }) : t('revisions.library.readCurrent', { revision: revisionLabel(current) })}
    </a>
  );
  return (
    <p className={isInReader ? 'revision-mark notice' : 'revision-mark'} data-revision-state="older">
      {isInReader ? (
        <span>{t('revisions.reader.olderNotice', { revision, current: revisionLabel(current) })}</span>
      ) : (
        <span className="revision-badge" data-current="false">
          {t('revisions.library.older', { revision })}
        </span>
      )}
      {readCurrent}
      {whatChanged}
    </p>
  );
}

/** The reader's revision mark for `reportId`, from the library the app has loaded. */
export function ReaderRevisionMark({ reportId }: { reportId: string }) {
  const state = useKnowledgeBase();
  const documents = state.status === 'ready' ? state.knowledgeBase.documents : [];
  const places = useRevisionPlaces(documents);
  const place = places.get(reportId);
  const own = useMemo(() => new Map(place === undefined ? [] : [[reportId, place]]), [reportId, place]);
  const toReview = useNotesToReview(own).get(reportId);
  if (state.status !== 'ready') return null;
  return <RevisionMark reportId={reportId} place={place} documentById={state.knowledgeBase.documentById} isInReader toReview={toReview} />;
}
