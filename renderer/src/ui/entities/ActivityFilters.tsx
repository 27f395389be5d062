/** The filters of the activities table: free text, organisation, place and year. */
import { useTranslation } from 'react-i18next';
import type { ActivityFilter } from './activityTable';
import type { ActivityOptions } from './activityOptions';
import { useEntityRefName } from './useEntityRefName';

interface ActivityFiltersProps {
  readonly filter: ActivityFilter;
  readonly options: ActivityOptions;
  readonly onChange: (filter: ActivityFilter) => void;
}

export function ActivityFilters({ filter, options, onChange }: ActivityFiltersProps) {
  const { t } = useTranslation();
  const nameOf = useEntityRefName();
  return (
    <fieldset className="activity-filters">
      <legend>{t('entities.filters')}</legend>
      <label>
        {t('entities.filterText')}
        <input type="search" name="text" value={filter.text} onChange={(event) => onChange({ ...filter, text: event.target.value })} />
      </label>
      <ChoiceFilter
        label={t('entities.filterOrganisation')}
        name="organisation"
        value={filter.organisationId}
        choices={options.organisations.map((ref) => ({ id: ref.id, name: nameOf(ref) }))}
        onChange={(organisationId) => onChange({ ...filter, organisationId })}
      />
      <ChoiceFilter
        label={t('entities.filterPlace')}
        name="place"
        value={filter.placeId}
        choices={options.places.map((ref) => ({ id: ref.id, name: nameOf(ref) }))}
        onChange={(placeId) => onChange({ ...filter, placeId })}
      />
      <ChoiceFilter
        label={t('entities.filterYear')}
        name="year"
        value={filter.year}
        choices={options.years.map((year) => ({ id: year, name: year }))}
        onChange={(year) => onChange({ ...filter, year })}
      />
    </fieldset>
  );
}

interface ChoiceFilterProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly choices: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly onChange: (value: string) => void;
}

/** One labelled select whose empty choice means "any". */
function ChoiceFilter({ label, name, value, choices, onChange }: ChoiceFilterProps) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('entities.filterAny')}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}
