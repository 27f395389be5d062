/** The notes panel beside the reader: this report's notes in document order, and the open note's editor. */
import { useTranslation } from 'react-i18next';
import type { TagCount } from '../../core/notes/tags';
import type { Note } from '../../core/notes/types';
import type { CopyContext } from './CopyNoteButton';
import { NoteEditor } from './NoteEditor';
import { NoteListItem } from './NoteListItem';

interface NotesPanelProps {
  readonly notes: readonly Note[] | undefined;
  readonly selected: Note | undefined;
  readonly tags: readonly TagCount[];
  readonly copyContext: CopyContext;
  readonly isReadOnly: boolean;
  readonly onOpen: (note: Note) => void;
  readonly onClose: () => void;
  readonly onDelete: (note: Note) => void;
}

export function NotesPanel(props: NotesPanelProps) {
  const { notes, selected, tags, copyContext, isReadOnly, onOpen, onClose, onDelete } = props;
  const { t } = useTranslation();
  return (
    <aside className="notes-panel" aria-labelledby="notes-panel-heading">
      <h2 id="notes-panel-heading" className="notes-panel-heading">
        {t('notes.panelHeading')}
      </h2>
      {selected === undefined ? null : (
        <NoteEditor
          key={selected.id}
          note={selected}
          tags={tags}
          copyContext={copyContext}
          isReadOnly={isReadOnly}
          onDelete={onDelete}
          onClose={onClose}
        />
      )}
      {notes === undefined ? null : notes.length === 0 ? (
        <p className="notes-empty">{t('notes.panelEmpty')}</p>
      ) : (
        <ol className="note-list" aria-label={t('notes.panelHeading')}>
          {notes.map((note) => (
            <li key={note.id}>
              <NoteListItem note={note} isSelected={note.id === selected?.id} onOpen={onOpen} />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
