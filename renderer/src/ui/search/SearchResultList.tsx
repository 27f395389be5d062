/**
 * The result list: a listbox of hits grouped by report and then by section, each hit a
 * numbered snippet with its matches in <mark>. Driven from the search box (the combobox), so
 * options are not tab stops; a click opens one too.
 */
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/report/types';
import type { SearchHit } from '../../core/search/types';
import { Highlighted } from '../text/Highlighted';
import { unitLabel } from '../text/unitLabel';
import type { GroupedHits, SectionGroup } from './groupHits';
import { resultListId, resultOptionId } from './searchIds';

interface SearchResultListProps {
  readonly grouped: GroupedHits;
  readonly query: string;
  readonly activePosition: number;
  readonly reportById: ReadonlyMap<string, Report>;
  readonly onOpen: (position: number) => void;
}

/** Memoised, as its options are: a keystroke re-renders the app, not a list of 100 results. */
export const SearchResultList = memo(function SearchResultList({
  grouped,
  query,
  activePosition,
  reportById,
  onOpen,
}: SearchResultListProps) {
  const { t } = useTranslation();

  useEffect(() => {
    if (activePosition < 0) return;
    document.getElementById(resultOptionId(activePosition))?.scrollIntoView({ block: 'nearest' });
  }, [activePosition]);

  return (
    <div role="listbox" id={resultListId} className="result-list" aria-label={t('search.resultsLabel', { query })}>
      {grouped.reports.map((reportGroup) => {
        const report = reportById.get(reportGroup.reportId);
        const reportLabelId = `result-report-${reportGroup.reportId}`;
        return (
          <div role="group" key={reportGroup.reportId} aria-labelledby={reportLabelId} className="result-report">
            <div id={reportLabelId} className="result-report-title" lang={report?.meta.language}>
              {report?.meta.title ?? reportGroup.reportId}
            </div>
            {reportGroup.sections.map((sectionGroup) => (
              <ResultSection
                key={sectionGroup.section ?? ''}
                group={sectionGroup}
                report={report}
                activePosition={activePosition}
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
  readonly activePosition: number;
  readonly onOpen: (position: number) => void;
}

function ResultSection({ group, report, activePosition, onOpen }: ResultSectionProps) {
  const { t } = useTranslation();
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
            <span lang={report?.meta.language}>{heading}</span>
          </>
        )}
      </div>
      {group.hits.map(({ hit, position }) => (
        <ResultOption
          key={hit.unit.id}
          hit={hit}
          position={position}
          language={report?.meta.language}
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
  readonly language: string | undefined;
  readonly isActive: boolean;
  readonly onOpen: (position: number) => void;
}

/** Memoised: moving the active result re-renders the two options that change, not all. */
const ResultOption = memo(function ResultOption({ hit, position, language, isActive, onOpen }: ResultOptionProps) {
  const { t } = useTranslation();
  const { snippet } = hit;
  return (
    <div
      role="option"
      id={resultOptionId(position)}
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
