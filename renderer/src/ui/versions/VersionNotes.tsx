/**
 * Notes made on another language version of a paragraph, shown under it and marked with the
 * language they were made in. A passage note's quote is shown as a quotation in its own language
 * (lang and dir set), never highlighted in this version's text. The reader computes them once
 * (core/versions/notesAcrossVersions) and places one line per paragraph, as with entity chips.
 */
import { createContext, memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { noteExcerpt } from '../../core/notes/noteExcerpt';
import { splitUnitId } from '../../core/notes/unitRef';
import type { VersionNote } from '../../core/versions/notesAcrossVersions';
import { textDirectionOf } from '../../core/versions/textDirection';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { formatRoute } from '../routing/route';
import { unitPlace } from '../text/unitLabel';

const noNotes: ReadonlyMap<string, readonly VersionNote[]> = new Map();

/** Other versions' notes by this version's unit id. */
export const VersionNotesContext = createContext<ReadonlyMap<string, readonly VersionNote[]>>(noNotes);

/** The notes of other versions on one paragraph; nothing when there are none. */
export const VersionNoteMarkers = memo(function VersionNoteMarkers({ unitId }: { unitId: string }) {
  const entries = useContext(VersionNotesContext).get(unitId);
  if (entries === undefined || entries.length === 0) return null;
  // Spans: the markers sit inside the paragraph's <p>, which holds phrasing content only.
  return (
    <span className="version-notes">
      {entries.map((entry) => (
        <VersionNoteMarker key={entry.note.id} entry={entry} />
      ))}
    </span>
  );
});

/** One note of another version: its language, its passage in that language, its text; a link opens it there. */
export function VersionNoteMarker({ entry }: { entry: VersionNote }) {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  const language = languageName(entry.language);
  const number = splitUnitId(entry.note.target.unitId)?.number;
  const excerpt = noteExcerpt(entry.note.body, 120);
  return (
    <a
      className="version-note"
      data-note-id={entry.note.id}
      data-language={entry.language}
      href={formatRoute({ name: 'report', reportId: entry.reportId, ...(number === undefined ? {} : { unit: number }), note: entry.note.id })}
      title={t('versions.openNote', { language })}
    >
      <span className="version-note-language">{t('versions.noteOn', { language })}</span>{' '}
      {entry.quote === undefined ? null : (
        <q className="version-note-quote" lang={entry.language} dir={textDirectionOf(entry.language)}>
          {entry.quote}
        </q>
      )}{' '}
      <span className="version-note-body">{excerpt === '' ? t('versions.emptyNote') : excerpt}</span>
    </a>
  );
}

/**
 * Notes of other versions on paragraphs this version does not have (a paragraph missing in a
 * translation): listed after the text with their paragraph, so that no note silently vanishes.
 */
export function UnplacedVersionNotes({ entries }: { entries: readonly VersionNote[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <aside className="version-notes-unplaced" aria-labelledby="version-notes-unplaced-heading">
      <h2 id="version-notes-unplaced-heading">{t('versions.unplacedHeading')}</h2>
      <ul>
        {entries.map((entry) => {
          const number = splitUnitId(entry.note.target.unitId)?.number;
          return (
            <li key={entry.note.id}>
              {number === undefined ? null : <span className="version-note-place">{unitPlace(number, t)}</span>}{' '}
              <VersionNoteMarker entry={entry} />
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
