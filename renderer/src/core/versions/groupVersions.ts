/**
 * Language versions of one document. ITU publishes a Council document in the six languages under
 * one symbol (C17/77-E, C17/77-F… : the suffix letter names the language, the parser keeps the
 * symbol without it) and the same revision: documents that share both are versions of one
 * another, and their units share numbers (core/report/types.ts `Unit.number`).
 * (`core/library/libraryDocument.ts` `sameDocumentKey` adds the language: one version, for "already in the library?".)
 */
import type { ReportMeta } from '../report/types';

/** The UN order of the six languages, as ITU lists them: Arabic, Chinese, English, French, Russian, Spanish. */
export const versionLanguageOrder: readonly string[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** One document and its language versions, in `versionLanguageOrder` (other languages after, by code). */
export interface VersionGroup {
  readonly key: string;
  readonly versions: readonly ReportMeta[];
}

/**
 * What language versions share: the symbol with its revision, addendum and corrigendum. A
 * document that prints no symbol is known by its id without a trailing `-<language>` (the
 * manifest's and the parser's ids end so), so `c17-res130-zh` and `c17-res130-en` pair.
 */
export function versionFamilyKey(meta: ReportMeta): string {
  if (meta.symbol !== undefined && meta.symbol.trim() !== '') {
    return `symbol:${[meta.symbol.trim().toUpperCase(), `rev${meta.revision ?? 0}`, `add${meta.addendum ?? 0}`, `corr${meta.corrigendum ?? 0}`].join('|')}`;
  }
  const suffix = `-${meta.language.toLowerCase()}`;
  const id = meta.id.toLowerCase();
  return `id:${id.endsWith(suffix) && id.length > suffix.length ? id.slice(0, -suffix.length) : id}`;
}

function languageRank(language: string): number {
  const rank = versionLanguageOrder.indexOf(language);
  return rank === -1 ? versionLanguageOrder.length : rank;
}

/** Sorts metadata by the UN language order, then by language code and id (a stable order for the rest). */
export function byVersionLanguage(a: ReportMeta, b: ReportMeta): number {
  return languageRank(a.language) - languageRank(b.language) || a.language.localeCompare(b.language) || a.id.localeCompare(b.id);
}

/** A group of items that are language versions of one document. */
export interface ItemVersions<Item> {
  readonly key: string;
  readonly versions: [Item, ...Item[]];
}

/**
 * Items grouped by the language versions of their documents (`metaOf` reads an item's metadata),
 * groups in the order of their first item, each in byVersionLanguage order. One pass and one
 * array per group: the library groups its whole list at start-up, and an allocation per item
 * (copies, spreads, flattened one-item arrays) took 30–66 ms for 10,000 documents in Node and
 * made a 50 ms main-thread task of the library's first render in Chromium.
 */
export function groupVersionsOf<Item>(items: readonly Item[], metaOf: (item: Item) => ReportMeta): Array<ItemVersions<Item>> {
  return finish(groupVersionsInSteps(items, metaOf, Number.POSITIVE_INFINITY));
}

/**
 * groupVersionsOf a step at a time: the generator pauses after every `step` items grouped and
 * every `step` groups sorted, and returns the groups. The page groups a long library between
 * keystrokes this way, before the library is shown (ui/library/libraryCards.ts).
 */
export function* groupVersionsInSteps<Item>(items: readonly Item[], metaOf: (item: Item) => ReportMeta, step: number): Generator<void, Array<ItemVersions<Item>>> {
  const groups = new Map<string, [Item, ...Item[]]>();
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    const key = versionFamilyKey(metaOf(item));
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
    if ((n + 1) % step === 0) yield;
  }
  const result: Array<ItemVersions<Item>> = [];
  for (const [key, versions] of groups) {
    if (versions.length > 1) versions.sort((a, b) => byVersionLanguage(metaOf(a), metaOf(b)));
    result.push({ key, versions });
    if (result.length % step === 0) yield;
  }
  return result;
}

/** Runs a stepped computation (groupVersionsInSteps, documentCardsInSteps) to its end at once. */
export function finish<Result>(steps: Generator<void, Result>): Result {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** Documents grouped into their language versions, groups in the order of their first document. */
export function groupVersions(documents: readonly ReportMeta[]): VersionGroup[] {
  return groupVersionsOf(documents, (meta) => meta);
}

/** The other language versions of `reportId` among `documents` (empty when it has none or is unknown). */
export function otherVersionsOf(documents: readonly ReportMeta[], reportId: string): ReportMeta[] {
  const own = documents.find((meta) => meta.id === reportId);
  if (own === undefined) return [];
  const key = versionFamilyKey(own);
  return documents.filter((meta) => meta.id !== reportId && versionFamilyKey(meta) === key).sort(byVersionLanguage);
}
