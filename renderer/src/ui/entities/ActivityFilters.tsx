/** The filters of the activities table: free text, organisation, place and year. */
import { useTranslation } from 'react-i18next';
import type { ActivityFilter } from './activityTable';
import type { ActivityOptions } from './activityOptions';

interface ActivityFiltersProps {
  readonly filter: ActivityFilter;
  readonly options: ActivityOptions;
  readonly onChange: (filter: ActivityFilter) => void;
}

export function ActivityFilters({ filter, options, onChange }: ActivityFiltersProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="activity-filters">
      <legend>{t('entities.filters')}</legend>
      <label>
        {t('entities.filterText')}
        <input type="search" name="text" value={filter.text} onChange={(event) => onChange({ ...filter, text: event.target.value })} />
      </label>
      <label>
        {t('entities.filterOrganisation')}
        <select name="organisation" value={filter.organisationId} onChange={(event) => onChange({ ...filter, organisationId: event.target.value })}>
          <option value="">{t('entities.filterAny')}</option>
          {options.organisations.map((ref) => (
            <option key={ref.id} value={ref.id}>
              {ref.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('entities.filterPlace')}
        <select name="place" value={filter.placeId} onChange={(event) => onChange({ ...filter, placeId: event.target.value })}>
          <option value="">{t('entities.filterAny')}</option>
          {options.places.map((ref) => (
            <option key={ref.id} value={ref.id}>
              {ref.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('entities.filterYear')}
        <select name="year" value={filter.year} onChange={(event) => onChange({ ...filter, year: event.target.value })}>
          <option value="">{t('entities.filterAny')}</option>
          {options.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
