/**
 * The delegate's notes on an older revision, carried to the newer one (core/revisions'
 * carryNotes): notes that land exactly are stored on the new revision at once (with a record of
 * where they stood); every other note stays on the old revision until the delegate decides, and
 * each decision is stored as it is made (NotesRepository.saveCarried). Nothing is moved silently.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { carryNotes, confirmCarriedNote, keepOnOldRevision, moveCarriedNote, type CarriedNote } from '../../core/revisions/carryNotes';
import type { RevisionDiff } from '../../core/revisions/types';
import { notesRepository } from '../../db/appRepositories';
import { readNotes } from '../../db/liveQueries';
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
  readonly isReadOnly: boolean;
  /** Ids of notes whose decision is being written. */
  readonly saving: ReadonlySet<string>;
  readonly error: string | undefined;
  readonly decide: (carried: CarriedNote, choice: ReviewChoice) => void;
}

interface CarryRevisions {
  readonly before: Report;
  readonly after: Report;
  readonly oldRevision: string;
  readonly diff: RevisionDiff;
}

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

export function useCarriedNotes({ before, after, oldRevision, diff }: CarryRevisions): CarriedNotesState {
  const oldId = before.meta.id;
  const isReadOnly = useNotesReadOnly();
  const read = useLiveRead((): Promise<Note[]> => readNotes(notesRepository(), { reportId: oldId }, 'document'), [oldId]);
  const notes = read.value;
  const carry = useMemo(
    () => (notes === undefined ? undefined : carryNotes({ notes, before, after, oldRevision, diff })),
    [notes, before, after, oldRevision, diff],
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

  return {
    review: carry?.review,
    carriedCount,
    isReadOnly,
    saving,
    error: error ?? read.error,
    decide,
  };
}
