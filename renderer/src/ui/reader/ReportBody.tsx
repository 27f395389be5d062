/**
 * A report's text: title, summary, sections, every unit with its number as a deep link (an
 * unnumbered heading with a # link after its text).
 * Memoised: scrolling updates the table of contents, never this (long) tree.
 */
import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../core/report/types';
import type { Range } from '../../core/search/types';
import { FootnoteCalls } from './FootnoteCalls';
import { EntityChips } from '../entities/EntityChips';
import type { UnitLinkGroup } from '../links/linkGroups';
import type { LinkActions } from '../links/LinkItem';
import { UnitLinks } from '../links/UnitLinks';
import { formatRoute } from '../routing/route';
import { MarkedText, useMarkLabels, type MarkLabels } from '../notes/MarkedText';
import type { NoteMark } from '../notes/noteMarks';
import { Highlighted } from '../text/Highlighted';
import { unitMarginLabel, unitPlace } from '../text/unitLabel';
import { textDirectionOf } from '../../core/versions/textDirection';
import { VersionNoteMarkers } from '../versions/VersionNotes';
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
  /** The delegate's links by unit id, shown under their paragraphs. */
  readonly unitLinks: ReadonlyMap<string, UnitLinkGroup>;
  /** Null while links cannot be written: no link buttons, no remove. */
  readonly onLinkUnit: ((unit: Unit) => void) | null;
  readonly linkActions: LinkActions | null;
}

const noRanges: readonly Range[] = [];

export const ReportBody = memo(function ReportBody(props: ReportBodyProps) {
  const { reportId, language, outline, fallbackTitle, targetUnit, highlights, noteMarks, onAnnotateUnit, onOpenNote } = props;
  const { unitLinks, onLinkUnit, linkActions } = props;
  const { t } = useTranslation();
  const linkOf = (unit: Unit): string => formatRoute({ name: 'report', reportId, unit: unit.number });
  // Every unit is an addressable, focusable element: a deep link scrolls to it and focuses it.
  const common = (unit: Unit, extraClass = '') => ({
    id: unitElementId(unit.number),
    'data-unit': unit.number,
    tabIndex: -1,
    className: `unit${unit.number === targetUnit ? ' is-target' : ''}${extraClass === '' ? '' : ` ${extraClass}`}`,
  });
  const markLabels = useMarkLabels();
  const text = (unit: Unit) => (
    <UnitText
      text={unit.text}
      language={language}
      ranges={highlights.get(unit.id) ?? noRanges}
      marks={noteMarks.get(unit.id)}
      markLabels={markLabels}
      onOpenNote={onOpenNote}
    />
  );
  // ✎ and ⇄ beside a paragraph: one look (unit-action), absent while notes are read-only.
  const action = (className: string, symbol: string, label: string, onClick: () => void) => (
    <button type="button" className={`unit-action ${className}`} aria-label={label} title={label} onClick={onClick}>
      {symbol}
    </button>
  );
  const annotate = (unit: Unit, number: string) =>
    onAnnotateUnit === null ? null : action('annotate-unit', '✎', t('notes.annotateParagraph', { number }), () => onAnnotateUnit(unit));
  const link = (unit: Unit, number: string) =>
    onLinkUnit === null ? null : action('link-unit', '⇄', t('links.linkParagraph', { number }), () => onLinkUnit(unit));
  const links = (unit: Unit, number: string) => {
    const group = unitLinks.get(unit.id);
    return group === undefined ? null : (
      <UnitLinks group={group} unitNumber={unit.number} number={number} reportId={reportId} actions={linkActions} />
    );
  };

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
              <Fragment key={unit.id}>
                <p {...common(unit)}>
                  <a className="unit-number" href={linkOf(unit)} aria-label={t('reader.summaryLink', { number })}>
                    {number}
                  </a>
                  {text(unit)}
                  <VersionNoteMarkers unitId={unit.id} />
                  {annotate(unit, number)}
                  {link(unit, number)}
                </p>
                {links(unit, number)}
              </Fragment>
            );
          })}
        </section>
      ) : null}
      {outline.sections.map((section, index) => (
        <section key={section.heading?.id ?? `before-${index}`} className="report-section">
          {section.heading?.kind === 'heading' ? (
            // Printed without a number: a heading to navigate by and link to, not a paragraph to number or annotate.
            <h2 {...common(section.heading, 'unnumbered-heading')}>
              {text(section.heading)}
              <a className="heading-link" href={linkOf(section.heading)} aria-label={t('reader.unitLink', { place: unitPlace(section.heading.number, t) })}>
                #
              </a>
            </h2>
          ) : section.heading ? (
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
            <Fragment key={unit.id}>
              <p {...common(unit)}>
                <a className="unit-number" href={linkOf(unit)} aria-label={t('reader.unitLink', { place: unitPlace(unit.number, t) })}>
                  {unitMarginLabel(unit.number)}
                </a>
                {text(unit)}
                <FootnoteCalls reportId={reportId} footnotes={unit.footnotes} />
                <EntityChips unitId={unit.id} number={unit.number} />
                <VersionNoteMarkers unitId={unit.id} />
                {annotate(unit, unit.number)}
                {link(unit, unit.number)}
              </p>
              {links(unit, unit.number)}
            </Fragment>
          ))}
        </section>
      ))}
    </div>
  );
});

interface UnitTextProps {
  readonly text: string;
  readonly language: string;
  readonly ranges: readonly Range[];
  readonly marks: readonly NoteMark[] | undefined;
  readonly markLabels: MarkLabels;
  readonly onOpenNote: (noteId: string) => void;
}

/** Memoised: a live answer about one note redraws its paragraph, not every paragraph's marks. */
const UnitText = memo(function UnitText({ text, language, ranges, marks, markLabels, onOpenNote }: UnitTextProps) {
  return (
    <span className="unit-text" lang={language} dir={textDirectionOf(language)}>
      {marks === undefined ? (
        <Highlighted text={text} ranges={ranges} />
      ) : (
        <MarkedText text={text} searchRanges={ranges} marks={marks} labels={markLabels} onOpenNote={onOpenNote} />
      )}
    </span>
  );
});
