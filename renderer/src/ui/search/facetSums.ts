/**
 * The facets of a library searched in parts: each part counts the values of its own matches, and
 * the counts are added up by value. A value's label is the library's, not a part's: a part names a
 * value after its own units (a section's heading, the first document naming an organisation), so
 * the parts' labels are merged by the rules the compact index follows over one library
 * (CompactFacetIndex.labelValues), in the parts' order, which is corpus order.
 */
import { perFacet, type FacetKind } from '../../core/entities/facetKinds';
import { countryListName } from '../../core/entities/unitFacets';
import { facetValueOrder, type Facets, type FacetValue } from '../entities/searchFacets';

/** Per facet, each value some unit of a part has, with the label the part's units give it. */
export type FacetLabels = Readonly<Record<FacetKind, ReadonlyArray<readonly [value: string, label: string]>>>;

/**
 * The library's label of each value, from its parts' labels in corpus order: a section's is the
 * last part's (the last unit's heading); a country's the first part's that is not the country
 * list's name (a part naming the country only through its cities), else that name; any other
 * value's the first part's.
 */
export function mergeFacetLabels(parts: readonly FacetLabels[]): Record<FacetKind, ReadonlyMap<string, string>> {
  return perFacet((kind) => {
    const labels = new Map<string, string>();
    for (const part of parts) {
      for (const [value, label] of part[kind]) {
        const known = labels.get(value);
        const isListName = kind === 'country' && known === countryListName(value);
        if (known === undefined || kind === 'section' || (isListName && label !== known)) labels.set(value, label);
      }
    }
    return labels;
  });
}

/** Facets with the parts' counts added up by value, labelled with the library's labels, in each facet's order. */
export function sumFacets(parts: readonly Facets[], labels: Record<FacetKind, ReadonlyMap<string, string>>): Facets {
  return perFacet((kind) => {
    const summed = new Map<string, FacetValue>();
    for (const part of parts) {
      for (const entry of part[kind]) {
        const known = summed.get(entry.value);
        const label = labels[kind].get(entry.value) ?? known?.label ?? entry.label;
        summed.set(entry.value, { value: entry.value, label, count: (known?.count ?? 0) + entry.count });
      }
    }
    return [...summed.values()].sort(facetValueOrder(kind));
  });
}
