/**
 * The library lists documents, not files: the language versions of one document (groupVersions)
 * are one card, named by the version the delegate reads best — the one in the interface language
 * when the library has it, else the first in the UN order of languages.
 */
import type { ReportMeta } from '../report/types';
import { finish, groupVersionsInSteps } from './groupVersions';

/** One document of the library with its language versions. */
export interface DocumentCard<Entry extends { readonly meta: ReportMeta }> {
  /** versionFamilyKey of its versions: stable while versions come and go. */
  readonly key: string;
  /** Every version, in the UN order of languages (groupVersions' order). */
  readonly versions: readonly Entry[];
  /** The version whose title and facts the card shows. */
  readonly shown: Entry;
}

/** The version in `language`, else the first one (the first in the UN order when `versions` come from groupVersions). */
export function shownVersion<Entry extends { readonly meta: ReportMeta }>(versions: readonly [Entry, ...Entry[]], language: string): Entry {
  return versions.find((entry) => entry.meta.language === language) ?? versions[0];
}

/** The library's entries as one card per document, in the order of each document's first entry. */
export function documentCards<Entry extends { readonly meta: ReportMeta }>(entries: readonly Entry[], language: string): DocumentCard<Entry>[] {
  return finish(documentCardsInSteps(entries, language, Number.POSITIVE_INFINITY));
}

/** documentCards a step at a time (groupVersionsInSteps): pauses after every `step` entries grouped, groups sorted and cards made. */
export function* documentCardsInSteps<Entry extends { readonly meta: ReportMeta }>(
  entries: readonly Entry[],
  language: string,
  step: number,
): Generator<void, DocumentCard<Entry>[]> {
  const groups = yield* groupVersionsInSteps(entries, (entry) => entry.meta, step);
  const cards: DocumentCard<Entry>[] = [];
  for (const { key, versions } of groups) {
    cards.push({ key, versions, shown: shownVersion(versions, language) });
    if (cards.length % step === 0) yield;
  }
  return cards;
}

/** A count per document id summed over a card's versions (notes waiting for review on each version). */
export function countOverVersions(versions: readonly { readonly meta: ReportMeta }[], counts: ReadonlyMap<string, number>): number {
  return versions.reduce((total, entry) => total + (counts.get(entry.meta.id) ?? 0), 0);
}

/**
 * The version a card's revision line speaks of. That line links to "What changed" and to the
 * review of the notes on one version's previous revision, so among the versions that have other
 * revisions it takes the one with the most notes waiting for review, else the shown version,
 * else the first in the UN order; undefined when no version has other revisions.
 */
export function revisionLineVersion<Entry extends { readonly meta: ReportMeta }>(
  card: DocumentCard<Entry>,
  hasRevisions: (reportId: string) => boolean,
  toReview: ReadonlyMap<string, number>,
): Entry | undefined {
  const rank = (entry: Entry): [number, number] => [toReview.get(entry.meta.id) ?? 0, entry === card.shown ? 1 : 0];
  let best: Entry | undefined;
  for (const entry of card.versions) {
    if (!hasRevisions(entry.meta.id)) continue;
    if (best === undefined) {
      best = entry;
      continue;
    }
    const [count, isShown] = rank(entry);
    const [bestCount, bestIsShown] = rank(best);
    if (count > bestCount || (count === bestCount && isShown > bestIsShown)) best = entry;
  }
  return best;
}
