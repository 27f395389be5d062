/** The timeline: dated activities by month, each opening its paragraph in the reader. */
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { intlLocaleOf } from '../i18n/uiLanguage';
import { useReportLanguage } from '../data/useReportLanguage';
import { useEntityRefName } from './useEntityRefName';
import { formatRoute } from '../routing/route';
import { useFocusOnArrival } from '../shell/useFocusOnArrival';
import { activityCells, formatDateRange } from './activityTable';
import type { CorpusEntityData } from './corpusEntities';
import { DocumentName, hasSeveralDocuments } from './DocumentName';
import { groupByMonth } from './timeline';
import { unitPlace } from '../text/unitLabel';

export const TimelineView = memo(function TimelineView({ data }: { data: CorpusEntityData }) {
  const { t } = useTranslation();
  const [uiLanguage] = useUiLanguage();
  const languageOf = useReportLanguage();
  const nameOf = useEntityRefName();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const groups = useMemo(() => groupByMonth(data.activities.map((entry) => entry.row)), [data]);
  const severalDocuments = hasSeveralDocuments(data);
  // Month names from the platform's locale data, in the UI language; UTC so no time zone shifts a month.
  const monthFormat = useMemo(
    () => new Intl.DateTimeFormat(intlLocaleOf(uiLanguage), { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    [uiLanguage],
  );
  const separator = t('entities.listSeparator');
  const groupLabel = (key: string): string =>
    key.length === 4 ? t('entities.wholeYear', { year: key }) : monthFormat.format(new Date(`${key}-01T00:00:00Z`));

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h1 id="timeline-heading" tabIndex={-1} ref={headingRef}>
        {t('entities.timelineHeading')}
      </h1>
      <p>{t('entities.timelineIntro')}</p>
      {groups.length === 0 ? <p className="notice">{t('entities.timelineEmpty')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="timeline-group" data-month={group.key} aria-labelledby={`timeline-${group.key}`}>
          <h2 id={`timeline-${group.key}`}>
            <time dateTime={group.key}>{groupLabel(group.key)}</time>
          </h2>
          <ul className="timeline-items">
            {group.items.map(({ row, range }) => {
              const cells = activityCells(row, separator);
              const where = [row.places, row.organisations]
                .map((refs) => refs.map(nameOf).join(separator))
                .filter((value) => value !== '')
                .join(' · ');
              const lang = languageOf(row.reportId);
              return (
                <li key={`${row.unitId}/${range.start}/${range.end}`} data-unit={row.unitNumber}>
                  <a href={formatRoute({ name: 'report', reportId: row.reportId, unit: row.unitNumber })}>
                    <span className="timeline-date">{formatDateRange(range)}</span>{' '}
                    {severalDocuments ? (
                      <>
                        <DocumentName data={data} reportId={row.reportId} />{' '}
                      </>
                    ) : null}
                    <span className="timeline-unit">{unitPlace(row.unitNumber, t)}</span>
                  </a>
                  {cells.description !== '' ? <span className="timeline-description" lang={lang}> {cells.description}</span> : null}
                  {row.section !== undefined ? <span className="timeline-section">
                      {' · '}
                      <span lang={lang}>{cells.section}</span>
                    </span> : null}
                  {where !== '' ? <span className="timeline-where"> · {where}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
});
