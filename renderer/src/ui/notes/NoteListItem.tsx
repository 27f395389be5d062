/** One note in a list: where it is, its quote (or body), stance and tags; activating it opens it. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import { notePreview, shortText, unitNumberOf } from './noteText';
import { StanceLabel } from './StanceLabel';

interface NoteListItemProps {
  readonly note: Note;
  readonly isSelected: boolean;
  readonly reportTitle?: string;
  readonly onOpen: (note: Note) => void;
}

export const NoteListItem = memo(function NoteListItem({ note, isSelected, reportTitle, onOpen }: NoteListItemProps) {
  const { t } = useTranslation();
  const where = t('notes.paragraph', { number: unitNumberOf(note) });
  return (
    <button
      type="button"
      className={`note-item${isSelected ? ' is-selected' : ''}${note.anchor.status === 'orphaned' ? ' is-orphan' : ''}`}
      aria-current={isSelected ? 'true' : undefined}
      data-note-id={note.id}
      onClick={() => onOpen(note)}
    >
      <span className="note-item-where">
        {reportTitle === undefined ? null : <span className="note-item-report">{reportTitle} · </span>}
        {where}
        {note.target.selector === undefined ? ` · ${t('notes.wholeParagraph')}` : ''}
      </span>
      {note.target.selector === undefined ? null : <span className="note-item-quote">{notePreview(note)}</span>}
      {note.body.trim() === '' ? null : <span className="note-item-body">{shortText(note.body)}</span>}
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
