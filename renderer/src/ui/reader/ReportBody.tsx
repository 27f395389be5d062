/**
 * A report's text: title, summary, sections, every unit with its number as a deep link.
 * Memoised: scrolling updates the table of contents, never this (long) tree.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../core/report/types';
import type { Range } from '../../core/search/types';
import { EntityChips } from '../entities/EntityChips';
import { formatRoute } from '../routing/route';
import { MarkedText } from '../notes/MarkedText';
import type { NoteMark } from '../notes/noteMarks';
import { Highlighted } from '../text/Highlighted';
import { unitElementId, type ReportOutline } from './reportOutline';

interface ReportBodyProps {
  readonly reportId: string;
  readonly language: string;
  readonly outline: ReportOutline;
  readonly fallbackTitle: string;
  /** The unit the route points at, marked and focusable. */
  readonly targetUnit: string | undefined;
  readonly highlights: ReadonlyMap<string, readonly Range[]>;
  /** The passages of the delegate's notes, by unit id. */
  readonly noteMarks: ReadonlyMap<string, readonly NoteMark[]>;
  /** Null while notes cannot be written (read-only data): no annotate buttons. */
  readonly onAnnotateUnit: ((unit: Unit) => void) | null;
  readonly onOpenNote: (noteId: string) => void;
}

const noRanges: readonly Range[] = [];

export const ReportBody = memo(function ReportBody(props: ReportBodyProps) {
  const { reportId, language, outline, fallbackTitle, targetUnit, highlights, noteMarks, onAnnotateUnit, onOpenNote } = props;
  const { t } = useTranslation();
  const linkOf = (unit: Unit): string => formatRoute({ name: 'report', reportId, unit: unit.number });
  // Every unit is an addressable, focusable element: a deep link scrolls to it and focuses it.
  const common = (unit: Unit, extraClass = '') => ({
    id: unitElementId(unit.number),
    'data-unit': unit.number,
    tabIndex: -1,
    className: `unit${unit.number === targetUnit ? ' is-target' : ''}${extraClass === '' ? '' : ` ${extraClass}`}`,
  });
  const text = (unit: Unit) => {
    const marks = noteMarks.get(unit.id);
    const ranges = highlights.get(unit.id) ?? noRanges;
    return (
      <span className="unit-text" lang={language}>
        {marks === undefined ? (
          <Highlighted text={unit.text} ranges={ranges} />
        ) : (
          <MarkedText text={unit.text} searchRanges={ranges} marks={marks} noteLabel={t('notes.markLabel')} onOpenNote={onOpenNote} />
        )}
      </span>
    );
  };
  const annotate = (unit: Unit, number: string) =>
    onAnnotateUnit === null ? null : (
      <button
        type="button"
        className="annotate-unit"
        aria-label={t('notes.annotateParagraph', { number })}
        title={t('notes.annotateParagraph', { number })}
        onClick={() => onAnnotateUnit(unit)}
      >
        ✎
      </button>
    );

  return (
    <div className="report-body">
      {outline.title ? (
        <h1 {...common(outline.title, 'report-title')}>
          {text(outline.title)}
        </h1>
      ) : (
        <h1 className="report-title" lang={language}>
          {fallbackTitle}
        </h1>
      )}
      {outline.summary.length > 0 ? (
        <section className="report-summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('reader.summary')}</h2>
          {outline.summary.map((unit) => {
            const number = unit.number.replace(/^summary\./, '');
            return (
              <p key={unit.id} {...common(unit)}>
                <a className="unit-number" href={linkOf(unit)} aria-label={t('reader.summaryLink', { number })}>
                  {number}
                </a>
                {text(unit)}
                {annotate(unit, number)}
              </p>
            );
          })}
        </section>
      ) : null}
      {outline.sections.map((section, index) => (
        <section key={section.heading?.id ?? `before-${index}`} className="report-section">
          {section.heading ? (
            <h2 {...common(section.heading)}>
              <a
                className="unit-number"
                href={linkOf(section.heading)}
                aria-label={t('reader.sectionLink', { number: section.heading.number })}
              >
                {section.heading.number}
              </a>
              {text(section.heading)}
            </h2>
          ) : null}
          {section.paragraphs.map((unit) => (
            <p key={unit.id} {...common(unit)}>
              <a className="unit-number" href={linkOf(unit)} aria-label={t('reader.paragraphLink', { number: unit.number })}>
                {unit.number}
              </a>
              {text(unit)}
              <EntityChips unitId={unit.id} number={unit.number} />
              {annotate(unit, unit.number)}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
});
