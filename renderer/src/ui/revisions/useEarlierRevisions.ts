/**
 * Where a revision shown in "What changed" stands in its family, for carrying notes: the
 * current revision takes the notes of every revision before it (those still waiting for review
 * on Rev.0 as well as Rev.1's), so their reports are loaded; an older revision takes none (notes
 * go to the current one, never to a revision already superseded), and the view points there.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import type { Report } from '../../core/report/types';
import { useKnowledgeBase, useKnowledgeBaseStore } from '../data/KnowledgeBaseContext';
import { messageOf } from '../feedback/errorMessage';
import { useRevisionPlaces } from './RevisionMark';

export type EarlierRevisions =
  /** `reports`: every revision before it, oldest first (undefined while they load). */
  | { readonly kind: 'current'; readonly reports: readonly Report[] | undefined; readonly error: string | undefined }
  /** A revision that is no longer current: `current` is, and `currentPrevious` is the one before it. */
  | { readonly kind: 'older'; readonly current: LibraryEntry; readonly currentPrevious: LibraryEntry | undefined };

const noDocuments: readonly LibraryEntry[] = [];
const noReports: readonly Report[] = [];

/** How notes are carried to `after` (see above). */
export function useEarlierRevisions(after: Report): EarlierRevisions {
  const state = useKnowledgeBase();
  const store = useKnowledgeBaseStore();
  const documents = state.status === 'ready' ? state.knowledgeBase.documents : noDocuments;
  const documentById = state.status === 'ready' ? state.knowledgeBase.documentById : undefined;
  const places = useRevisionPlaces(documents);
  const place = places.get(after.meta.id);
  const current = place === undefined || place.currentId === after.meta.id ? undefined : documentById?.get(place.currentId);
  const currentPlace = current === undefined ? undefined : places.get(current.meta.id);
  const previousOfCurrent = currentPlace?.previousId === undefined ? undefined : documentById?.get(currentPlace.previousId);
  // A key, not the array: the library's list is composed afresh when a report is opened.
  const earlierKey = current === undefined ? (place?.earlierIds ?? []).join('\n') : '';
  const [loaded, setLoaded] = useState<{ readonly key: string; readonly reports?: readonly Report[]; readonly error?: string }>();
  useEffect(() => {
    if (earlierKey === '') return;
    let isCurrent = true;
    Promise.all(earlierKey.split('\n').map((id) => store.loadReport(id))).then(
      (reports) => {
        if (isCurrent) setLoaded({ key: earlierKey, reports });
      },
      (error: unknown) => {
        if (isCurrent) setLoaded({ key: earlierKey, error: messageOf(error) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [store, earlierKey]);
  // Apart, so that the earlier revisions (and the carry made from them) stay the same objects
  // when the library changes in ways that do not touch them.
  const answer = earlierKey !== '' && loaded?.key === earlierKey ? loaded : undefined;
  const asCurrent = useMemo(
    (): EarlierRevisions => ({ kind: 'current', reports: earlierKey === '' ? noReports : answer?.reports, error: answer?.error }),
    [earlierKey, answer],
  );
  const asOlder = useMemo(
    (): EarlierRevisions | undefined => (current === undefined ? undefined : { kind: 'older', current, currentPrevious: previousOfCurrent }),
    [current, previousOfCurrent],
  );
  return asOlder ?? asCurrent;
}
