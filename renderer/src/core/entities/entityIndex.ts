/** Look-ups over extracted entities that the activities table, related paragraphs and facets share. */
import type { CorpusEntities, DateMention, Entity } from './types';

/** Entities by id, by unit, and units by entity. */
export interface EntityIndex {
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Per unit id, the ids of the entities it mentions, in order of first mention. */
  readonly entityIdsByUnit: ReadonlyMap<string, readonly string[]>;
  /** Per entity id, the ids of the units that mention it, in corpus order. */
  readonly unitIdsByEntity: ReadonlyMap<string, readonly string[]>;
  readonly datesByUnit: ReadonlyMap<string, readonly DateMention[]>;
  /** Position of each unit that has an entity or a date, in corpus order. */
  readonly unitOrder: ReadonlyMap<string, number>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Builds the look-ups; `unitIds` (the corpus's units in order) fixes the corpus order. */
export function buildEntityIndex(extracted: CorpusEntities, unitIds: readonly string[]): EntityIndex {
  const unitOrder = new Map(unitIds.map((id, index) => [id, index]));
  const entityById = new Map(extracted.entities.map((entity) => [entity.id, entity]));
  const firstMentions: Array<{ unitId: string; start: number; entityId: string }> = [];
  const unitIdsByEntity = new Map<string, string[]>();
  for (const entity of extracted.entities) {
    const units = [...new Set(entity.mentions.map((mention) => mention.unitId))];
    unitIdsByEntity.set(entity.id, units.sort((a, b) => (unitOrder.get(a) ?? 0) - (unitOrder.get(b) ?? 0)));
    const seen = new Set<string>();
    for (const mention of entity.mentions) {
      if (seen.has(mention.unitId)) continue;
      seen.add(mention.unitId);
      firstMentions.push({ unitId: mention.unitId, start: mention.start, entityId: entity.id });
    }
  }
  firstMentions.sort((a, b) => a.start - b.start);
  const entityIdsByUnit = new Map<string, string[]>();
  for (const { unitId, entityId } of firstMentions) pushTo(entityIdsByUnit, unitId, entityId);
  const datesByUnit = new Map<string, DateMention[]>();
  for (const date of extracted.dates) pushTo(datesByUnit, date.mention.unitId, date);
  return { entityById, entityIdsByUnit, unitIdsByEntity, datesByUnit, unitOrder };
}
