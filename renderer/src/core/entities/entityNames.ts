/**
 * Entity names by language: the name shown in the interface's language, and the names of one
 * entity in every language that search treats as one another's aliases.
 */
import type { Entity, EntityKind } from './types';

/** Kinds whose names differ by language (identifiers like `X.509` do not need aliases). */
const namedKinds: ReadonlySet<EntityKind> = new Set(['organisation', 'programme', 'country', 'city', 'region']);

/** Each named entity's names in every language, for search's name aliases. */
export function entityNameGroups(entities: readonly Entity[]): string[][] {
  return entities.filter((entity) => namedKinds.has(entity.kind)).map((entity) => [...entity.names]);
}

function isHan(name: string): boolean {
  return /\p{Script=Han}/u.test(name);
}

/**
 * The name to show for an entity in an interface language (`zh` or `en`): its first name in
 * that language's script (`第17研究组` in Chinese, `ITU-T Study Group 17` in English), else its
 * canonical name.
 */
export function displayName(entity: Pick<Entity, 'names'>, language: string): string {
  const wantsHan = language.startsWith('zh');
  const inLanguage = entity.names.find((name) => (wantsHan ? isHan(name) : /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u.test(name)));
  return inLanguage ?? entity.names[0] ?? '';
}
