/**
 * Everything the reader needs of the delegate's notes on one report: the notes in document
 * order (live), their passages by unit, the open note, tags for completion, and the actions
 * that annotate a paragraph or a selection. Re-anchors the report's notes when it opens.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { makeSelector } from '../../core/notes/anchor';
import { unitOrderOf } from '../../core/notes/noteFilters';
import type { TagCount } from '../../core/notes/tags';
import type { Note } from '../../core/notes/types';
import type { Report, Unit } from '../../core/report/types';
import { readReportNotes, readTags, notesRepository } from '../../db';
import { keepUnchangedMarks, noteMarksByUnit, type NoteMark } from './noteMarks';
import { useNotesReadOnly } from './ReadOnlyBanner';
import type { UnitSelection } from './selectionOffsets';
import { useUndoDelete } from './useUndoDelete';
import { measured } from '../shell/measured';
import { useLiveRead } from '../data/useLiveRead';

export interface ReaderNotes {
  readonly notes: readonly Note[] | undefined;
  readonly marksByUnit: ReadonlyMap<string, readonly NoteMark[]>;
  readonly selected: Note | undefined;
  readonly tags: readonly TagCount[];
  readonly isReadOnly: boolean;
  /** The last failed write (creating a note), to show. */
  readonly error: string | undefined;
  readonly toast: ReactNode;
  readonly openNote: (noteId: string) => void;
  readonly closeNote: () => void;
  readonly annotateUnit: (unit: Unit) => void;
  readonly annotateSelection: (selection: UnitSelection) => void;
  readonly deleteNote: (note: Note) => void;
  /** Closes a note made and left empty, and removes it (no Undo: there is nothing to get back). */
  readonly discardNote: (note: Note) => void;
}

const noTags: readonly TagCount[] = [];
const noMarks: ReadonlyMap<string, readonly NoteMark[]> = new Map();

export function useReaderNotes(report: Report, initialNoteId: string | undefined): ReaderNotes {
  const reportId = report.meta.id;
  const order = useMemo(() => unitOrderOf(report.units), [report]);
  const unitByNumber = useMemo(() => new Map(report.units.map((unit) => [unit.number, unit])), [report]);
  const unitTextById = useMemo(() => new Map(report.units.map((unit) => [unit.id, unit.text])), [report]);
  const [selectedId, setSelectedId] = useState(initialNoteId);
  const [error, setError] = useState<string | undefined>();
  const isReadOnly = useNotesReadOnly();
  const { deleteNote: softDelete, toast } = useUndoDelete();

  useEffect(() => setSelectedId(initialNoteId), [initialNoteId]);

  const { value: notes } = useLiveRead(() => readReportNotes(notesRepository(), reportId, order), [reportId, order]);
  const hasNotes = notes !== undefined;
  useEffect(() => {
    if (!hasNotes) return;
    // The bundled text may have been corrected since the notes were made: find their passages
    // again. It reads the report's notes a second time, so it waits until the first answer has
    // been painted instead of competing with it (a corrected passage then moves a frame later).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        notesRepository()
          .reanchorReport(reportId, { units: report.units })
          .catch((reason: unknown) => console.info(`Notes not re-anchored: ${reason instanceof Error ? reason.message : String(reason)}`));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [report, reportId, hasNotes]);

  // Tag counts walk every note's tags (all reports): only the editor's completion needs them,
  // so they are read once a note is opened, then kept live.
  const [needsTags, setNeedsTags] = useState(initialNoteId !== undefined);
  if (selectedId !== undefined && !needsTags) setNeedsTags(true);
  const { value: tags } = useLiveRead(() => (needsTags ? readTags(notesRepository()) : null), [needsTags]);
  const previousMarks = useRef<ReadonlyMap<string, readonly NoteMark[]>>(noMarks);
  const marksByUnit = useMemo(() => {
    const marks = measured('kb:note-marks', () => noteMarksByUnit(notes ?? [], (unitId) => unitTextById.get(unitId)), notes !== undefined);
    // Unchanged units keep their arrays (and a report without passages the one empty map): the
    // long, memoised report body then redraws only what a live answer changed.
    return keepUnchangedMarks(marks.size === 0 ? noMarks : previousMarks.current, marks);
  }, [notes, unitTextById]);
  useEffect(() => {
    previousMarks.current = marksByUnit;
  }, [marksByUnit]);
  // The open note stays open when it leaves the list (deleted in another window): its editor
  // then shows why the next save fails, and keeps the text, instead of vanishing with it.
  const lastSelected = useRef<Note | undefined>(undefined);
  const found = notes?.find((note) => note.id === selectedId);
  if (found !== undefined) lastSelected.current = found;
  else if (lastSelected.current?.id !== selectedId) lastSelected.current = undefined;
  const selected = found ?? lastSelected.current;

  const create = useCallback(
    (target: Note['target']) => {
      setError(undefined);
      notesRepository()
        .create({ target })
        .then(
          (note) => setSelectedId(note.id),
          (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
        );
    },
    [],
  );

  const annotateUnit = useCallback((unit: Unit) => create({ reportId, unitId: unit.id }), [create, reportId]);
  const annotateSelection = useCallback(
    (selection: UnitSelection) => {
      const unit = unitByNumber.get(selection.unitNumber);
      if (unit === undefined) return;
      create({ reportId, unitId: unit.id, selector: makeSelector(unit.text, { start: selection.start, end: selection.end }) });
    },
    [create, reportId, unitByNumber],
  );
  const deleteNote = useCallback(
    (note: Note) => {
      setSelectedId(undefined);
      softDelete(note);
    },
    [softDelete],
  );

  const discardNote = useCallback((note: Note) => {
    setSelectedId(undefined);
    notesRepository()
      .softDelete(note.id)
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, []);

  return {
    notes,
    marksByUnit,
    selected,
    tags: tags ?? noTags,
    isReadOnly,
    error,
    toast,
    openNote: setSelectedId,
    closeNote: useCallback(() => setSelectedId(undefined), []),
    annotateUnit,
    annotateSelection,
    deleteNote,
    discardNote,
  };
}
