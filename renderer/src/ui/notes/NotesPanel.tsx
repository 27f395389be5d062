/**
 * The notes panel beside the reader: the open note's editor, and this report's notes in
 * document order under their section headings, each section with a button copying its notes.
 * The list is NoteSectionList (windowed: a report may carry a thousand notes).
 */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagCount } from '../../core/notes/tags';
import type { Note } from '../../core/notes/types';
import type { CopyContext } from './CopyNoteButton';
import { NoteEditor } from './NoteEditor';
import { NoteSectionList } from './NoteSectionList';

interface NotesPanelProps {
  readonly notes: readonly Note[] | undefined;
  readonly selected: Note | undefined;
  readonly tags: readonly TagCount[];
  readonly copyContext: CopyContext;
  readonly isReadOnly: boolean;
  readonly onOpen: (note: Note) => void;
  readonly onClose: () => void;
  readonly onDelete: (note: Note) => void;
  readonly onDiscard: (note: Note) => void;
  /** The last failed write that made no note (storage full): said where the editor would be. */
  readonly error: string | undefined;
}

export const NotesPanel = memo(function NotesPanel(props: NotesPanelProps) {
  const { notes, selected, tags, copyContext, isReadOnly, onOpen, onClose, onDelete, onDiscard, error } = props;
  const { t } = useTranslation();
  return (
    <aside className="notes-panel" aria-labelledby="notes-panel-heading" aria-busy={notes === undefined}>
      <h2 id="notes-panel-heading" className="notes-panel-heading">
        {t('notes.panelHeading')}
      </h2>
      <ErrorAlert message={error} />
      {selected === undefined ? null : (
        <NoteEditor
          key={selected.id}
          note={selected}
          tags={tags}
          copyContext={copyContext}
          isReadOnly={isReadOnly}
          onDelete={onDelete}
          onClose={onClose}
          onDiscard={onDiscard}
        />
      )}
      {notes === undefined ? (
        <p className="notes-panel-count">{t('notes.loading')}</p>
      ) : notes.length === 0 ? (
        <p className="notes-empty">{t('notes.panelEmpty')}</p>
      ) : (
        <NoteSectionList notes={notes} selectedId={selected?.id} copyContext={copyContext} onOpen={onOpen} />
      )}
    </aside>
  );
});

/** The alert of a note that could not be made, brought into view where the editor would open. */
function ErrorAlert({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message !== undefined) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return message === undefined ? null : (
    <p ref={ref} role="alert" className="notice notes-panel-alert">
      {message}
    </p>
  );
}
