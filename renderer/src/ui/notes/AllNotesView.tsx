/**
 * Every note, filterable by report, tag, stance and text (AllNotesFilters), read and selected by
 * useAllNotes; the list is windowed (VirtualList), orphans are listed apart with their quotes
 * (notes on a removed document in a section of their own),
 * and backups are made and restored here (BackupControls).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { navigate } from '../routing/useRoute';
import { AllNotesFilters } from './AllNotesFilters';
import { emptyNotesForm, type AllNotesFormState } from './allNotesFilter';
import { BackupControls } from './BackupControls';
import { NoteListItem } from './NoteListItem';
import { unitNumberOf } from './noteText';
import { useNotesReadOnly } from './ReadOnlyBanner';
import { useAllNotes } from './useAllNotes';
import { useUndoDelete } from './useUndoDelete';
import { VirtualList } from './VirtualList';

interface AllNotesViewProps {
  readonly reports: readonly Report[];
  readonly reportById: ReadonlyMap<string, Report>;
}

/** A row's usual height (place, quote, two lines of body), before it is measured. */
const estimatedRowHeight = 112;
const listHeight = 560;

export function AllNotesView({ reports, reportById }: AllNotesViewProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<AllNotesFormState>(emptyNotesForm);
  const isInLibrary = useCallback((reportId: string) => reportById.has(reportId), [reportById]);
  const { selection, isComplete, tags, readError } = useAllNotes(form, isInLibrary);
  const isReadOnly = useNotesReadOnly();
  const { deleteNote, toast } = useUndoDelete();
  const update = useCallback((changes: Partial<AllNotesFormState>) => setForm((current) => ({ ...current, ...changes })), []);

  const open = useCallback((note: Note) => {
    navigate({ name: 'report', reportId: note.target.reportId, unit: unitNumberOf(note), note: note.id });
  }, []);
  const renderRow = useCallback(
    (note: Note) => (
      <div className="all-notes-row">
        <NoteListItem
          note={note}
          isSelected={false}
          reportTitle={reportById.get(note.target.reportId)?.meta.title ?? note.target.reportId}
          isDocumentRemoved={!isInLibrary(note.target.reportId)}
          onOpen={open}
        />
        {isReadOnly ? null : (
          <button type="button" className="link-button" onClick={() => deleteNote(note)}>
            {t('notes.delete')}
          </button>
        )}
      </div>
    ),
    [deleteNote, isInLibrary, isReadOnly, open, reportById, t],
  );

  return (
    <section className="all-notes" aria-labelledby="all-notes-heading">
      <h1 id="all-notes-heading">{t('notes.allHeading')}</h1>
      <AllNotesFilters reports={reports} tags={tags ?? []} form={form} onChange={update} />
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
      {!isComplete || selection.onRemovedDocuments.length === 0 ? null : (
        <section className="orphans removed-document-notes" aria-labelledby="removed-document-notes-heading">
          <h2 id="removed-document-notes-heading">{t('documentRemoval.orphansHeading')}</h2>
          <p>{t('documentRemoval.orphansHint')}</p>
          <ul className="note-list">
            {selection.onRemovedDocuments.map((note) => (
              <li key={note.id}>
                <NoteListItem note={note} isSelected={false} reportTitle={note.target.reportId} isDocumentRemoved onOpen={open} />
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
