/**
 * The result list: a listbox of hits grouped by report and then by section, each hit a
 * numbered snippet with its matches in <mark>. Driven from the search box (the combobox), so
 * options are not tab stops; a click opens one too.
 */
import { useReportLanguage } from '../data/useReportLanguage';
import { memo, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import type { SearchHit } from '../../core/search/types';
import { Highlighted } from '../text/Highlighted';
import { unitLabel } from '../text/unitLabel';
import type { GroupedHits, SectionGroup } from './groupHits';
import { NoteHitGroup } from './NoteHitGroup';
import { resultListId, resultOptionId } from './searchIds';

interface SearchResultListProps {
  readonly grouped: GroupedHits;
  /** The delegate's matching notes, shown first at positions 0…noteHits.length-1. */
  readonly noteHits: readonly Note[];
  readonly query: string;
  readonly activePosition: number;
  readonly reportById: ReadonlyMap<string, Report>;
  readonly onOpen: (position: number) => void;
}

/** Memoised, as its options are: a keystroke re-renders the app, not a list of 100 results. */
export const SearchResultList = memo(function SearchResultList({
  grouped,
  noteHits,
  query,
  activePosition,
  reportById,
  onOpen: onOpenPosition,
}: SearchResultListProps) {
  const { t } = useTranslation();
  // The library knows every report's language before the corpus (reportById) is loaded.
  const languageOf = useReportLanguage();
  // Corpus hits follow the notes: their display position is their grouped position + offset.
  const offset = noteHits.length;
  const corpusActive = activePosition - offset;
  const onOpen = useCallback((position: number) => onOpenPosition(position + offset), [offset, onOpenPosition]);

  useEffect(() => {
    if (activePosition < 0) return;
    document.getElementById(resultOptionId(activePosition))?.scrollIntoView({ block: 'nearest' });
  }, [activePosition]);

  return (
    <div role="listbox" id={resultListId} className="result-list" aria-label={t('search.resultsLabel', { query })}>
      {noteHits.length === 0 ? null : (
        <NoteHitGroup notes={noteHits} reportById={reportById} activePosition={activePosition} onOpen={onOpenPosition} />
      )}
      {grouped.reports.map((reportGroup) => {
        const report = reportById.get(reportGroup.reportId);
        const reportLabelId = `result-report-${reportGroup.reportId}`;
        return (
          <div role="group" key={reportGroup.reportId} aria-labelledby={reportLabelId} className="result-report">
            <div id={reportLabelId} className="result-report-title" lang={report?.meta.language ?? languageOf(reportGroup.reportId)}>
              {report?.meta.title ?? reportGroup.reportId}
            </div>
            {reportGroup.sections.map((sectionGroup) => (
              <ResultSection
                key={sectionGroup.section ?? ''}
                group={sectionGroup}
                report={report}
                offset={offset}
                activePosition={corpusActive}
                onOpen={onOpen}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
});

interface ResultSectionProps {
  readonly group: SectionGroup;
  readonly report: Report | undefined;
  /** Added to each hit's position for its option id (the notes come first). */
  readonly offset: number;
  readonly activePosition: number;
  readonly onOpen: (position: number) => void;
}

function ResultSection({ group, report, offset, activePosition, onOpen }: ResultSectionProps) {
  const { t } = useTranslation();
  const languageOf = useReportLanguage();
  const language = report?.meta.language ?? languageOf(group.reportId);
  const labelId = `result-section-${group.reportId}-${group.section ?? 'front'}`;
  const heading =
    group.section === null
      ? undefined
      : report?.units.find((unit) => unit.kind === 'section' && unit.number === group.section)?.text;
  return (
    <div role="group" aria-labelledby={labelId} className="result-section">
      <div id={labelId} className="result-section-title">
        {group.section === null ? (
          t('search.titleAndSummary')
        ) : (
          <>
            <span className="section-number">{group.section}</span>{' '}
            <span lang={language}>{heading}</span>
          </>
        )}
      </div>
      {group.hits.map(({ hit, position }) => (
        <ResultOption
          key={hit.unit.id}
          hit={hit}
          position={position}
          offset={offset}
          language={language}
          isActive={position === activePosition}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
}

interface ResultOptionProps {
  readonly hit: SearchHit;
  readonly position: number;
  readonly offset: number;
  readonly language: string | undefined;
  readonly isActive: boolean;
  readonly onOpen: (position: number) => void;
}

/** Memoised: moving the active result re-renders the two options that change, not all. */
const ResultOption = memo(function ResultOption({ hit, position, offset, language, isActive, onOpen }: ResultOptionProps) {
  const { t } = useTranslation();
  const { snippet } = hit;
  return (
    <div
      role="option"
      id={resultOptionId(position + offset)}
      aria-selected={isActive}
      className={isActive ? 'result-option is-active' : 'result-option'}
      data-unit-id={hit.unit.id}
      onClick={() => onOpen(position)}
    >
      <span className="result-number">{unitLabel(hit.unit, t)}</span>
      <span className="result-snippet" lang={language}>
        {snippet.isTruncatedStart ? '…' : ''}
        <Highlighted text={snippet.text} ranges={snippet.highlights} />
        {snippet.isTruncatedEnd ? '…' : ''}
      </span>
      {hit.isExact ? null : (
        <span className="badge" title={t('search.partialMatchHint')}>
          {t('search.partialMatch')}
        </span>
      )}
    </div>
  );
});
