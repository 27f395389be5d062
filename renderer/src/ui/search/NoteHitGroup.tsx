/** The "Your notes" group of the search results: options at positions 0…n-1, opening the note in the reader. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { noteExcerpt } from '../../core/notes/noteExcerpt';
import { notePreview, unitNumberOf } from '../notes/noteText';
import { StanceLabel } from '../notes/StanceLabel';
import { resultOptionId } from './searchIds';
import { unitPlace } from '../text/unitLabel';

interface NoteHitGroupProps {
  readonly notes: readonly Note[];
  readonly reportById: ReadonlyMap<string, Report>;
  readonly activePosition: number;
  readonly onOpen: (position: number) => void;
}

export const NoteHitGroup = memo(function NoteHitGroup({ notes, reportById, activePosition, onOpen }: NoteHitGroupProps) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-labelledby="result-notes-title" className="result-report result-notes">
      <div id="result-notes-title" className="result-report-title">
        {t('notes.searchGroup')}
      </div>
      {notes.map((note, position) => {
        const isActive = position === activePosition;
        const report = reportById.get(note.target.reportId);
        return (
          <div
            key={note.id}
            role="option"
            id={resultOptionId(position)}
            aria-selected={isActive}
            className={isActive ? 'result-option is-active' : 'result-option'}
            data-note-id={note.id}
            onClick={() => onOpen(position)}
          >
            <span className="result-number">{unitPlace(unitNumberOf(note), t)}</span>
            <span className="result-snippet">
              {note.target.selector === undefined ? null : <q lang={report?.meta.language}>{notePreview(note, 80)}</q>}{' '}
              {noteExcerpt(note.body, 160)}
            </span>
            <StanceLabel stance={note.stance} />
          </div>
        );
      })}
    </div>
  );
});
