/**
 * One note's editor: Markdown body, tags with completion, stance, times. Every edit goes to an
 * autosave that says when the write has committed; the status line shows that state, and a
 * failed write keeps the text on screen. The stored note is followed (useNoteSync): an edit made
 * in another window shows here unless text here is unsaved, which is then never overwritten —
 * the delegate chooses; a note deleted elsewhere keeps its text on screen, to copy.
 *
 * Opens in view (revealEditor) with focus in the body; Esc or Close closes it, saving what was
 * typed; a note made with ✎ and closed without a word is discarded, not kept empty.
 * Mount it with `key={note.id}`: its fields start from the note it opened with.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagCount } from '../../core/notes/tags';
import type { Note } from '../../core/notes/types';
import { NoteLinks } from '../links/NoteLinks';
import { AutosaveStatus } from './AutosaveStatus';
import { CopyNoteButton, type CopyContext } from './CopyNoteButton';
import { NoteChangedNotice } from './NoteChangedNotice';
import { NoteFields } from './NoteFields';
import { parseTagInput, unitNumberOf } from './noteText';
import { revealEditor } from './revealEditor';
import { useNoteFields } from './useNoteFields';
import { unitPlace } from '../text/unitLabel';
import { uiLanguageOf } from '../i18n/setupI18n';
import { intlLocaleOf } from '../i18n/uiLanguage';

interface NoteEditorProps {
  readonly note: Note;
  readonly tags: readonly TagCount[];
  readonly copyContext: CopyContext;
  readonly isReadOnly: boolean;
  readonly onDelete: (note: Note) => void;
  readonly onClose: () => void;
  /** Closes the editor and drops the note (made and left empty): nothing to undo. */
  readonly onDiscard: (note: Note) => void;
}

export function NoteEditor({ note, tags, copyContext, isReadOnly, onDelete, onClose, onDiscard }: NoteEditorProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const fields = useNoteFields(note);
  const { sync, body, tagLine, stance } = fields;
  const { saveState, flush } = sync;
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const editorRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const textBox = bodyRef.current;
    if (textBox === null) return;
    textBox.focus({ preventScroll: true });
    if (editorRef.current !== null) revealEditor(editorRef.current, textBox);
  }, [note.id]);

  const close = (): void => {
    if (fields.isUntouchedEmpty && !isReadOnly && !sync.isDeleted) {
      onDiscard(note);
      return;
    }
    flush();
    onClose();
  };
  const savedNote = sync.stored ?? (saveState.status === 'saved' && saveState.note !== undefined ? saveState.note : note);
  const choose = (resolve: () => void): void => {
    resolve();
    // The buttons go away with the notice: focus returns to the text it was about.
    bodyRef.current?.focus();
  };
  const where = unitPlace(unitNumberOf(note), t);
  const formatTime = (iso: string): string => new Date(iso).toLocaleString(intlLocaleOf(uiLanguageOf(i18n)));

  return (
    <section
      ref={editorRef}
      className="note-editor"
      aria-labelledby={`${idPrefix}-heading`}
      data-note-id={note.id}
      onKeyDown={(event) => {
        // Keys typed while an IME composes belong to it (there Esc cancels the composition).
        if (event.key !== 'Escape' || event.nativeEvent.isComposing || event.defaultPrevented) return;
        event.preventDefault();
        close();
      }}
    >
      <div className="note-editor-head">
        <h3 id={`${idPrefix}-heading`}>{t('notes.editorHeading', { where })}</h3>
        <button type="button" className="link-button" onClick={close} aria-keyshortcuts="Escape">
          {t('notes.close')}
        </button>
      </div>
      {note.target.selector !== undefined ? (
        <blockquote className="note-quote">{note.target.selector.quote.exact}</blockquote>
      ) : (
        <p className="note-whole">{t('notes.wholeParagraph')}</p>
      )}
      {note.anchor.status === 'orphaned' ? <p className="notice">{t('notes.orphanHint')}</p> : null}
      <NoteChangedNotice
        isDeleted={sync.isDeleted}
        hasConflict={sync.theirs !== undefined}
        onKeepMine={() => choose(sync.keepMine)}
        onLoadTheirs={() => choose(sync.loadTheirs)}
      />
      <NoteFields idPrefix={idPrefix} fields={fields} tags={tags} isReadOnly={isReadOnly} bodyRef={bodyRef} />
      <AutosaveStatus state={saveState} onRetry={flush} />
      <p className="note-times">
        {t('notes.created', { time: formatTime(note.createdAt) })} · {t('notes.updated', { time: formatTime(savedNote.updatedAt) })}
      </p>
      <NoteLinks note={note} reports={copyContext.reports} isReadOnly={isReadOnly} number={unitNumberOf(note)} />
      <div className="note-actions">
        <CopyNoteButton note={{ ...savedNote, body, tags: parseTagInput(tagLine), stance }} context={copyContext} />
        {isReadOnly || sync.isDeleted ? null : (
          <button type="button" className="danger-button" onClick={() => onDelete(note)}>
            {t('notes.delete')}
          </button>
        )}
      </div>
    </section>
  );
}
