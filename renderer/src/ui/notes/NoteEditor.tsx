/**
 * One note's editor: Markdown body, tags with completion, stance, times. Every edit goes to an
 * autosave that says when the write has committed; the status line shows that state, and a
 * failed write keeps the text on screen. The stored note is followed (useNoteSync): an edit made
 * in another window shows here unless text here is unsaved, which is then never overwritten —
 * the delegate chooses; a note deleted elsewhere keeps its text on screen, to copy.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STANCES, type Note, type Stance } from '../../core/notes/types';
import type { TagCount } from '../../core/notes/tags';
import { NoteLinks } from '../links/NoteLinks';
import { AutosaveStatus } from './AutosaveStatus';
import { CopyNoteButton, type CopyContext } from './CopyNoteButton';
import { NoteChangedNotice } from './NoteChangedNotice';
import { formatTagInput, parseTagInput, tagLineSuggestions, unitNumberOf } from './noteText';
import { revealEditor } from './revealEditor';
import { useNoteSync } from './useNoteSync';

interface NoteEditorProps {
  readonly note: Note;
  readonly tags: readonly TagCount[];
  readonly copyContext: CopyContext;
  readonly isReadOnly: boolean;
  readonly onDelete: (note: Note) => void;
  readonly onClose: () => void;
}

export function NoteEditor({ note, tags, copyContext, isReadOnly, onDelete, onClose }: NoteEditorProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const [body, setBody] = useState(note.body);
  const [tagLine, setTagLine] = useState(formatTagInput(note.tags));
  const [stance, setStance] = useState<Stance | null>(note.stance);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const show = useCallback((version: Note) => {
    setBody(version.body);
    setTagLine(formatTagInput(version.tags));
    setStance(version.stance);
  }, []);
  const local = useMemo(() => ({ body, tags: parseTagInput(tagLine), stance }), [body, tagLine, stance]);
  const sync = useNoteSync(note, local, show);
  const { saveState, change, flush } = sync;

  const editorRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const textBox = bodyRef.current;
    if (textBox === null) return;
    textBox.focus({ preventScroll: true });
    if (editorRef.current !== null) revealEditor(editorRef.current, textBox);
  }, [note.id]);

  const savedNote = sync.stored ?? (saveState.status === 'saved' && saveState.note !== undefined ? saveState.note : note);
  const choose = (resolve: () => void): void => {
    resolve();
    // The buttons go away with the notice: focus returns to the text it was about.
    bodyRef.current?.focus();
  };
  const suggestions = useMemo(() => tagLineSuggestions(tagLine, tags), [tagLine, tags]);
  const where = t('notes.paragraph', { number: unitNumberOf(note) });
  const formatTime = (iso: string): string => new Date(iso).toLocaleString(i18n.language);

  return (
    <section ref={editorRef} className="note-editor" aria-labelledby={`${idPrefix}-heading`} data-note-id={note.id}>
      <div className="note-editor-head">
        <h3 id={`${idPrefix}-heading`}>{t('notes.editorHeading', { where })}</h3>
        <button type="button" className="link-button" onClick={onClose}>
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
      <label htmlFor={`${idPrefix}-body`}>{t('notes.body')}</label>
      <textarea
        id={`${idPrefix}-body`}
        ref={bodyRef}
        className="note-body-input"
        rows={6}
        value={body}
        readOnly={isReadOnly}
        onChange={(event) => {
          setBody(event.target.value);
          change({ body: event.target.value });
        }}
        onBlur={flush}
      />
      <label htmlFor={`${idPrefix}-tags`}>{t('notes.tags')}</label>
      <input
        id={`${idPrefix}-tags`}
        className="note-tags-input"
        list={`${idPrefix}-tag-list`}
        value={tagLine}
        readOnly={isReadOnly}
        aria-describedby={`${idPrefix}-tags-hint`}
        onChange={(event) => {
          setTagLine(event.target.value);
          change({ tags: parseTagInput(event.target.value) });
        }}
        onBlur={flush}
      />
      <datalist id={`${idPrefix}-tag-list`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <p id={`${idPrefix}-tags-hint`} className="field-hint">
        {t('notes.tagsHint')}
      </p>
      <fieldset className="stance-picker" disabled={isReadOnly}>
        <legend>{t('notes.stance')}</legend>
        {[null, ...STANCES].map((option) => (
          <label key={option ?? 'none'} className={`stance-option stance-${option ?? 'none'}`}>
            <input
              type="radio"
              name={`${idPrefix}-stance`}
              value={option ?? 'none'}
              checked={stance === option}
              onChange={() => {
                setStance(option);
                change({ stance: option });
                flush();
              }}
            />
            <span className="stance-dot" aria-hidden="true" />
            {t(`notes.stances.${option ?? 'none'}`)}
          </label>
        ))}
      </fieldset>
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
