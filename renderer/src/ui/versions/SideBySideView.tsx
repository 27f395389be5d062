/**
 * Two language versions of one document side by side, aligned paragraph by paragraph
 * (core/versions/alignVersions): two columns in a wide window, each paragraph's versions one above
 * the other in a narrower one (styles/versions.css), in one scrolling page so they scroll
 * together. Each cell carries its version's lang and dir (Arabic right to left); a paragraph one
 * version lacks is a gap that says so. Either column can be switched to another version; every
 * paragraph number links to that version read alone. The delegate's notes on any version of a
 * paragraph are listed under it in each column, marked with the language they were made in.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report, ReportMeta, Unit } from '../../core/report/types';
import { alignVersions } from '../../core/versions/alignVersions';
import { notesAcrossVersions, type VersionNote } from '../../core/versions/notesAcrossVersions';
import { textDirectionOf } from '../../core/versions/textDirection';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { htmlLangOf } from '../i18n/uiLanguage';
import { formatRoute } from '../routing/route';
import { navigate } from '../routing/useRoute';
import { unitLabel } from '../text/unitLabel';
import { VersionNoteMarker } from './VersionNotes';

interface SideBySideViewProps {
  readonly left: Report;
  readonly right: Report;
  /** Every version of the document (both shown included), for the column switches. */
  readonly versions: readonly ReportMeta[];
  /** The delegate's notes on every version. */
  readonly notes: readonly Note[];
  /** The paragraph the route points at, scrolled to. */
  readonly unit: string | undefined;
}

/** The id of a row, for deep links and scrolling. */
export function versionRowId(number: string): string {
  return `version-row-${number}`;
}

const noEntries: readonly VersionNote[] = [];

/** Header lines (meeting, date, symbol) differ by nature between versions and say nothing to compare. */
const isCompared = (unit: Unit | undefined): boolean => unit?.kind !== 'header';

export function SideBySideView({ left, right, versions, notes, unit }: SideBySideViewProps) {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  const [uiLanguage] = useUiLanguage();
  const rows = useMemo(
    () => alignVersions(left.units, right.units).filter((row) => isCompared(row.left) && isCompared(row.right)),
    [left, right],
  );
  const leftNotes = useMemo(() => notesAcrossVersions(notes, left, versions, { withOwn: true }).byUnit, [notes, left, versions]);
  const rightNotes = useMemo(() => notesAcrossVersions(notes, right, versions, { withOwn: true }).byUnit, [notes, right, versions]);
  const [leftLanguage, rightLanguage] = [languageName(left.meta.language), languageName(right.meta.language)];

  useEffect(() => {
    if (unit !== undefined) document.getElementById(versionRowId(unit))?.scrollIntoView({ block: 'start' });
  }, [unit]);

  const switchTo = (side: 'left' | 'right', reportId: string): void => {
    // Choosing the version the other column shows swaps the columns.
    const [first, second] =
      side === 'left'
        ? [reportId, reportId === right.meta.id ? left.meta.id : right.meta.id]
        : [reportId === left.meta.id ? right.meta.id : left.meta.id, reportId];
    navigate({ name: 'report', reportId: first, beside: second, ...(unit === undefined ? {} : { unit }) });
  };
  const columnSwitch = (side: 'left' | 'right', label: string, shown: Report) => (
    <label className="version-switch">
      {label}{' '}
      <select value={shown.meta.id} data-column={side} onChange={(event) => switchTo(side, event.target.value)}>
        {versions.map((meta) => (
          <option key={meta.id} value={meta.id}>
            {languageName(meta.language)}
          </option>
        ))}
      </select>
    </label>
  );
  const uiLang = htmlLangOf(uiLanguage);

  return (
    <section className="side-by-side" aria-labelledby="side-by-side-heading">
      <h1 id="side-by-side-heading">{t('versions.heading', { left: leftLanguage, right: rightLanguage })}</h1>
      <div className="side-by-side-controls">
        {columnSwitch('left', t('versions.firstColumn'), left)}
        {columnSwitch('right', t('versions.secondColumn'), right)}
        <a href={formatRoute({ name: 'report', reportId: left.meta.id, ...(unit === undefined ? {} : { unit }) })}>
          {t('versions.readAlone', { language: leftLanguage })}
        </a>
      </div>
      <div className="version-columns-head" aria-hidden="true">
        <div>{leftLanguage}</div>
        <div>{rightLanguage}</div>
      </div>
      <ol className="version-rows">
        {rows.map((row) => (
          <li
            key={row.number}
            id={versionRowId(row.number)}
            className={`version-row${row.number === unit ? ' is-target' : ''}`}
            data-unit={row.number}
          >
            <VersionCell side="left" report={left} unit={row.left} language={leftLanguage} notes={row.left ? leftNotes.get(row.left.id) : undefined} uiLang={uiLang} />
            <VersionCell side="right" report={right} unit={row.right} language={rightLanguage} notes={row.right ? rightNotes.get(row.right.id) : undefined} uiLang={uiLang} />
            {row.isUncertain ? (
              <p className="version-uncertain" lang={uiLang}>
                {t('versions.uncertain')}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

interface VersionCellProps {
  readonly side: 'left' | 'right';
  readonly report: Report;
  readonly unit: Unit | undefined;
  /** The version's language, named in the interface's language. */
  readonly language: string;
  readonly notes: readonly VersionNote[] | undefined;
  readonly uiLang: string;
}

function VersionCell({ side, report, unit, language, notes, uiLang }: VersionCellProps) {
  const { t } = useTranslation();
  const { language: code } = report.meta;
  return (
    <div className={`version-cell version-cell-${side}${unit === undefined ? ' is-gap' : ''}`} lang={code} dir={textDirectionOf(code)} data-report={report.meta.id}>
      {/* Which version a cell is, for the stacked layout where the column heads are gone. */}
      <span className="version-cell-language" lang={uiLang} dir="auto">
        {language}
      </span>
      {unit === undefined ? (
        <p className="version-gap" lang={uiLang} dir="auto">
          {t('versions.missing', { language })}
        </p>
      ) : (
        <>
          <p className={`version-text version-kind-${unit.kind}`}>
            {/* In the interface's language but laid out in the column's direction, so its gap is on the text's side. */}
            <a
              className="unit-number"
              href={formatRoute({ name: 'report', reportId: report.meta.id, unit: unit.number })}
              lang={uiLang}
              dir={textDirectionOf(code)}
              aria-label={`${language} ${unitLabel(unit, t)}`}
            >
              {unit.kind === 'title' ? '' : unitLabel(unit, t)}
            </a>
            <span className="unit-text">{unit.text}</span>
          </p>
          {(notes ?? noEntries).length === 0 ? null : (
            <span className="version-notes" lang={uiLang}>
              {(notes ?? noEntries).map((entry) => (
                <VersionNoteMarker key={entry.note.id} entry={entry} />
              ))}
            </span>
          )}
        </>
      )}
    </div>
  );
}
