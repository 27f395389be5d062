/** Look-ups over extracted entities that the activities table, related paragraphs and facets share. */
import type { CorpusEntities, DateMention, Entity, Mention } from './types';

/** A mention with the entity it belongs to. */
export interface EntityMention {
  readonly entityId: string;
  readonly mention: Mention;
}

/** Entities by id, by unit, and units by entity. */
export interface EntityIndex {
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Per unit id, the ids of the entities it mentions, in order of first mention. */
  readonly entityIdsByUnit: ReadonlyMap<string, readonly string[]>;
  /** Per entity id, the ids of the units that mention it, in corpus order. */
  readonly unitIdsByEntity: ReadonlyMap<string, readonly string[]>;
  /** Per unit id, every entity mention in it, in text order. */
  readonly mentionsByUnit: ReadonlyMap<string, readonly EntityMention[]>;
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
  const unitIdsByEntity = new Map<string, string[]>();
  const mentionsByUnit = new Map<string, EntityMention[]>();
  for (const entity of extracted.entities) {
    const units = [...new Set(entity.mentions.map((mention) => mention.unitId))];
    unitIdsByEntity.set(entity.id, units.sort((a, b) => (unitOrder.get(a) ?? 0) - (unitOrder.get(b) ?? 0)));
    for (const mention of entity.mentions) pushTo(mentionsByUnit, mention.unitId, { entityId: entity.id, mention });
  }
  const entityIdsByUnit = new Map<string, string[]>();
  for (const [unitId, mentions] of mentionsByUnit) {
    mentions.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    entityIdsByUnit.set(unitId, [...new Set(mentions.map((entry) => entry.entityId))]);
  }
  const datesByUnit = new Map<string, DateMention[]>();
  for (const date of extracted.dates) pushTo(datesByUnit, date.mention.unitId, date);
  return { entityById, entityIdsByUnit, unitIdsByEntity, mentionsByUnit, datesByUnit, unitOrder };
}
