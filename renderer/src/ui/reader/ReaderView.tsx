/** The reader: a report's table of contents beside its numbered text. */
import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { RelatedParagraphs } from '../entities/RelatedParagraphs';
import { FirstRunHint } from '../keyboard/FirstRunHint';
import { bodyText, subjectText } from '../library/reportMetaText';
import { PrintReport } from '../export/PrintReport';
import { useReaderLinks } from '../links/useReaderLinks';
import { unitNumberOf } from '../notes/noteText';
import { NotesPanel } from '../notes/NotesPanel';
import { SelectionAnnotateButton } from '../notes/SelectionAnnotateButton';
import { useAnnotateShortcut } from '../notes/useAnnotateShortcut';
import { useReaderNotes } from '../notes/useReaderNotes';
import { ReaderRevisionMark } from '../revisions/RevisionMark';
import { formatRoute } from '../routing/route';
import type { Searcher } from '../search/searcher';
import { useQueryHighlights } from './queryHighlights';
import { ReportBody } from './ReportBody';
import { reportOutline, unitElementId } from './reportOutline';
import { TableOfContents } from './TableOfContents';
import { tableOfContents, tocEntryOf } from './tableOfContents';
import { useReadingPosition } from './useReadingPosition';
import { notesAcrossVersions } from '../../core/versions/notesAcrossVersions';
import { VersionBar } from '../versions/VersionBar';
import { UnplacedVersionNotes, VersionNotesContext } from '../versions/VersionNotes';
import { useNotesOf, useOtherVersions } from '../versions/useVersions';

interface ReaderViewProps {
  readonly report: Report;
  readonly searcher: Searcher;
  /** The unit the route points at (a deep link or a search hit). */
  readonly unit: string | undefined;
  /** The query whose matches are highlighted, when coming from search. */
  readonly query: string | undefined;
  /** The note the route asks to open (from search or the all-notes view). */
  readonly note?: string | undefined;
  /** Every report, for copying a note as Markdown. */
  readonly reports: readonly Report[];
  /** What had the focus when the route was entered: if the user moved it while the report loaded, it stays. */
  readonly focusAtArrival?: Element | null;
}

