/**
 * The facets of a search, behind a disclosure button: one labelled <select> per facet
 * (language, organisation, country, year, section), each value with the number of results it gives. The
 * chosen filters show, open or closed, as buttons that remove them, with a button that clears
 * them all. Native selects: keyboard and screen readers handle them without help.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { facetKinds, type FacetKind, type FacetSelection } from '../entities/facetSelection';
import type { Facets, FacetValue } from '../entities/searchFacets';
import { useEntityRefName } from '../entities/useEntityRefName';
import { useLanguageNames } from '../i18n/useLanguageNames';

interface SearchFacetsProps {
  /** Undefined until the searcher has counted them for the results shown. */
  readonly facets: Facets | undefined;
  readonly selection: FacetSelection;
  readonly isOpen: boolean;
  readonly onToggle: () => void;
  readonly onChoose: (kind: FacetKind, value: string | undefined) => void;
  readonly onClear: () => void;
}

const panelId = 'facet-panel';
const toggleId = 'facet-toggle';

/** The id of a facet's select, to label it and to bring focus back to it. */
export function facetSelectId(kind: FacetKind): string {
  return `facet-${kind}`;
}

/** Focus goes to a facet's select (or, closed, the facets' button) when the button that had it goes away. */
function focusFacet(kind: FacetKind): void {
  (document.getElementById(facetSelectId(kind)) ?? document.getElementById(toggleId))?.focus();
}

/**
 * A value's label in the interface language: languages are codes, named by Intl; organisations
 * and countries by their localized names; years and sections as counted.
 */
function useFacetLabel(): (kind: FacetKind, entry: Pick<FacetValue, 'value' | 'label'>) => string {
  const languageName = useLanguageNames();
  const nameOf = useEntityRefName();
  return (kind, entry) => {
    if (kind === 'language') return languageName(entry.value);
    if (kind === 'organisation' || kind === 'country') return nameOf({ id: entry.value, name: entry.label });
    return entry.label;
  };
}

export const SearchFacets = memo(function SearchFacets({ facets, selection, isOpen, onToggle, onChoose, onClear }: SearchFacetsProps) {
  const { t } = useTranslation();
  return (
    <div className="search-facets">
      <button type="button" id={toggleId} className="facet-toggle" aria-expanded={isOpen} aria-controls={isOpen ? panelId : undefined} onClick={onToggle}>
        {t('facets.toggle')}
      </button>
      {!isOpen ? null : facets === undefined ? (
        <p id={panelId} className="facet-preparing">
          {t('facets.preparing')}
        </p>
      ) : (
        <FacetControls facets={facets} selection={selection} onChoose={onChoose} />
      )}
      {facets === undefined ? null : <ChosenFacets facets={facets} selection={selection} onChoose={onChoose} onClear={onClear} />}
    </div>
  );
});

/** The open panel: one select per facet (rendered only open, so names are looked up only then). */
function FacetControls({ facets, selection, onChoose }: Pick<ChosenFacetsProps, 'facets' | 'selection' | 'onChoose'>) {
  const { t } = useTranslation();
  const labelOf = useFacetLabel();
  return (
    <div id={panelId}>
      <fieldset className="facet-controls">
        <legend className="visually-hidden">{t('facets.heading')}</legend>
        {facetKinds.map((kind) => {
          const values = facets[kind];
          return (
            <div key={kind} className="facet">
              <label htmlFor={facetSelectId(kind)}>{t(`facets.kinds.${kind}`)}</label>
              <select
                id={facetSelectId(kind)}
                data-facet={kind}
                value={selection[kind] ?? ''}
                disabled={values.length === 0}
                onChange={(event) => onChoose(kind, event.target.value === '' ? undefined : event.target.value)}
              >
                <option value="">{values.length === 0 ? t('facets.none') : t('facets.any')}</option>
                {values.map((entry) => (
                  <option key={entry.value} value={entry.value}>
                    {t('facets.option', { label: labelOf(kind, entry), count: entry.count })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

interface ChosenFacetsProps {
  readonly facets: Facets;
  readonly selection: FacetSelection;
  readonly onChoose: (kind: FacetKind, value: string | undefined) => void;
  readonly onClear: () => void;
}

/**
 * Nothing when no filter is chosen: naming a value asks for the corpus's entities, which a search
 * without filters must not load.
 */
function ChosenFacets(props: ChosenFacetsProps) {
  return facetKinds.some((kind) => props.selection[kind] !== undefined) ? <ChosenFacetList {...props} /> : null;
}

function ChosenFacetList({ facets, selection, onChoose, onClear }: ChosenFacetsProps) {
  const { t } = useTranslation();
  const labelOf = useFacetLabel();
  const chosen = facetKinds.flatMap((kind) => {
    const value = selection[kind];
    if (value === undefined) return [];
    return [{ kind, value, label: labelOf(kind, { value, label: facets[kind].find((entry) => entry.value === value)?.label ?? value }) }];
  });
  return (
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
              onClick={() => {
                onChoose(kind, undefined);
                focusFacet(kind);
              }}
            >
              {label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <ClearFacetsButton onClear={onClear} />
    </div>
  );
}

/** Clears every filter; focus goes to the first facet, as the button itself goes away. */
export function ClearFacetsButton({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="facet-clear"
      onClick={() => {
        onClear();
        focusFacet(facetKinds[0]!);
      }}
    >
      {t('facets.clear')}
    </button>
  );
}
