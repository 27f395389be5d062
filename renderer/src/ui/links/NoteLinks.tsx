/**
 * A note's own links, in its editor: the paragraphs it links to (live), Edit label and Remove
 * with Undo, and "Link this note to a paragraph", which opens the same dialog as the reader's.
 */
import { useLiveRead } from '../data/useLiveRead';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { readNoteLinks, linksRepository } from '../../db';
import '../../styles/links.css';
import { LinkDialog } from './LinkDialog';
import { destinationEnd } from './linkGroups';
import { LinkItem } from './LinkItem';
import { useLinkRemoval } from './useLinkRemoval';

interface NoteLinksProps {
  readonly note: Note;
  readonly reports: readonly Report[];
  readonly isReadOnly: boolean;
  /** The note's paragraph number, as the editor's heading shows it. */
  readonly number: string;
}

export function NoteLinks({ note, reports, isReadOnly, number }: NoteLinksProps) {
  const { t } = useTranslation();
  const [isLinking, setIsLinking] = useState(false);
  const { value: links, error } = useLiveRead(() => readNoteLinks(linksRepository(), note.id), [note.id]);
  const { remove, relabel, toast } = useLinkRemoval();
  const actions = useMemo(() => (isReadOnly ? null : { remove, relabel }), [isReadOnly, remove, relabel]);
  const shown = useMemo(() => (links ?? []).map((link) => ({ link, other: destinationEnd(link.to) })), [links]);

  return (
    <div className="note-links">
      {shown.length === 0 ? null : <p className="note-links-heading">{t('links.noteListLabel')}</p>}
      {shown.length === 0 ? null : (
        <ul className="link-list" aria-label={t('links.noteListLabel')}>
          {shown.map((item) => (
            <LinkItem key={item.link.id} shown={item} direction="outgoing" hereReportId={note.target.reportId} actions={actions} />
          ))}
        </ul>
      )}
      {error === undefined ? null : <p role="alert">{t('links.readFailed', { message: error })}</p>}
      {isReadOnly ? null : (
        <button type="button" className="link-note" onClick={() => setIsLinking(true)}>
          {t('links.linkNote')}
        </button>
      )}
      {isLinking ? (
        <LinkDialog
          source={{ kind: 'note', noteId: note.id }}
          fromUnitId={note.target.unitId}
          fromDescription={t('links.fromNote', { number })}
          defaultReportId={note.target.reportId}
          reports={reports}
          onClose={() => setIsLinking(false)}
        />
      ) : null}
      {toast}
    </div>
  );
}
