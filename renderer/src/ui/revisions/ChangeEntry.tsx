/** One entry of "What changed": its kind, where it is in each revision, a deep link, and the text with <ins>/<del>. */
import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../core/report/types';
import type { RevisionChange } from '../../core/revisions/types';
import { formatRoute } from '../routing/route';
import { unitPlace } from '../text/unitLabel';
import { drawnSegments } from './changeEntries';

interface ChangeEntryProps {
  readonly change: RevisionChange;
  /** 1-based, as in the deep link. */
  readonly position: number;
  readonly count: number;
  readonly oldId: string;
  readonly newId: string;
  readonly oldRevision: string;
  readonly language: string;
  readonly isCurrent: boolean;
}

function numbersOf(units: readonly Unit[]): string {
  return units.map((unit) => unit.number).join(' ');
}

export const ChangeEntry = memo(function ChangeEntry({ change, position, count, oldId, newId, oldRevision, language, isCurrent }: ChangeEntryProps) {
  const { t } = useTranslation();
  const places = (units: readonly Unit[]): string => units.map((unit) => unitPlace(unit.number, t)).join(', ');
  // Where it was is said only when it differs from where it is (or when it is gone).
  const hasOtherNumbers = change.old.length > 0 && numbersOf(change.old) !== numbersOf(change.new);
  const headingId = `change-${position}-heading`;
  return (
    <article
      className="change-entry"
      data-change={position}
      data-kind={change.kind}
      aria-labelledby={headingId}
      aria-current={isCurrent ? 'true' : undefined}
      tabIndex={-1}
    >
      <h2 id={headingId} className="change-heading">
        <span className="change-kind" data-kind={change.kind}>
          {t(`revisions.kinds.${change.kind}`)}
        </span>{' '}
        <span className="change-place">{change.new.length > 0 ? places(change.new) : places(change.old)}</span>
        {hasOtherNumbers && change.new.length > 0 ? (
          <span className="change-from"> ({t('revisions.from', { places: places(change.old), revision: oldRevision })})</span>
        ) : null}
      </h2>
      <p className="change-text" lang={language}>
        {/* Screen readers do not announce <ins> and <del>: a hidden word before each says which it is. */}
        {drawnSegments(change).map((segment, index) =>
          segment.op === 'insert' ? (
            <Fragment key={index}>
              <span className="visually-hidden">{`[${t('revisions.inserted')}]`}</span>
              <ins>{segment.text}</ins>
            </Fragment>
          ) : segment.op === 'delete' ? (
            <Fragment key={index}>
              <span className="visually-hidden">{`[${t('revisions.deleted')}]`}</span>
              <del>{segment.text}</del>
            </Fragment>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
      <p className="change-links">
        <a href={formatRoute({ name: 'changes', oldId, newId, change: position })} title={t('revisions.linkToChange')}>
          {t('revisions.position', { position, count })}
        </a>
        {change.new[0] === undefined ? null : (
          <>
            {' · '}
            <a href={formatRoute({ name: 'report', reportId: newId, unit: change.new[0].number })}>{places([change.new[0]])}</a>
          </>
        )}
      </p>
    </article>
  );
});
