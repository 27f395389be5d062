/**
 * "Related paragraphs": the units that share entities with a given unit, strongest first. A
 * shared entity weighs its inverse document frequency, log(1 + units / units mentioning it), so
 * sharing ENISA (two paragraphs) counts far more than sharing ITU (most of them); ITU itself is
 * left out by default for the same reason the activities table leaves it out.
 */
import type { EntityIndex } from './entityIndex';
import { REPORTING_ORGANISATION_ID } from './organisationCatalog';
import type { RelatedUnit } from './types';

/** Options for relatedUnits. */
export interface RelatedOptions {
  /** At most this many units (all by default). */
  readonly limit?: number;
  /** Entity ids that do not count as shared; ITU by default. */
  readonly ignoredEntityIds?: readonly string[];
  /** The units that may be listed (every unit by default); a document's header lines are no related paragraph. */
  readonly isListed?: (unitId: string) => boolean;
}

/** Units sharing entities with `unitId`, by descending score, then corpus order. */
export function relatedUnits(index: EntityIndex, unitId: string, options: RelatedOptions = {}): RelatedUnit[] {
  const ignored = new Set(options.ignoredEntityIds ?? [REPORTING_ORGANISATION_ID]);
  const unitCount = Math.max(index.unitOrder.size, index.entityIdsByUnit.size);
  const weight = (entityId: string): number => Math.log(1 + unitCount / Math.max(1, index.unitIdsByEntity.get(entityId)?.length ?? 1));
  const shared = new Map<string, string[]>();
  for (const entityId of index.entityIdsByUnit.get(unitId) ?? []) {
    if (ignored.has(entityId)) continue;
    for (const other of index.unitIdsByEntity.get(entityId) ?? []) {
      if (other === unitId || options.isListed?.(other) === false) continue;
      const list = shared.get(other) ?? [];
      list.push(entityId);
      shared.set(other, list);
    }
  }
  const related = [...shared].map(([other, entityIds]): RelatedUnit => {
    const strongestFirst = [...entityIds].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1));
    return { unitId: other, score: entityIds.reduce((sum, id) => sum + weight(id), 0), sharedEntityIds: strongestFirst };
  });
  related.sort((a, b) => b.score - a.score || (index.unitOrder.get(a.unitId) ?? 0) - (index.unitOrder.get(b.unitId) ?? 0));
  return options.limit === undefined ? related : related.slice(0, options.limit);
}
