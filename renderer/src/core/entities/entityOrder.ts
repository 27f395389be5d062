/**
 * The one order of a corpus's entities, apart from the extractors so that code merging entities
 * read from files (the app at start-up) does not load the extractors and their catalogues.
 */
import { type Entity, ENTITY_KINDS } from './types';

/** The order of a corpus's entities: by kind, then by id. */
export function compareEntities(a: Entity, b: Entity): number {
  return ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
