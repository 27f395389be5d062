/**
 * "What changed": a revision of a report against the one before it (core/revisions'
 * diffRevisions), with the count of each kind of change, the review of the delegate's notes
 * carried over (to the current revision, from every revision before it; a comparison of two
 * older revisions points to the current one's), and the changed paragraphs word by word; J and
 * K step through them and each has its own link (`#/changes/<old>/<new>/<n>`).
 */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/report/types';
import { diffRevisions } from '../../core/revisions/diffRevisions';
import { revisionLabel } from '../../core/revisions/revisionFamilies';
import { CHANGE_KINDS } from '../../core/revisions/types';
import { formatRoute } from '../routing/route';
import { currentRoute, navigate } from '../routing/useRoute';
import { useFocusOnArrival } from '../shell/useFocusOnArrival';
import { CarriedNotesReview } from './CarriedNotesReview';
import { ChangeList } from './ChangeList';
import { listedChanges, steppedChange } from './changeEntries';
import { NotesAtCurrentRevision } from './NotesAtCurrentRevision';
import { useCarriedNotes } from './useCarriedNotes';
import { useEarlierRevisions } from './useEarlierRevisions';
import { useChangeKeys } from './useChangeKeys';

interface ChangesViewProps {
  readonly before: Report;
  readonly after: Report;
  /** The change the route points at (1-based). */
  readonly change: number | undefined;
}

export function ChangesView({ before, after, change }: ChangesViewProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const oldId = before.meta.id;
  const newId = after.meta.id;
  const oldRevision = revisionLabel(before.meta);
  const newRevision = revisionLabel(after.meta);
  const diff = useMemo(
    () => diffRevisions({ units: before.units, language: before.meta.language }, { units: after.units, language: after.meta.language }),
    [before, after],
  );
  const changes = useMemo(() => listedChanges(diff), [diff]);
  const earlier = useEarlierRevisions(after);
  // Notes go to the current revision from every revision before it; this comparison's own diff is reused.
  const sources = useMemo(
    () =>
      earlier.kind !== 'current' || earlier.reports === undefined
        ? null
        : earlier.reports.map((report) => ({ before: report, oldRevision: revisionLabel(report.meta), ...(report.meta.id === oldId ? { diff } : {}) })),
    [earlier, oldId, diff],
  );
  const carried = useCarriedNotes({ after, sources });
  const isChangeMissing = change !== undefined && change > changes.length;
  const current = isChangeMissing ? undefined : change;
  // The review above the list appears once the notes are read: the list brings its current
  // change into view only then, or the review would push it back out.
  const isReviewSettled = earlier.kind === 'older' || carried.review !== undefined || carried.error !== undefined || (earlier.kind === 'current' && earlier.error !== undefined);

  const step = useCallback(
    (direction: 1 | -1) => {
      // From the address as it is now, not from the last render: route changes render in a
      // transition, and a second J pressed before it must not step from the same place again.
      const route = currentRoute();
      const next = steppedChange(route.name === 'changes' ? route.change : undefined, direction, changes.length);
      // Replace, not push: stepping through fifty changes must not take fifty Backs to leave.
      if (next !== undefined) navigate({ name: 'changes', oldId, newId, change: next }, { replace: true });
    },
    [changes.length, oldId, newId],
  );
  useChangeKeys(step);

  return (
    <section className="changes" aria-labelledby="changes-heading">
      <h1 id="changes-heading" tabIndex={-1} ref={headingRef}>
        {t('revisions.heading', { newRevision })}
      </h1>
      <p className="changes-subtitle">
        {/* The sentence is the interface's (its direction too); the title in it is isolated in Arabic by i18n's escape. */}
        <span>{t('revisions.comparing', { title: after.meta.title, newRevision, oldRevision })}</span>{' '}
        <a href={formatRoute({ name: 'report', reportId: oldId })}>{t('revisions.readOld', { revision: oldRevision })}</a>
        {' · '}
        <a href={formatRoute({ name: 'report', reportId: newId })}>{t('revisions.readNew', { revision: newRevision })}</a>
      </p>
      <ul className="change-summary" aria-label={t('revisions.summaryLabel')}>
        {CHANGE_KINDS.filter((kind) => kind !== 'unchanged').map((kind) => (
          <li key={kind} data-kind={kind} data-count={diff.summary[kind]}>
            <span className="change-count">{diff.summary[kind]}</span> {t(`revisions.kinds.${kind}`)}
          </li>
        ))}
      </ul>
      {earlier.kind === 'older' ? (
        <NotesAtCurrentRevision current={earlier.current} currentPrevious={earlier.currentPrevious} />
      ) : (
        <CarriedNotesReview state={earlier.error === undefined ? carried : { ...carried, error: earlier.error }} after={after} oldRevision={oldRevision} newRevision={newRevision} />
      )}
      {isChangeMissing ? (
        <p role="alert" className="notice">
          {t('revisions.changeNotFound', { change, count: changes.length })}
        </p>
      ) : null}
      {changes.length === 0 ? (
        <p>{t('revisions.noChanges')}</p>
      ) : (
        <>
          <p className="field-hint changes-keys">{t('revisions.keysHint')}</p>
          <ChangeList
            changes={changes}
            current={isReviewSettled ? current : undefined}
            oldId={oldId}
            newId={newId}
            oldRevision={oldRevision}
            language={after.meta.language}
          />
        </>
      )}
    </section>
  );
}
