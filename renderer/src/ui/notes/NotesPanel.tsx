/**
 * The notes panel beside the reader: the open note's editor, and this report's notes in
 * document order under their section headings, each section with a button copying its notes.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { notesBySection, sectionMarkdown, type NoteSectionGroup } from '../../core/export/copyMarkdown';
import type { TagCount } from '../../core/notes/tags';
import type { Note } from '../../core/notes/types';
import { CopyMarkdownButton } from '../export/CopyMarkdownButton';
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
        <NoteSections notes={notes} selected={selected} copyContext={copyContext} onOpen={onOpen} />
      )}
    </aside>
  );
}

interface NoteSectionsProps {
  readonly notes: readonly Note[];
  readonly selected: Note | undefined;
  readonly copyContext: CopyContext;
  readonly onOpen: (note: Note) => void;
}

function NoteSections({ notes, selected, copyContext, onOpen }: NoteSectionsProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const reportId = notes[0]?.target.reportId ?? '';
  const groups = useMemo(() => notesBySection(notes, reportId, copyContext.reports, lang), [notes, reportId, copyContext.reports, lang]);
  return (
    <>
      {groups.map((group) => (
        <NoteSection
          key={group.section ?? ''}
          group={group}
          reportId={reportId}
          selected={selected}
          copyContext={copyContext}
          lang={lang}
          onOpen={onOpen}
        />
      ))}
    </>
  );
}

interface NoteSectionProps {
  readonly group: NoteSectionGroup;
  readonly reportId: string;
  readonly selected: Note | undefined;
  readonly copyContext: CopyContext;
  readonly lang: 'zh' | 'en';
  readonly onOpen: (note: Note) => void;
}

function NoteSection({ group, reportId, selected, copyContext, lang, onOpen }: NoteSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { section, label, notes } = group;
  return (
    <section className="note-section" aria-labelledby={headingId}>
      <div className="note-section-header">
        <h3 id={headingId} className="note-section-heading">
          {label}
        </h3>
        {section === undefined ? null : (
          <CopyMarkdownButton
            label={t('copySection.copy')}
            accessibleName={t('copySection.copyNamed', { section: label })}
            markdown={() => sectionMarkdown(notes, { reportId, section }, { reports: copyContext.reports, links: [] }, { lang, quoteMode: 'passage' })}
            copiedMessage={t('copySection.copied', { section: label, count: notes.length })}
            deniedMessage={(message) => t('copySection.copyDenied', { message })}
          />
        )}
      </div>
      <ol className="note-list" aria-label={t('copySection.groupLabel', { section: label })}>
        {notes.map((note) => (
          <li key={note.id}>
            <NoteListItem note={note} isSelected={note.id === selected?.id} onOpen={onOpen} />
          </li>
        ))}
      </ol>
    </section>
  );
}
