/** The note editor's inputs: the Markdown body, tags with completion, and the stance. */
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagCount } from '../../core/notes/tags';
import { STANCES } from '../../core/notes/types';
import { tagLineSuggestions } from './noteText';
import type { NoteFields as Fields } from './useNoteFields';

interface NoteFieldsProps {
  readonly idPrefix: string;
  readonly fields: Fields;
  readonly tags: readonly TagCount[];
  readonly isReadOnly: boolean;
  readonly bodyRef: RefObject<HTMLTextAreaElement | null>;
}

export function NoteFields({ idPrefix, fields, tags, isReadOnly, bodyRef }: NoteFieldsProps) {
  const { t } = useTranslation();
  const { body, tagLine, stance, sync } = fields;
  const suggestions = useMemo(() => tagLineSuggestions(tagLine, tags), [tagLine, tags]);
  return (
    <>
      <label htmlFor={`${idPrefix}-body`}>{t('notes.body')}</label>
      <textarea
        id={`${idPrefix}-body`}
        ref={bodyRef}
        className="note-body-input"
        rows={4}
        value={body}
        readOnly={isReadOnly}
        onChange={(event) => fields.setBody(event.target.value)}
        onBlur={sync.flush}
      />
      <label htmlFor={`${idPrefix}-tags`}>{t('notes.tags')}</label>
      <input
        id={`${idPrefix}-tags`}
        className="note-tags-input"
        list={`${idPrefix}-tag-list`}
        value={tagLine}
        readOnly={isReadOnly}
        aria-describedby={`${idPrefix}-tags-hint`}
        placeholder={t('notes.tagsHint')}
        onChange={(event) => fields.setTagLine(event.target.value)}
        onBlur={sync.flush}
      />
      <datalist id={`${idPrefix}-tag-list`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {/* The hint is the field's description and, while it is empty, its placeholder: a line of its own pushed the notes list out of the panel. */}
      <span id={`${idPrefix}-tags-hint`} className="visually-hidden">
        {t('notes.tagsHint')}
      </span>
      <fieldset className="stance-picker" disabled={isReadOnly}>
        <legend>{t('notes.stance')}</legend>
        {[null, ...STANCES].map((option) => (
          <label key={option ?? 'none'} className={`stance-option stance-${option ?? 'none'}`}>
            <input
              type="radio"
              name={`${idPrefix}-stance`}
              value={option ?? 'none'}
              checked={stance === option}
              onChange={() => fields.setStance(option)}
            />
            <span className="stance-dot" aria-hidden="true" />
            {t(`notes.stances.${option ?? 'none'}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
