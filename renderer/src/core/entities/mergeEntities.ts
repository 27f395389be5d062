/**
 * The entities of a library whose documents were extracted apart (the bundled corpus at build
 * time, each imported document when it was imported): one entity per id across the parts, so an
 * organisation named in the bundled reports and in an imported one has one page listing both.
 */
import { compareEntities } from './entityOrder';
import type { CorpusEntities, Entity } from './types';

function union(first: readonly string[] | undefined, second: readonly string[] | undefined): string[] | undefined {
  if (first === undefined && second === undefined) return undefined;
  return [...new Set([...(first ?? []), ...(second ?? [])])];
}

function mergeTwo(first: Entity, second: Entity): Entity {
  const formerNames = union(first.formerNames, second.formerNames);
  const country = first.country ?? second.country;
  const region = first.region ?? second.region;
  return {
    id: first.id,
    kind: first.kind,
    // The first part's canonical name stays first: the bundled corpus names it for every view.
    names: union(first.names, second.names) ?? [],
    ...(formerNames === undefined ? {} : { formerNames }),
    ...(country === undefined ? {} : { country }),
    ...(region === undefined ? {} : { region }),
    mentions: [...first.mentions, ...second.mentions],
  };
}

/** Merges the entities of parts given in corpus order: same id, one entity; mentions and dates kept in part order. */
export function mergeCorpusEntities(parts: readonly CorpusEntities[]): CorpusEntities {
  if (parts.length === 1) return parts[0]!;
  const byId = new Map<string, Entity>();
  for (const part of parts) {
    for (const entity of part.entities) {
      const known = byId.get(entity.id);
      byId.set(entity.id, known === undefined ? entity : mergeTwo(known, entity));
    }
  }
  return { entities: [...byId.values()].sort(compareEntities), dates: parts.flatMap((part) => part.dates) };
}

/** The entities without the mentions and dates in these reports; an entity left with no mention is dropped. */
export function entitiesWithoutReports(entities: CorpusEntities, reportIds: ReadonlySet<string>): CorpusEntities {
  if (reportIds.size === 0) return entities;
  const kept: Entity[] = [];
  for (const entity of entities.entities) {
    const mentions = entity.mentions.filter((mention) => !reportIds.has(mention.reportId));
    if (mentions.length === entity.mentions.length) kept.push(entity);
    else if (mentions.length > 0) kept.push({ ...entity, mentions });
  }
  return { entities: kept, dates: entities.dates.filter((date) => !reportIds.has(date.mention.reportId)) };
}
