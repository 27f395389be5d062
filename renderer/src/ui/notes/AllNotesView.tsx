/**
 * Every note, filterable by report, tag, stance and text. All notes are loaded once (a live
 * query) and filtered in memory on each change: re-reading 10,000 rows from IndexedDB costs
 * well over 100 ms, filtering them in memory a few. The most recent notes (a short read on the
 * updatedAt index) fill the first screen, and the full read starts once that is painted. They
 * are the exact head of the full list, filtered or not, so the rows do not move when it arrives
 * and the list (the same element) keeps its scroll position and focus. Counts and "no match" wait for the full read. The
 * list is windowed (VirtualList).
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STANCES, type Note, type Stance } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { observeAllNotes, observeRecentNotes, observeTags } from '../../db';
import { navigate } from '../routing/useRoute';
import { emptyNotesForm, selectAllNotes, type AllNotesFormState } from './allNotesFilter';
import { BackupControls } from './BackupControls';
import { NoteListItem } from './NoteListItem';
import { notesRepository } from './notesDatabase';
import { unitNumberOf } from './noteText';
import { useNotesReadOnly } from './ReadOnlyBanner';
import { useObservable } from './useObservable';
import { useUndoDelete } from './useUndoDelete';
import { VirtualList } from './VirtualList';

interface AllNotesViewProps {
  readonly reports: readonly Report[];
  readonly reportById: ReadonlyMap<string, Report>;
}

/** A row's usual height (place, quote, two lines of body), before it is measured. */
const estimatedRowHeight = 112;
const listHeight = 560;
/** Rows read before the full list: the visible five plus room to scroll while it loads. */
const previewSize = 30;

export function AllNotesView({ reports, reportById }: AllNotesViewProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<AllNotesFormState>(emptyNotesForm);
  // Typing in the text box stays responsive while the list catches up.
  const deferredForm = useDeferredValue(form);
  const [shouldReadAll, setShouldReadAll] = useState(false);
  const { value: all, error: readError } = useObservable(() => (shouldReadAll ? observeAllNotes(notesRepository()) : null), [shouldReadAll]);
  const isComplete = all !== undefined;
  const { value: recent, error: recentError } = useObservable(
    () => (isComplete ? null : observeRecentNotes(notesRepository(), previewSize)),
    [isComplete],
  );
  const shown = all ?? recent;
  // Counting tags walks the tag index: it too waits for the first screen.
  const { value: tags } = useObservable(() => (shouldReadAll ? observeTags(notesRepository()) : null), [shouldReadAll]);
  useEffect(() => {
    if (shouldReadAll || (recent === undefined && recentError === undefined)) return;
    // The full read's rows are deserialised on the main thread, a long task for 10,000 notes,
    // and its answer tends to arrive with the short read's: started together, the first screen
    // waits for it. So it starts once the first screen has been painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShouldReadAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [recent, recentError, shouldReadAll]);
  const selection = useMemo(() => {
    const started = performance.now();
    const selected = selectAllNotes(shown ?? [], deferredForm);
    // A performance entry per pass over every note, for the benchmark and the browser's profiler.
    if (all !== undefined) performance.measure('kb:notes-filter', { start: started });
    return selected;
  }, [all, shown, deferredForm]);
  const isReadOnly = useNotesReadOnly();
  const { deleteNote, toast } = useUndoDelete();
  const update = (changes: Partial<AllNotesFormState>): void => setForm((current) => ({ ...current, ...changes }));

  const open = useCallback((note: Note) => {
    navigate({ name: 'report', reportId: note.target.reportId, unit: unitNumberOf(note), note: note.id });
  }, []);
  const renderRow = useCallback(
    (note: Note) => (
      <div className="all-notes-row">
        <NoteListItem note={note} isSelected={false} reportTitle={reportById.get(note.target.reportId)?.meta.title ?? note.target.reportId} onOpen={open} />
        {isReadOnly ? null : (
          <button type="button" className="link-button" onClick={() => deleteNote(note)}>
            {t('notes.delete')}
          </button>
        )}
      </div>
    ),
    [deleteNote, isReadOnly, open, reportById, t],
  );

  return (
    <section className="all-notes" aria-labelledby="all-notes-heading">
      <h1 id="all-notes-heading">{t('notes.allHeading')}</h1>
      <form className="notes-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('notes.filterReport')}
          <select value={form.reportId} onChange={(event) => update({ reportId: event.target.value })}>
            <option value="">{t('notes.filterAllReports')}</option>
            {reports.map((report) => (
              <option key={report.meta.id} value={report.meta.id}>
                {report.meta.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('notes.filterTag')}
          <select value={form.tag} onChange={(event) => update({ tag: event.target.value })}>
            <option value="">{t('notes.filterAllTags')}</option>
            {(tags ?? []).map((entry) => (
              <option key={entry.tag} value={entry.tag}>
                {entry.tag} ({entry.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('notes.filterStance')}
          <select value={form.stance} onChange={(event) => update({ stance: stanceOf(event.target.value) })}>
            <option value="">{t('notes.filterAllStances')}</option>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`notes.stances.${stance}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('notes.filterText')}
          <input type="search" value={form.text} onChange={(event) => update({ text: event.target.value })} />
        </label>
      </form>
      {readError === undefined ? null : (
        <p role="alert" className="notice">
          {t('notes.readFailed', { message: readError })}
        </p>
      )}
      <p role="status" className="notes-count" aria-busy={!isComplete} data-count={isComplete ? selection.notes.length : undefined}>
        {isComplete ? t('notes.count', { count: selection.notes.length }) : t('notes.loading')}
      </p>
      {isComplete && selection.notes.length === 0 ? <p>{t('notes.noMatch')}</p> : null}
      {selection.notes.length === 0 ? null : (
        <VirtualList
          items={selection.notes}
          estimatedRowHeight={estimatedRowHeight}
          maxHeight={listHeight}
          label={t('notes.listLabel')}
          isBusy={!isComplete}
          keyOf={(note) => note.id}
          renderRow={renderRow}
        />
      )}
      {!isComplete || selection.orphans.length === 0 ? null : (
        <section className="orphans" aria-labelledby="orphans-heading">
          <h2 id="orphans-heading">{t('notes.orphansHeading')}</h2>
          <p>{t('notes.orphanHint')}</p>
          <ul className="note-list">
            {selection.orphans.map((note) => (
              <li key={note.id}>
                <NoteListItem note={note} isSelected={false} reportTitle={reportById.get(note.target.reportId)?.meta.title} onOpen={open} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <BackupControls isReadOnly={isReadOnly} />
      {toast}
    </section>
  );
}

function stanceOf(value: string): Stance | '' {
  return STANCES.find((stance) => stance === value) ?? '';
}

