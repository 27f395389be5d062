/**
 * One note in a list: where it is, its quote, its body as a plain-text excerpt (Markdown
 * markers would be noise in a one-line row), stance and tags; activating it opens it.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import { noteExcerpt } from '../../core/notes/noteExcerpt';
import { notePreview, unitNumberOf } from './noteText';
import { useReportLanguage } from '../data/useReportLanguage';
import { StanceLabel } from './StanceLabel';
import { unitPlace } from '../text/unitLabel';

interface NoteListItemProps {
  readonly note: Note;
  readonly isSelected: boolean;
  readonly reportTitle?: string;
  readonly onOpen: (note: Note) => void;
}

export const NoteListItem = memo(function NoteListItem({ note, isSelected, reportTitle, onOpen }: NoteListItemProps) {
  const { t } = useTranslation();
  const languageOf = useReportLanguage();
  const where = unitPlace(unitNumberOf(note), t);
  const excerpt = noteExcerpt(note.body);
  return (
    <button
      type="button"
      className={`note-item${isSelected ? ' is-selected' : ''}${note.anchor.status === 'orphaned' ? ' is-orphan' : ''}`}
      aria-current={isSelected ? 'true' : undefined}
      data-note-id={note.id}
      onClick={() => onOpen(note)}
    >
      <span className="note-item-where">
        {reportTitle === undefined ? null : (
          <span className="note-item-report">
            <span lang={languageOf(note.target.reportId)}>{reportTitle}</span> ·{' '}
          </span>
        )}
        {where}
        {note.target.selector === undefined ? ` · ${t('notes.wholeParagraph')}` : ''}
      </span>
      {note.target.selector === undefined ? null : <span className="note-item-quote" lang={languageOf(note.target.reportId)}>
          {notePreview(note)}
        </span>}
      {excerpt === '' ? null : <span className="note-item-body">{excerpt}</span>}
      <span className="note-item-meta">
        <StanceLabel stance={note.stance} />
        {note.tags.map((tag) => (
          <span key={tag} className="tag-chip">
            {tag}
          </span>
        ))}
        {note.anchor.status === 'orphaned' ? <span className="badge">{t('notes.orphan')}</span> : null}
      </span>
    </button>
  );
});
