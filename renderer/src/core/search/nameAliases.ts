/**
 * Names of one entity across languages (`ITU`, `国际电联`, `UIT`, `МСЭ`, `الاتحاد الدولي للاتصالات`;
 * `Sofia`, `索菲亚`), from the entities of the corpus and their catalogs, stored with the index.
 * A query piece that is one of them is also looked for as the others, ranked below the typed
 * text (spellingWeight.alias), like the identifier aliases.
 */

/** Other names by normalised name. */
export type NameAliases = ReadonlyMap<string, readonly string[]>;

/** The look-up table of normalised name groups. */
export function nameAliasesOf(groups: ReadonlyArray<readonly string[]>): NameAliases {
  const byName = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const name of group) {
      const others = byName.get(name) ?? new Set<string>();
      for (const other of group) if (other !== name) others.add(other);
      byName.set(name, others);
    }
  }
  // Sorted, so the aliases do not depend on the order the groups came in (segments, merges).
  return new Map([...byName].map(([name, others]) => [name, [...others].sort()]));
}