/** Memoised: typing in the search box re-renders the app, and the reader must not follow. */
export const ReaderView = memo(function ReaderView({ report, searcher, unit, query, note, reports, focusAtArrival }: ReaderViewProps) {
  const { t } = useTranslation();
  const reportId = report.meta.id;
  const language = report.meta.language;
  const outline = useMemo(() => reportOutline(report.units), [report]);
  const toc = useMemo(() => tableOfContents(report.units), [report]);
  const unitByNumber = useMemo(() => new Map(report.units.map((u) => [u.number, u])), [report]);
  const { highlights, state: highlightState } = useQueryHighlights(searcher, reportId, query);
  const isUnitMissing = unit !== undefined && !unitByNumber.has(unit);

  const bodyRef = useRef<HTMLDivElement>(null);
  const topUnit = useReadingPosition(reportId, isUnitMissing ? undefined : unit, bodyRef, focusAtArrival);
  const topUnitObject = topUnit === undefined ? undefined : unitByNumber.get(topUnit);
  const currentEntry = topUnitObject === undefined ? undefined : tocEntryOf(toc, report.units, topUnitObject);
  // Related paragraphs follow the paragraph the route opened, else the one being read.
  const relatedUnit = unit !== undefined && !isUnitMissing ? unit : topUnit;
  const notes = useReaderNotes(report, note);
  // Notes made on the other language versions, shown under their paragraphs here.
  const otherVersions = useOtherVersions(reportId);
  const otherNotes = useNotesOf(useMemo(() => otherVersions.map((meta) => meta.id), [otherVersions]));
  const versionNotes = useMemo(() => notesAcrossVersions(otherNotes, report, otherVersions), [otherNotes, report, otherVersions]);
  const links = useReaderLinks(report, reports, notes.isReadOnly);
  const copyContext = useMemo(() => ({ reports }), [reports]);
  const { openNote, closeNote, annotateUnit, annotateSelection, isReadOnly } = notes;
  const annotateActions = useMemo(
    () => (isReadOnly ? null : { annotateUnit, annotateSelection }),
    [isReadOnly, annotateUnit, annotateSelection],
  );
  useAnnotateShortcut(bodyRef, unitByNumber, annotateActions);
  // Closing the editor (its button or Esc) gives focus back to the paragraph the note is on.
  const selectedUnit = notes.selected === undefined ? undefined : unitNumberOf(notes.selected);
  const closeEditor = useCallback(() => {
    closeNote();
    if (selectedUnit !== undefined) document.getElementById(unitElementId(selectedUnit))?.focus({ preventScroll: true });
  }, [closeNote, selectedUnit]);
  const { discardNote } = notes;
  const discardEditor = useCallback(
    (discarded: Note) => {
      discardNote(discarded);
      document.getElementById(unitElementId(unitNumberOf(discarded)))?.focus({ preventScroll: true });
    },
    [discardNote],
  );
  // Stable, so that the (memoised) panel and its rows skip renders the text causes. A note
  // picked in the panel brings its paragraph into view: the note is about that text.
  const openPicked = useCallback(
    (picked: Note) => {
      openNote(picked.id);
      document.getElementById(unitElementId(unitNumberOf(picked)))?.scrollIntoView({ block: 'nearest' });
    },
    [openNote],
  );

  return (
    <div className="reader">
      <TableOfContents reportId={reportId} language={language} entries={toc} current={currentEntry} />
      <article
        className="reader-article"
        aria-labelledby={outline.title ? 'unit-title' : undefined}
        ref={bodyRef}
        data-highlights={highlightState}
      >
        {isUnitMissing ? (
          <p role="alert" className="notice">
            {t('reader.unitNotFound', { unit })}
          </p>
        ) : null}
        {query !== undefined && query.trim() !== '' ? (
          <p className="notice highlight-notice">
            {t('reader.highlighting', { query })}{' '}
            <a href={formatRoute({ name: 'search', query })}>{t('reader.backToResults')}</a>
            {' · '}
            <a href={formatRoute({ name: 'report', reportId, ...(unit !== undefined ? { unit } : {}) })}>
              {t('reader.clearHighlights')}
            </a>
          </p>
        ) : null}
        {notes.isReadOnly ? null : <FirstRunHint />}
        <p className="report-meta">
          {report.meta.body ? `${bodyText(report.meta.body, t)} · ` : ''}
          {t('library.sessionValue', { year: report.meta.session })} · {subjectText(report.meta.subject, t)}{' '}
          <button type="button" className="print-button" aria-label={t('briefingSend.printLabel')} onClick={() => window.print()}>
            {t('briefingSend.print')}
          </button>
        </p>
        <ReaderRevisionMark reportId={reportId} />
        <VersionBar current={report.meta} others={otherVersions} unit={relatedUnit} />
        <VersionNotesContext.Provider value={versionNotes.byUnit}>
          <ReportBody
            reportId={reportId}
            language={language}
            outline={outline}
            fallbackTitle={report.meta.title}
            targetUnit={isUnitMissing ? undefined : unit}
            highlights={highlights}
            noteMarks={notes.marksByUnit}
            onAnnotateUnit={notes.isReadOnly ? null : notes.annotateUnit}
            onOpenNote={notes.openNote}
            unitLinks={links.byUnit}
            onLinkUnit={links.linkUnit}
            linkActions={links.actions}
          />
        </VersionNotesContext.Provider>
        <UnplacedVersionNotes entries={versionNotes.unplaced} />
        <SelectionAnnotateButton rootRef={bodyRef} isDisabled={notes.isReadOnly} onAnnotate={notes.annotateSelection} />
        {relatedUnit === undefined ? null : <RelatedParagraphs reportId={reportId} number={relatedUnit} />}
      </article>
      <NotesPanel
        notes={notes.notes}
        selected={notes.selected}
        tags={notes.tags}
        copyContext={copyContext}
        isReadOnly={notes.isReadOnly}
        onOpen={openPicked}
        onClose={closeEditor}
        onDelete={notes.deleteNote}
        onDiscard={discardEditor}
        error={notes.error}
      />
      {notes.toast}
      {links.elements}
      <PrintReport report={report} notes={notes.notes ?? []} />
    </div>
  );
});
