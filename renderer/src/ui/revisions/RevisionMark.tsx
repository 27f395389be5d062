/**
 * Where a document stands among its revisions, in the library's card and the reader's header:
 * current or older, with a link to "What changed" since the revision before it, or to the
 * current revision.
 */
import '../../styles/revisions.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { revisionLabel, revisionPlaces, type RevisionPlace } from '../../core/revisions/revisionFamilies';
import { isKeptOnEarlierRevision } from '../../core/notes/reanchorNotes';
import { notesRepository } from '../../db/appRepositories';
import { readNotes } from '../../db/liveQueries';
import { useKnowledgeBase } from '../data/KnowledgeBaseContext';
import { useLiveRead } from '../data/useLiveRead';
import { formatRoute } from '../routing/route';

/** Each document's place among its revisions, for the documents of the library. */
export function useRevisionPlaces(documents: readonly LibraryEntry[]): ReadonlyMap<string, RevisionPlace> {
  return useMemo(() => revisionPlaces(documents.map((entry) => entry.meta)), [documents]);
}

/**
 * How many live notes are still on `reportId` and not left there on purpose: on the revision
 * before the one being read, the notes "What changed" would carry over or ask about.
 */
function useNotesToCarry(reportId: string | undefined): number {
  const read = useLiveRead(
    () => (reportId === undefined ? null : readNotes(notesRepository(), { reportId }, 'document')),
    [reportId],
  );
  return read.value?.filter((note) => !isKeptOnEarlierRevision(note)).length ?? 0;
}

interface RevisionMarkProps {
  readonly reportId: string;
  readonly place: RevisionPlace | undefined;
  readonly documentById: ReadonlyMap<string, LibraryEntry>;
  /** In the reader: an older revision says so in a sentence, not a badge. */
  readonly isInReader?: boolean;
  /** In the reader of a current revision: how many notes are still on the previous one. */
  readonly waiting?: number;
}

export function RevisionMark({ reportId, place, documentById, isInReader = false, waiting = 0 }: RevisionMarkProps) {
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
        {waiting > 0 && previous !== undefined ? (
          <span className="notes-to-carry">{t('revisions.reader.notesToCarry', { count: waiting, revision: revisionLabel(previous) })}</span>
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
  // Only the reader counts the notes waiting on the previous revision: the library lists many documents.
  const waiting = useNotesToCarry(place?.currentId === reportId ? place.previousId : undefined);
  if (state.status !== 'ready') return null;
  return <RevisionMark reportId={reportId} place={place} documentById={state.knowledgeBase.documentById} isInReader waiting={waiting} />;
}
