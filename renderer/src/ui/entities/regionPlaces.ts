/**
 * An ITU region's thread ("everything in Africa"): the region named in the text, and the
 * countries and cities of the corpus that lie in it. A region no report names still gets a page
 * when a place in it is mentioned, so the thread does not depend on the report's wording.
 */
import type { Entity, EntityIndex } from '../../core/entities';
import { regionByKey } from '../../core/entities/regionNames';

const regionPrefix = 'region:';

/** The entity behind an id: the corpus's, else a region known to the app with no direct mention. */
export function entityOrRegion(index: EntityIndex, entityId: string): Entity | undefined {
  const entity = index.entityById.get(entityId);
  if (entity !== undefined || !entityId.startsWith(regionPrefix)) return entity;
  const region = regionByKey(entityId.slice(regionPrefix.length));
  if (region === undefined) return undefined;
  return { id: entityId, kind: 'region', names: [...new Set([...region.zh, ...region.en])], mentions: [] };
}

/** The countries and cities of the corpus in a region: most mentioned first, then by name. */
export function placesInRegion(index: EntityIndex, regionId: string): Entity[] {
  return [...index.entityById.values()]
    .filter((entity) => entity.region === regionId)
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.names[0] ?? '').localeCompare(b.names[0] ?? ''));
}
