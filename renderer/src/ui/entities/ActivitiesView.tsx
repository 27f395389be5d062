/** The activities table: one row per paragraph, sortable, filterable, savable as Markdown or CSV. */
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRoute } from '../routing/route';
import { useFocusOnArrival } from '../shell/useFocusOnArrival';
import { unitColumnLabel } from '../text/unitLabel';
import { ActivityExportButtons } from './ActivityExportButtons';
import { ActivityFilters } from './ActivityFilters';
import { activityOptions } from './activityOptions';
import {
  activityCells,
  earliestStart,
  filterActivities,
  noActivityFilter,
  sortActivities,
  type ActivitySort,
  type ActivitySortKey,
} from './activityTable';
import type { CorpusEntityData } from './corpusEntities';
import { DocumentName, hasSeveralDocuments } from './DocumentName';
import { EntityLinks } from './EntityLinks';
import { useReportLanguage } from '../data/useReportLanguage';
import { SortHeader } from './SortHeader';

export const ActivitiesView = memo(function ActivitiesView({ data }: { data: CorpusEntityData }) {
  const { t } = useTranslation();
  const languageOf = useReportLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const paragraphs = data.activities;
  const severalDocuments = hasSeveralDocuments(data);
  const options = useMemo(() => activityOptions(paragraphs), [paragraphs]);
  const [filter, setFilter] = useState(noActivityFilter);
  const [sort, setSort] = useState<ActivitySort>({ key: 'document', direction: 'ascending' });
  // Typing in the text filter stays responsive while the table catches up.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => sortActivities(filterActivities(paragraphs, deferredFilter), sort), [paragraphs, deferredFilter, sort]);
  const separator = t('entities.listSeparator');

  const sortBy = (key: ActivitySortKey): void =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const isFiltered = filter !== noActivityFilter;

  return (
    <section className="activities" aria-labelledby="activities-heading">
      <h1 id="activities-heading" tabIndex={-1} ref={headingRef}>
        {t('entities.activitiesHeading')}
      </h1>
      <p>{t('entities.activitiesIntro')}</p>
      <ActivityFilters filter={filter} options={options} onChange={setFilter} />
      <div className="activity-toolbar">
        <p className="activity-count" role="status">
          {t('entities.activitiesCount', { shown: shown.length, total: paragraphs.length })}
        </p>
        {isFiltered ? (
          <button type="button" onClick={() => setFilter(noActivityFilter)}>
            {t('entities.clearFilters')}
          </button>
        ) : null}
        <ActivityExportButtons entries={shown} />
      </div>
      <div className="table-scroll">
        <table className="activity-table">
          <caption className="visually-hidden">{t('entities.activitiesCaption')}</caption>
          <thead>
            <tr>
              <SortHeader column="document" label={t('entities.columnUnit')} sort={sort} onSort={sortBy} />
              <th scope="col">{t('entities.columnDescription')}</th>
              <SortHeader column="section" label={t('entities.columnSection')} sort={sort} onSort={sortBy} />
              <SortHeader column="date" label={t('entities.columnDates')} sort={sort} onSort={sortBy} />
              <th scope="col">{t('entities.columnPlaces')}</th>
              <th scope="col">{t('entities.columnOrganisations')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row }) => {
              const cells = activityCells(row, separator);
              return (
                <tr key={row.unitId} data-unit={row.unitNumber}>
                  <th scope="row">
                    {severalDocuments ? <DocumentName data={data} reportId={row.reportId} /> : null}
                    <a href={formatRoute({ name: 'report', reportId: row.reportId, unit: row.unitNumber })}>{unitColumnLabel(row.unitNumber, t)}</a>
                  </th>
                  <td className="activity-description" lang={languageOf(row.reportId)}>
                    {cells.description}
                  </td>
                  <td lang={languageOf(row.reportId)}>{cells.section}</td>
                  <td className="activity-dates" data-start={earliestStart(row)}>
                    {cells.dates}
                    {cells.targetDates !== '' ? <span className="activity-target">{t('entities.targetDates', { dates: cells.targetDates })}</span> : null}
                  </td>
                  <td>
                    <EntityLinks refs={row.places} />
                  </td>
                  <td>
                    <EntityLinks refs={row.organisations} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <p className="notice">{t('entities.noActivities')}</p> : null}
    </section>
  );
});
