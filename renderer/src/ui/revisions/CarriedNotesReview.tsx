/**
 * The review of notes carried to a new revision: each note that did not land exactly, with the
 * paragraph of the revision it was made on (Rev.0 or Rev.1, when both are before it) and the new
 * paragraph side by side, and the three choices — keep it where it landed, move it to another
 * paragraph, or leave it on the revision it was made on.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, Unit } from '../../core/report/types';
import type { CarriedNote } from '../../core/revisions/carryNotes';
import { noteExcerpt } from '../../core/notes/noteExcerpt';
import { useListText } from '../i18n/useListText';
import { unitPlace } from '../text/unitLabel';
import type { CarriedNotesState, ReviewChoice } from './useCarriedNotes';

interface CarriedNotesReviewProps {
  readonly state: CarriedNotesState;
  readonly after: Report;
  readonly oldRevision: string;
  readonly newRevision: string;
}

/** The text with the first occurrence of `quote` in <mark>. */
function QuotedText({ text, quote, language }: { text: string; quote: string | undefined; language: string }) {
  const at = quote === undefined || quote === '' ? -1 : text.indexOf(quote);
  if (at === -1 || quote === undefined) return <p lang={language}>{text}</p>;
  return (
    <p lang={language}>
      {text.slice(0, at)}
      <mark>{quote}</mark>
      {text.slice(at + quote.length)}
    </p>
  );
}

export function CarriedNotesReview({ state, after, oldRevision, newRevision }: CarriedNotesReviewProps) {
  const { t } = useTranslation();
  const listText = useListText();
  const eitherText = useListText('disjunction');
  const { review, carriedCount } = state;
  if (review === undefined && state.error === undefined) return null;
  if (review !== undefined && review.length === 0 && carriedCount === 0) return null;
  // Notes may come from several earlier revisions: each is named where it matters.
  const fromRevisions = state.fromRevisions.length === 0 ? [oldRevision] : state.fromRevisions;
  return (
    <section className="carried-notes" aria-labelledby="carried-notes-heading">
      <h2 id="carried-notes-heading">{t('revisions.review.heading', { revision: listText(fromRevisions) })}</h2>
      {carriedCount > 0 ? <p className="carried-count">{t('revisions.review.carried', { count: carriedCount, revision: newRevision })}</p> : null}
      {state.error === undefined ? null : (
        <p role="alert" className="notice">
          {t('revisions.review.failed', { message: state.error })}
        </p>
      )}
      {review === undefined ? null : review.length === 0 ? (
        <p role="status">{t('revisions.review.allDone')}</p>
      ) : (
        <>
          <p>{t('revisions.review.intro', { count: review.length, oldRevision: eitherText(fromRevisions), newRevision })}</p>
          {state.isReadOnly ? <p className="notice">{t('revisions.review.readOnly')}</p> : null}
          <ul className="carried-list" aria-label={t('revisions.review.listLabel')}>
            {review.map((carried) => (
              <CarriedNoteItem
                key={carried.before.id}
                carried={carried}
                after={after}
                newRevision={newRevision}
                isDisabled={state.isReadOnly || state.saving.has(carried.before.id)}
                onDecide={(choice) => state.decide(carried, choice)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface CarriedNoteItemProps {
  readonly carried: CarriedNote;
  readonly after: Report;
  readonly newRevision: string;
  readonly isDisabled: boolean;
  readonly onDecide: (choice: ReviewChoice) => void;
}

/**
 * The paragraphs of the new revision to move a note to: those its paragraph became first, then
 * (`isComplete`) all in order. A long report has a thousand paragraphs and the review may list a
 * hundred notes: each list is completed only when the delegate reaches for it.
 */
function moveTargets(carried: CarriedNote, after: Report, isComplete: boolean): Unit[] {
  const move = carried.actions.find((action) => action.kind === 'move');
  const suggested = new Set(move?.kind === 'move' ? move.suggestedUnitIds : []);
  const first = after.units.filter((unit) => suggested.has(unit.id));
  if (!isComplete && first.length > 0) return first;
  return [...first, ...after.units.filter((unit) => !suggested.has(unit.id))];
}

function CarriedNoteItem({ carried, after, newRevision, isDisabled, onDecide }: CarriedNoteItemProps) {
  const { t } = useTranslation();
  const [isListComplete, setListComplete] = useState(false);
  const targets = moveTargets(carried, after, isListComplete);
  const [moveTo, setMoveTo] = useState(targets[0]?.id ?? '');
  // Before the select opens (pointer) or takes keys (focus).
  const completeList = (): void => setListComplete(true);
  const { before, oldUnit, newUnit, oldRevision } = carried;
  const language = after.meta.language;
  const selectId = `move-${before.id}`;
  return (
    <li className="carried-note" data-status={carried.status} data-note={before.id} data-revision={oldRevision}>
      <p className="carried-status" data-status={carried.status}>
        {t(`revisions.review.status.${carried.status}`)}
      </p>
      <p className="carried-body">{before.body.trim() === '' ? t('revisions.review.emptyNote') : noteExcerpt(before.body, 200)}</p>
      <div className="carried-sides">
        <div className="carried-side" data-side="old">
          <h3>{t('revisions.review.oldSide', { revision: oldRevision, place: unitPlace(oldUnit?.number ?? before.target.unitId, t) })}</h3>
          <QuotedText text={oldUnit?.text ?? carried.oldQuote ?? ''} quote={carried.oldQuote} language={language} />
        </div>
        <div className="carried-side" data-side="new">
          {newUnit === undefined ? (
            <p>{t('revisions.review.notFound', { revision: newRevision })}</p>
          ) : (
            <>
              <h3>{t('revisions.review.newSide', { revision: newRevision, place: unitPlace(newUnit.number, t) })}</h3>
              <QuotedText text={newUnit.text} quote={carried.newQuote} language={language} />
            </>
          )}
        </div>
      </div>
      <div className="carried-actions">
        {newUnit === undefined ? null : (
          <button type="button" disabled={isDisabled} onClick={() => onDecide({ kind: 'confirm' })}>
            {t('revisions.review.confirm', { place: unitPlace(newUnit.number, t) })}
          </button>
        )}
        <span className="carried-move">
          <label htmlFor={selectId}>{t('revisions.review.moveTo')}</label>{' '}
          <select
            id={selectId}
            value={moveTo}
            disabled={isDisabled}
            onPointerDown={completeList}
            onFocus={completeList}
            onChange={(event) => setMoveTo(event.target.value)}
          >
            {targets.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unitPlace(unit.number, t)}
              </option>
            ))}
          </select>{' '}
          <button type="button" disabled={isDisabled || moveTo === ''} onClick={() => onDecide({ kind: 'move', unitId: moveTo })}>
            {t('revisions.review.move')}
          </button>
        </span>
        <button type="button" disabled={isDisabled} onClick={() => onDecide({ kind: 'keep' })}>
          {t('revisions.review.keep', { revision: oldRevision })}
        </button>
      </div>
    </li>
  );
}
