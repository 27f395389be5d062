/**
 * The hand-picked selection: a filter box over the delegate's notes and a checkbox per note, in
 * document order, at most PICKER_LIMIT at a time. The selection survives filtering, so a
 * delegate can gather notes by searching for one theme after another.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes';
import type { Report } from '../../core/report/types';
import { corpusUnitOrder, noteExcerpt, noteUnitNumber, pickerEntries, withSelection } from './exportChoice';

/** How many checkboxes the picker lays out at most. */
export const PICKER_LIMIT = 200;

interface NotePickerProps {
  readonly reports: readonly Report[];
  readonly notes: readonly Note[];
  readonly selection: ReadonlySet<string>;
  readonly onChange: (update: (current: ReadonlySet<string>) => ReadonlySet<string>) => void;
}

export function NotePicker({ reports, notes, selection, onChange }: NotePickerProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const listLabelId = useId();
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const order = useMemo(() => corpusUnitOrder(reports), [reports]);
  const entries = useMemo(() => pickerEntries(notes, order, deferredFilter, PICKER_LIMIT), [notes, order, deferredFilter]);
  const titles = useMemo(() => new Map(reports.map((report) => [report.meta.id, report.meta.title])), [reports]);
  const shownIds = entries.shown.map((note) => note.id);

  return (
    <div className="export-scope-detail export-picker">
      <label htmlFor={filterId}>{t('exportDialog.pickerFilter')}</label>
      <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      <div className="export-picker-tools">
        <button type="button" onClick={() => onChange((current) => withSelection(current, shownIds, true))} disabled={shownIds.length === 0}>
          {t('exportDialog.selectShown')}
        </button>
        <button type="button" onClick={() => onChange(() => new Set())} disabled={selection.size === 0}>
          {t('exportDialog.clearSelection')}
        </button>
        <span role="status">{t('exportDialog.selected', { count: selection.size })}</span>
      </div>
      {entries.total > entries.shown.length ? (
        <p className="export-hint">{t('exportDialog.pickerShown', { shown: entries.shown.length, total: entries.total })}</p>
      ) : null}
      {entries.total === 0 ? <p className="export-hint">{t('exportDialog.pickerNone')}</p> : null}
      <span id={listLabelId} className="visually-hidden">
        {t('exportDialog.pickerLabel')}
      </span>
      <ul className="export-picker-list" aria-labelledby={listLabelId}>
        {entries.shown.map((note) => (
          <li key={note.id}>
            <label>
              <input
                type="checkbox"
                value={note.id}
                checked={selection.has(note.id)}
                onChange={(event) => {
                  const isSelected = event.target.checked;
                  onChange((current) => withSelection(current, [note.id], isSelected));
                }}
              />
              <span className="export-note-place">
                {t('exportDialog.paragraph', { number: noteUnitNumber(note) })}
                {reports.length > 1 ? ` · ${titles.get(note.target.reportId) ?? note.target.reportId}` : ''}
              </span>
              <span className="export-note-excerpt">{noteExcerpt(note)}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
