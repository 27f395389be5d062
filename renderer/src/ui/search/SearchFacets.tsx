/**
 * The facets of a search: one labelled <select> per facet (organisation, country, year,
 * section), each value with the number of results it gives, then the chosen filters as buttons
 * that remove them and a button that clears them all. Native selects: keyboard and screen
 * readers handle them without help.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { facetKinds, type FacetKind, type Facets, type FacetSelection } from '../entities/searchFacets';

interface SearchFacetsProps {
  readonly facets: Facets;
  readonly selection: FacetSelection;
  readonly onChoose: (kind: FacetKind, value: string | undefined) => void;
  readonly onClear: () => void;
}

export const SearchFacets = memo(function SearchFacets({ facets, selection, onChoose, onClear }: SearchFacetsProps) {
  const { t } = useTranslation();
  const chosen = facetKinds.flatMap((kind) => {
    const value = selection[kind];
    if (value === undefined) return [];
    return [{ kind, value, label: facets[kind].find((entry) => entry.value === value)?.label ?? value }];
  });
  return (
    <div className="search-facets">
      <fieldset className="facet-controls">
        <legend>{t('facets.heading')}</legend>
        {facetKinds.map((kind) => {
          const values = facets[kind];
          const id = `facet-${kind}`;
          return (
            <div key={kind} className="facet">
              <label htmlFor={id}>{t(`facets.kinds.${kind}`)}</label>
              <select
                id={id}
                data-facet={kind}
                value={selection[kind] ?? ''}
                disabled={values.length === 0}
                onChange={(event) => onChoose(kind, event.target.value === '' ? undefined : event.target.value)}
              >
                <option value="">{values.length === 0 ? t('facets.none') : t('facets.any')}</option>
                {values.map((entry) => (
                  <option key={entry.value} value={entry.value}>
                    {t('facets.option', { label: entry.label, count: entry.count })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      {chosen.length === 0 ? null : (
        <div className="facet-chosen" role="group" aria-labelledby="facet-chosen-label">
          <span id="facet-chosen-label">{t('facets.active')}</span>
          <ul>
            {chosen.map(({ kind, value, label }) => (
              <li key={kind}>
                <button
                  type="button"
                  className="chip facet-chip"
                  data-facet={kind}
                  data-value={value}
                  aria-label={t('facets.remove', { kind: t(`facets.kinds.${kind}`), label })}
                  onClick={() => onChoose(kind, undefined)}
                >
                  {label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="facet-clear" onClick={onClear}>
            {t('facets.clear')}
          </button>
        </div>
      )}
    </div>
  );
});
