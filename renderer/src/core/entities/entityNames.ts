/**
 * Entity names by language: the name shown in the interface's language, and the names of one
 * entity in every language that search treats as one another's aliases.
 */
import { isOtherUnLanguage, localizedName } from './localizedNames';
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

/** Names written in the script of a language, for the languages whose script tells them apart. */
const scriptOf: Readonly<Record<string, RegExp>> = {
  ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
};

/** A Latin name with no Han, Cyrillic or Arabic in it: an English name or an acronym. */
const latinName = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u;

/** An acronym or identifier (`ENISA`, `OIC-CERT`, `X.509`), the same in every language. */
const acronym = /^[\p{Lu}\d][\p{Lu}\d.\-/ ]*$/u;

/**
 * The name to show for an entity in an interface language.
 * - Chinese and English: its first name in that language's script (`第17研究组` in Chinese,
 *   `ITU-T Study Group 17` in English), else its canonical name.
 * - French, Spanish, Russian, Arabic: its name in that language where known (localizedName:
 *   countries from Intl, ITU texts by number, the organisations ITU names in six languages),
 *   else a name in the language's script (Russian and Arabic), else its acronym, which every
 *   language writes alike, else its Latin name; never a Chinese name.
 */
export function displayName(entity: Pick<Entity, 'names'> & Partial<Pick<Entity, 'id'>>, language: string): string {
  const base = language.split('-')[0] ?? language;
  if (isOtherUnLanguage(base)) {
    const known = entity.id === undefined ? undefined : localizedName(entity.id, entity.names[0], base);
    if (known !== undefined) return known;
    const script = scriptOf[base];
    const inScript = script === undefined ? undefined : entity.names.find((name) => script.test(name));
    return inScript ?? entity.names.find((name) => acronym.test(name)) ?? entity.names.find((name) => latinName.test(name)) ?? entity.names[0] ?? '';
  }
  const wantsHan = base === 'zh';
  const inLanguage = entity.names.find((name) => (wantsHan ? isHan(name) : latinName.test(name)));
  return inLanguage ?? entity.names[0] ?? '';
}
