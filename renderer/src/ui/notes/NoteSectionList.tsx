/**
 * The notes panel's list: this report's notes in document order under their section headings,
 * each section with a button copying its notes. A report may carry a thousand notes: the
 * sections are flattened into rows (a heading, then its notes) and windowed with measured rows
 * (useMeasuredWindow), rendered back as one labelled list per section.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { measured } from '../shell/measured';
import { notesBySection, type NoteSectionGroup } from '../../core/export/sectionGroups';
import type { BriefingLanguage } from '../../core/export/types';
import type { Note } from '../../core/notes/types';
import { CopyMarkdownButton, loadCopyMarkdown } from '../export/CopyMarkdownButton';
import { uiLanguageOf } from '../i18n/setupI18n';
import type { CopyContext } from './CopyNoteButton';
import { NoteListItem } from './NoteListItem';
import { panelRows, type PanelRow } from './panelRows';
import { useMeasuredWindow } from './VirtualList';

interface NoteSectionsProps {
  readonly notes: readonly Note[];
  readonly selectedId: string | undefined;
  readonly copyContext: CopyContext;
  readonly onOpen: (note: Note) => void;
}

/** The list's scrolling box: the panel's height less its heading and count, never under 20 rem. */
function listMaxHeight(): number {
  return Math.max(320, window.innerHeight - 200);
}

export function NoteSectionList({ notes, selectedId, copyContext, onOpen }: NoteSectionsProps) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguageOf(i18n);
  const reportId = notes[0]?.target.reportId ?? '';
  const baseId = useId();
  // For the benchmark and the browser's profiler: grouping walks every note.
  const groups = useMemo(
    () => measured('kb:notes-panel-sections', () => notesBySection(notes, reportId, copyContext.reports, lang)),
    [notes, reportId, copyContext.reports, lang],
  );
  const { rows, heights, groupStarts } = useMemo(() => panelRows(groups), [groups]);
  const view = useMeasuredWindow({
    count: rows.length,
    estimateHeight: (index) => heights[index] ?? 0,
    keyOf: (index) => {
      const row = rows[index];
      return row === undefined ? String(index) : row.kind === 'note' ? row.note.id : `section-${row.groupIndex}`;
    },
  });
  const { scrollToRow } = view;
  const selectedRow = selectedId === undefined ? -1 : rows.findIndex((row) => row.kind === 'note' && row.note.id === selectedId);

  // A note opened from a highlight or a link comes into view in the list, once per opening
  // (later edits to the list must not pull the delegate's scrolling back to it). Only the list
  // scrolls: the panel keeps its editor in view (revealEditor), the page keeps its place.
  const scrolledTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (selectedId === undefined) scrolledTo.current = undefined;
    if (selectedId === undefined || selectedRow < 0 || scrolledTo.current === selectedId) return;
    scrolledTo.current = selectedId;
    scrollToRow(selectedRow);
  }, [selectedId, selectedRow, scrollToRow]);

  const visible = visibleSections(rows, view.indices);
  return (
    <>
      <p className="notes-panel-count" data-count={notes.length}>
        {t('notes.count', { count: notes.length })}
      </p>
      {/* Sizes set through the CSSOM (React style props), which style-src 'self' allows. */}
      <div className="virtual-list notes-panel-list" style={{ maxHeight: `${listMaxHeight()}px` }} {...view.boxProps}>
        <div className="virtual-list-inner" style={{ height: `${view.totalHeight}px` }}>
          {visible.map(({ groupIndex, noteRows }) => {
            const group = groups[groupIndex];
            const headingRow = groupStarts[groupIndex] ?? 0;
            if (group === undefined) return null;
            const headingId = `${baseId}-${groupIndex}`;
            return (
              <section key={group.section ?? ''} className="note-section" aria-labelledby={headingId}>
                <SectionHeader
                  group={group}
                  headingId={headingId}
                  reportId={reportId}
                  copyContext={copyContext}
                  lang={lang}
                  row={headingRow}
                  top={view.topOf(headingRow)}
                  measureRow={view.measureRow}
                />
                <ol className="note-list" aria-label={t('copySection.groupLabel', { section: group.label })}>
                  {noteRows.map((index) => {
                    const row = rows[index];
                    return row?.kind !== 'note' ? null : (
                      <li
                        key={row.note.id}
                        ref={view.measureRow}
                        className="virtual-row"
                        data-row-index={index}
                        aria-setsize={group.notes.length}
                        aria-posinset={row.position + 1}
                        style={{ transform: `translateY(${view.topOf(index)}px)` }}
                      >
                        <NoteListItem note={row.note} isSelected={row.note.id === selectedId} onOpen={onOpen} />
                      </li>
                    );
                  })}
                </ol>
              </section>
            );
          })}
        </div>
      </div>
    </>
  );
}

interface SectionHeaderProps {
  readonly group: NoteSectionGroup;
  readonly headingId: string;
  readonly reportId: string;
  readonly copyContext: CopyContext;
  readonly lang: BriefingLanguage;
  readonly row: number;
  readonly top: number;
  readonly measureRow: (element: HTMLElement | null) => void;
}

function SectionHeader({ group, headingId, reportId, copyContext, lang, row, top, measureRow }: SectionHeaderProps) {
  const { t } = useTranslation();
  const { section, label, notes } = group;
  return (
    <div ref={measureRow} className="note-section-header virtual-row" data-row-index={row} style={{ transform: `translateY(${top}px)` }}>
      <h3 id={headingId} className="note-section-heading" title={label}>
        {label}
      </h3>
      {section === undefined ? null : (
        <CopyMarkdownButton
          label={t('copySection.copy')}
          accessibleName={t('copySection.copyNamed', { section: label })}
          markdown={async () => (await loadCopyMarkdown()).sectionMarkdown(notes, { reportId, section }, { reports: copyContext.reports, links: [] }, { lang, quoteMode: 'passage' })}
          copiedMessage={t('copySection.copied', { section: label, count: notes.length })}
          deniedMessage={(message) => t('copySection.copyDenied', { message })}
        />
      )}
    </div>
  );
}

/** The rendered rows grouped by section; a section with any row rendered keeps its heading. */
function visibleSections(rows: readonly PanelRow[], indices: readonly number[]): { groupIndex: number; noteRows: number[] }[] {
  const sections: { groupIndex: number; noteRows: number[] }[] = [];
  for (const index of indices) {
    const row = rows[index];
    if (row === undefined) continue;
    let last = sections[sections.length - 1];
    if (last?.groupIndex !== row.groupIndex) {
      last = { groupIndex: row.groupIndex, noteRows: [] };
      sections.push(last);
    }
    if (row.kind === 'note') last.noteRows.push(index);
  }
  return sections;
}
