/**
 * One note in a list: where it is, its quote, its body as a plain-text excerpt (Markdown
 * markers would be noise in a one-line row), stance and tags; activating it opens it (a note on a
 * removed document has nowhere to open).
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
  /** The note's document was removed from the library: an orphan with nothing to open. */
  readonly isDocumentRemoved?: boolean;
  readonly onOpen: (note: Note) => void;
}

export const NoteListItem = memo(function NoteListItem({ note, isSelected, reportTitle, isDocumentRemoved = false, onOpen }: NoteListItemProps) {
  const { t } = useTranslation();
  const languageOf = useReportLanguage();
  const where = unitPlace(unitNumberOf(note), t);
  const excerpt = noteExcerpt(note.body);
  const isOrphan = isDocumentRemoved || note.anchor.status === 'orphaned';
  const className = `note-item${isSelected ? ' is-selected' : ''}${isOrphan ? ' is-orphan' : ''}`;
  const content = (
    <>
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
        {isDocumentRemoved ? (
          <span className="badge">{t('documentRemoval.orphanBadge')}</span>
        ) : note.anchor.status === 'orphaned' ? (
          <span className="badge">{t('notes.orphan')}</span>
        ) : null}
      </span>
    </>
  );
  // The reader has nothing to show for a removed document: the row is not a button that leads nowhere.
  if (isDocumentRemoved) {
    return (
      <div className={className} data-note-id={note.id}>
        {content}
      </div>
    );
  }
  return (
    <button type="button" className={className} aria-current={isSelected ? 'true' : undefined} data-note-id={note.id} onClick={() => onOpen(note)}>
      {content}
    </button>
  );
});
