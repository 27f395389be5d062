/**
 * Tags as delegates type them: "Cyber security", " cyber  security", "ＣＹＢＥＲ security" are one
 * tag. The spelling first used is kept for display; comparison goes through `tagKey`.
 */
import { normalizeForSearch } from '../text/normalize';

/** A tag with the number of live notes that carry it. */
export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

/** Trims a tag and collapses its runs of whitespace (ideographic spaces included) to one space. */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/\s+/gu, ' ');
}

/** The comparison key of a tag: cleaned, NFKC and lower case, the folding search uses. */
export function tagKey(tag: string): string {
  return normalizeForSearch(cleanTag(tag));
}

/** Cleans tags, drops empty ones and case-insensitive duplicates, keeping each tag's first spelling. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tagKey(tag);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/**
 * Makes a speller that normalises tags and respells each one as the first spelling seen for its
 * key (the existing tags first, then each new tag as it comes), so that a collection keeps one
 * spelling per tag and an index lookup by that spelling finds every note.
 */
export function tagSpeller(existing: Iterable<string>): (tags: readonly string[]) => string[] {
  const spellings = new Map<string, string>();
  for (const tag of existing) {
    const key = tagKey(tag);
    if (key !== '' && !spellings.has(key)) spellings.set(key, cleanTag(tag));
  }
  return (tags) =>
    normalizeTags(tags).map((tag) => {
      const key = tagKey(tag);
      const spelling = spellings.get(key);
      if (spelling !== undefined) return spelling;
      spellings.set(key, tag);
      return tag;
    });
}

/** Normalises tags and respells each one as an existing tag with the same key (see tagSpeller). */
export function canonicalizeTags(tags: readonly string[], existing: readonly string[]): string[] {
  return tagSpeller(existing)(tags);
}

/** Counts the tags of some notes, most used first, then alphabetically. */
export function countTags(notes: Iterable<{ readonly tags: readonly string[] }>): TagCount[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const note of notes) {
    for (const tag of note.tags) {
      const key = tagKey(tag);
      const entry = counts.get(key);
      if (entry === undefined) counts.set(key, { tag, count: 1 });
      else entry.count++;
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * Completion for a tag being typed: existing tags whose key starts with the typed text's key,
 * most used first, leaving out those the note already has.
 */
export function completeTag(
  typed: string,
  existing: readonly TagCount[],
  options: { readonly exclude?: readonly string[]; readonly limit?: number } = {},
): TagCount[] {
  const prefix = tagKey(typed);
  const excluded = new Set((options.exclude ?? []).map(tagKey));
  const matches = existing.filter((entry) => {
    const key = tagKey(entry.tag);
    return key.startsWith(prefix) && !excluded.has(key);
  });
  return matches.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)).slice(0, options.limit ?? 10);
}
