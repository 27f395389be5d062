/** The choices of the activities filters, from the rows themselves: only what occurs is offered. */
import type { EntityRef } from '../../core/entities';
import { regionByKey } from '../../core/entities/regionNames';
import { yearsOf, type ActivityEntry } from './activityTable';

export interface ActivityOptions {
  readonly organisations: readonly EntityRef[];
  readonly places: readonly EntityRef[];
  readonly years: readonly string[];
}

function regionRef(regionId: string): EntityRef | undefined {
  const region = regionByKey(regionId.replace(/^region:/u, ''));
  const name = region?.zh[0];
  return name === undefined ? undefined : { id: regionId, kind: 'region', name };
}

/**
 * Distinct organisations and places (by name) and years (ascending) across the rows. The regions
 * of the places named are offered too, even where no paragraph names the region itself.
 */
export function activityOptions(entries: readonly ActivityEntry[]): ActivityOptions {
  const organisations = new Map<string, EntityRef>();
  const places = new Map<string, EntityRef>();
  const years = new Set<string>();
  for (const { row } of entries) {
    for (const ref of row.organisations) organisations.set(ref.id, ref);
    for (const ref of row.places) {
      places.set(ref.id, ref);
      const region = ref.region === undefined || places.has(ref.region) ? undefined : regionRef(ref.region);
      if (region !== undefined) places.set(region.id, region);
    }
    for (const year of yearsOf(row)) years.add(year);
  }
  const byName = (a: EntityRef, b: EntityRef): number => a.name.localeCompare(b.name);
  return {
    organisations: [...organisations.values()].sort(byName),
    places: [...places.values()].sort(byName),
    years: [...years].sort(),
  };
}
