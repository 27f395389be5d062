/**
 * The result list: a listbox of hits grouped by report and then by section, each hit a
 * numbered snippet with its matches in <mark>. Driven from the search box (the combobox), so
 * options are not tab stops; a click opens one too.
 */
import type { TFunction } from 'i18next';
import { memo, useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import type { Note } from '../../core/notes/types';
import type { Report, ReportMeta } from '../../core/report/types';
import { textDirectionOf } from '../../core/versions/textDirection';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { Highlighted } from '../text/Highlighted';
import { unitLabel } from '../text/unitLabel';
import { useRevealedCount } from '../shell/useRevealedCount';
import type { GroupedHits, HitEntry, ReportGroup, SectionGroup } from './groupHits';
import { NoteHitGroup } from './NoteHitGroup';
import { resultListId, resultOptionId } from './searchIds';
import { sectionHeadingKey } from './searcher';

interface SearchResultListProps {
  readonly grouped: GroupedHits;
  /** The delegate's matching notes, shown first at positions 0…noteHits.length-1. */
  readonly noteHits: readonly Note[];
  readonly query: string;
  /** Section headings by section unit id, sent with the hits (FacetedSearchResult.sectionHeadings). */
  readonly sectionHeadings: Readonly<Record<string, string>>;
  readonly activePosition: number;
  readonly reportById: ReadonlyMap<string, Report>;
  /** Every document's library entry: titles and languages of reports not loaded in the page. */
  readonly documentById: ReadonlyMap<string, LibraryEntry>;
  readonly onOpen: (position: number) => void;
}

/** Memoised, as its options are: a keystroke re-renders the app, not a list of 100 results. */
export const SearchResultList = memo(function SearchResultList({
  grouped,
  noteHits,
  query,
  sectionHeadings,
  activePosition,
  reportById,
  documentById,
  onOpen: onOpenPosition,
}: SearchResultListProps) {
  // One translation and one language namer for the whole list: a hook per option cost a third of
  // a keystroke's rendering at 100 results (react-i18next wraps its instance per mounted component).
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  // Corpus hits follow the notes: their display position is their grouped position + offset.
  const offset = noteHits.length;
  const corpusActive = activePosition - offset;
  const onOpen = useCallback((position: number) => onOpenPosition(position + offset), [offset, onOpenPosition]);
  const metaOf = useCallback(
    (reportId: string): ReportMeta | undefined => documentById.get(reportId)?.meta ?? reportById.get(reportId)?.meta,
    [documentById, reportById],
  );

  // The first results at once, more when the end of the list comes into view (or the button asks):
  // a keystroke then mounts a screenful of options, not 100 (their DOM work was most of a keystroke's
  // frame), and a list that ends in view fills up in a transition after the keystroke's frame.
  const revealed = useRevealedCount(grouped.ordered.length, { first: firstResults, step: resultStep, resetKey: query, reach: '0px' });
  // Arrow keys never reach an option that is not there: the active one and a few after it are shown.
  const shownCount = Math.min(grouped.ordered.length, Math.max(revealed.count, corpusActive + 1 + keyboardLookahead));
  const shownReports = useMemo(() => firstEntries(grouped.reports, shownCount), [grouped.reports, shownCount]);

  useEffect(() => {
    if (activePosition < 0) return;
    document.getElementById(resultOptionId(activePosition))?.scrollIntoView({ block: 'nearest' });
  }, [activePosition]);

  return (
    <>
      <div role="listbox" id={resultListId} className="result-list" aria-label={t('search.resultsLabel', { query })}>
        {noteHits.length === 0 ? null : (
          <NoteHitGroup notes={noteHits} reportById={reportById} activePosition={activePosition} onOpen={onOpenPosition} />
        )}
        {shownReports.map((reportGroup) => {
          const meta = metaOf(reportGroup.reportId);
          const reportLabelId = `result-report-${reportGroup.reportId}`;
          return (
            <div role="group" key={reportGroup.reportId} aria-labelledby={reportLabelId} className="result-report">
              <div id={reportLabelId} className="result-report-title" lang={meta?.language} dir={meta === undefined ? undefined : textDirectionOf(meta.language)}>
                {meta?.title ?? reportGroup.reportId}
              </div>
              {reportGroup.sections.map((sectionGroup) => (
                <ResultSection
                  key={sectionGroup.section ?? ''}
                  group={sectionGroup}
                  heading={sectionGroup.section === null ? undefined : sectionHeadings[sectionHeadingKey(sectionGroup.reportId, sectionGroup.section)]}
                  metaOf={metaOf}
                  offset={offset}
                  activePosition={corpusActive}
                  onOpen={onOpen}
                  t={t}
                  languageName={languageName}
                />
              ))}
            </div>
          );
        })}
      </div>
      {shownCount < grouped.ordered.length ? (
        <p className="result-more" ref={revealed.endRef}>
          <button type="button" className="link-button" onClick={revealed.more}>
            {t('resultList.showMore', { count: grouped.ordered.length - shownCount })}
          </button>
        </p>
      ) : null}
    </>
  );
});

/**
 * Results rendered at first: more than a 1920 × 1080 window shows (seven to nine), and a list that
 * ends in view fills up after the keystroke's frame. Each option is text to shape and lay out in
 * every frame of typing: 25 at first cost the page 8–12 ms more per keystroke at the p95 (1,000
 * reports, two runs each way). So few are mostly on screen: the groups are not `content-visibility:
 * auto`, whose on-screen check took a layout more per keystroke (3.4 → 2.5 layouts a keystroke
 * without it, 1,000 reports, typing once loaded; keystroke → painted p95 lower in each of six
 * alternated fresh loads, median 60.1 → 55.4 ms).
 */
const firstResults = 12;
const resultStep = 40;
/** Options kept shown beyond the active one, so ArrowDown always has somewhere to go. */
const keyboardLookahead = 10;

/** The groups holding the first `count` entries (positions run in display order). */
function firstEntries(reports: readonly ReportGroup[], count: number): readonly ReportGroup[] {
  const shown: ReportGroup[] = [];
  for (const report of reports) {
    const sections: SectionGroup[] = [];
    for (const section of report.sections) {
      const hits = section.hits.filter((entry) => entry.position < count);
      if (hits.length === section.hits.length) sections.push(section);
      else if (hits.length > 0) sections.push({ ...section, hits });
    }
    if (sections.length === 0) break;
    shown.push(sections.length === report.sections.length && sections.every((section, n) => section === report.sections[n]) ? report : { ...report, sections });
  }
  return shown;
}

interface ResultSectionProps {
  readonly group: SectionGroup;
  readonly heading: string | undefined;
  readonly metaOf: (reportId: string) => ReportMeta | undefined;
  /** Added to each hit's position for its option id (the notes come first). */
  readonly offset: number;
  readonly activePosition: number;
  readonly onOpen: (position: number) => void;
  readonly t: TFunction;
  readonly languageName: (language: string) => string;
}

/** A section's hits under its heading, which comes with the hits: no report is fetched into the page to name it. */
function ResultSection({ group, heading, metaOf, offset, activePosition, onOpen, t, languageName }: ResultSectionProps) {
  const language = metaOf(group.reportId)?.language;
  const labelId = `result-section-${group.reportId}-${group.section ?? 'front'}`;
  return (
    <div role="group" aria-labelledby={labelId} className="result-section">
      <div id={labelId} className="result-section-title">
        {group.section === null ? (
          t('search.titleAndSummary')
        ) : (
          <>
            <span className="section-number">{group.section}</span>{' '}
            <span lang={language} dir={language === undefined ? undefined : textDirectionOf(language)}>
              {heading}
            </span>
          </>
        )}
      </div>
      {group.hits.map((entry) => (
        <ResultOption
          key={entry.hit.unit.id}
          entry={entry}
          offset={offset}
          metaOf={metaOf}
          isActive={entry.position === activePosition}
          onOpen={onOpen}
          t={t}
          languageName={languageName}
        />
      ))}
    </div>
  );
}

interface ResultOptionProps {
  readonly entry: HitEntry;
  readonly offset: number;
  /** Stable (memoised by the list), so that options keep their memo. */
  readonly metaOf: (reportId: string) => ReportMeta | undefined;
  readonly isActive: boolean;
  readonly onOpen: (position: number) => void;
  /** The list's: stable while the interface language stays. */
  readonly t: TFunction;
  readonly languageName: (language: string) => string;
}

/** Memoised: moving the active result re-renders the two options that change, not all. */
const ResultOption = memo(function ResultOption({ entry, offset, metaOf, isActive, onOpen, t, languageName }: ResultOptionProps) {
  const { hit, position } = entry;
  const language = metaOf(hit.unit.reportId)?.language;
  // The same paragraph found in other versions: named here, opened from the reader's version line.
  const otherLanguages = entry.otherVersions.map((other) => languageName(metaOf(other.unit.reportId)?.language ?? other.unit.reportId));
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
      <span className="result-snippet" lang={language} dir={language === undefined ? undefined : textDirectionOf(language)}>
        {snippet.isTruncatedStart ? '…' : ''}
        <Highlighted text={snippet.text} ranges={snippet.highlights} />
        {snippet.isTruncatedEnd ? '…' : ''}
      </span>
      {hit.isExact ? null : (
        <span className="badge" title={t('search.partialMatchHint')}>
          {t('search.partialMatch')}
        </span>
      )}
      {otherLanguages.length === 0 ? null : (
        <span className="result-versions">
          {t('versions.alsoIn', { languages: otherLanguages.join(t('entities.listSeparator')) })}
        </span>
      )}
    </div>
  );
});
