/**
 * The name of each version of a card, by its language in the interface's language. Two copies
 * of one version can both be kept (the import's "Keep both"): the second is "English 2", so
 * that its link and its remove button are told apart.
 */
import type { LibraryEntry } from '../../core/library/libraryFiles';

/** Report id → the language name of that version, numbered from the second copy of a language on. */
export function versionLanguageNames(versions: readonly LibraryEntry[], languageName: (language: string) => string): ReadonlyMap<string, string> {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const { meta } of versions) {
    const copy = (seen.get(meta.language) ?? 0) + 1;
    seen.set(meta.language, copy);
    const name = languageName(meta.language);
    names.set(meta.id, copy === 1 ? name : `${name} ${copy}`);
  }
  return names;
}
