/**
 * The delegate's notes on the earlier revisions, carried to the current one (core/revisions'
 * carryNotesAcross): notes that land exactly are stored on the current revision at once (with a
 * record of where they stood); every other note stays on the revision it was made on until the
 * delegate decides, and each decision is stored as it is made (NotesRepository.saveCarried).
 * Nothing is moved silently.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { carryNotesAcross, confirmCarriedNote, keepOnOldRevision, moveCarriedNote, type CarriedNote, type CarrySource } from '../../core/revisions/carryNotes';
import { diffRevisions } from '../../core/revisions/diffRevisions';
import { isAwaitingReview } from '../../core/revisions/notesToReview';
import { notesRepository } from '../../db/appRepositories';
import { readNotesOnReports } from '../../db/liveQueries';
import type { CarriedDecision } from '../../db/notesRepository';
import { useLiveRead } from '../data/useLiveRead';
import { messageOf } from '../feedback/errorMessage';
import { useNotesReadOnly } from '../notes/ReadOnlyBanner';

/** What the delegate chose for one note under review. */
export type ReviewChoice = { readonly kind: 'confirm' } | { readonly kind: 'move'; readonly unitId: string } | { readonly kind: 'keep' };

export interface CarriedNotesState {
  /** The notes to review, in the new revision's reading order; undefined until the notes are read. */
  readonly review: readonly CarriedNote[] | undefined;
  /** Notes carried without asking in this visit. */
  readonly carriedCount: number;
  /** The labels of the revisions the notes carried or to review come from ("Rev.0"), oldest first. */
  readonly fromRevisions: readonly string[];
  readonly isReadOnly: boolean;
  /** Ids of notes whose decision is being written. */
  readonly saving: ReadonlySet<string>;
  readonly error: string | undefined;
  readonly decide: (carried: CarriedNote, choice: ReviewChoice) => void;
}

interface CarryRevisions {
  readonly after: Report;
  /** The revisions whose notes are carried to `after`, oldest first; null while they load, or when nothing is carried. */
  readonly sources: readonly CarrySource[] | null;
}

const noNotes: readonly Note[] = [];

function decisionOf(carried: CarriedNote, choice: ReviewChoice, after: Report): CarriedDecision {
  switch (choice.kind) {
    case 'confirm':
      return { before: carried.before, decide: (now) => confirmCarriedNote(carried, now) };
    case 'move':
      return { before: carried.before, decide: (now) => moveCarriedNote(carried, after, choice.unitId, now) };
    case 'keep':
      return { before: carried.before, decide: (now) => keepOnOldRevision(carried, now) };
  }
}

export function useCarriedNotes({ after, sources }: CarryRevisions): CarriedNotesState {
  const isReadOnly = useNotesReadOnly();
  const sourceIds = sources === null ? '' : sources.map((source) => source.before.meta.id).join('\n');
  const read = useLiveRead((): Promise<Note[]> | null => (sourceIds === '' ? null : readNotesOnReports(notesRepository(), sourceIds.split('\n'))), [sourceIds]);
  const notes = sources === null ? undefined : sources.length === 0 ? noNotes : read.value;
  // The revisions notes wait on, as a key: an earlier revision is compared with `after` only
  // when notes wait on it, and once, not again at each note written.
  const waitingKey = notes === undefined ? '' : [...new Set(notes.filter(isAwaitingReview).map((note) => note.target.reportId))].sort().join('\n');
  const compared = useMemo(
    () =>
      sources?.map((source) =>
        source.diff !== undefined || !waitingKey.split('\n').includes(source.before.meta.id)
          ? source
          : {
              ...source,
              diff: diffRevisions({ units: source.before.units, language: source.before.meta.language }, { units: after.units, language: after.meta.language }),
            },
      ),
    [sources, waitingKey, after],
  );
  const carry = useMemo(
    () => (notes === undefined || compared === undefined ? undefined : carryNotesAcross({ notes, sources: compared, after })),
    [notes, compared, after],
  );
  const [carriedIds, setCarriedIds] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | undefined>();

  // Exact landings need no review: stored on the new revision as soon as they are known. The
  // time of the note stays: carrying is not an edit by the delegate (as re-anchoring).
  const exact = useMemo(() => carry?.carried.filter((entry) => entry.status === 'exact') ?? [], [carry]);
  useEffect(() => {
    if (isReadOnly || exact.length === 0) return;
    let isCurrent = true;
    notesRepository()
      .saveCarried(exact.map((entry) => ({ before: entry.before, decide: () => confirmCarriedNote(entry, entry.before.updatedAt) })))
      .then(
        (saved) => {
          if (isCurrent) setCarriedIds((ids) => new Set([...ids, ...saved.map((note) => note.id)]));
        },
        (failure: unknown) => {
          if (isCurrent) setError(messageOf(failure));
        },
      );
    return () => {
      isCurrent = false;
    };
  }, [exact, isReadOnly]);

  const decide = useCallback(
    (carried: CarriedNote, choice: ReviewChoice) => {
      const id = carried.before.id;
      setSaving((ids) => new Set([...ids, id]));
      setError(undefined);
      notesRepository()
        .saveCarried([decisionOf(carried, choice, after)])
        .catch((failure: unknown) => setError(messageOf(failure)))
        .finally(() =>
          setSaving((ids) => {
            const next = new Set(ids);
            next.delete(id);
            return next;
          }),
        );
    },
    [after],
  );

  // Counted from the moment they are known, not once written, so that the line saying so does
  // not appear a moment later and push the list down under the delegate's eyes.
  const carriedCount = useMemo(
    () => new Set([...carriedIds, ...(isReadOnly ? [] : exact.map((entry) => entry.before.id))]).size,
    [carriedIds, exact, isReadOnly],
  );

  const fromRevisions = useMemo(() => {
    const labels = new Set(carry?.carried.map((entry) => entry.oldRevision));
    return (sources ?? []).map((source) => source.oldRevision).filter((label, index, all) => labels.has(label) && all.indexOf(label) === index);
  }, [carry, sources]);

  return {
    review: carry?.review,
    carriedCount,
    fromRevisions,
    isReadOnly,
    saving,
    error: error ?? read.error,
    decide,
  };
}
