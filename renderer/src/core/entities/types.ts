/**
 * The entity model: who and what a council report mentions (organisations, ITU texts, places)
 * and when (dates), each mention tied to a unit and a character range of its exact text.
 */

/** What kind of thing an entity is; one entity page and one chip colour per kind. */
export type EntityKind =
  | 'organisation'
  | 'programme'
  | 'recommendation'
  | 'study-group'
  | 'question'
  | 'resolution'
  | 'document'
  | 'region'
  | 'country'
  | 'city';

/** Every entity kind, in the order the UI lists them. */
export const ENTITY_KINDS: readonly EntityKind[] = [
  'organisation',
  'programme',
  'recommendation',
  'study-group',
  'question',
  'resolution',
  'document',
  'region',
  'country',
  'city',
];

/**
 * The kinds the command line prints (`kb entities`, the places of `kb activities`): the issue's
 * contract predates regions, which the app shows as places and entity pages.
 */
export function isContractKind(kind: EntityKind): boolean {
  return kind !== 'region';
}

/** A range of one text: UTF-16 offsets [start, end) and the characters they cover. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where an entity or date occurs: a unit of a report and a range of the unit's exact text. */
export interface Mention extends TextSpan {
  readonly reportId: string;
  readonly unitId: string;
  /** The unit's number as printed ("4.3", "summary.1"). */
  readonly unitNumber: string;
}

/** Something mentioned across the corpus, with its spellings merged. */
export interface Entity {
  /** Stable across builds and reports: `<kind>:<key>` such as `organisation:enisa`, `country:NP`. */
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical name first, then every other spelling seen or known. */
  readonly names: readonly string[];
  /** Numbers or names the entity had before (an ITU-D Question renumbered at a new study period). */
  readonly formerNames?: readonly string[];
  /** For a city: the ISO 3166-1 alpha-2 code of its country, where known. */
  readonly country?: string;
  /** For a country or city: the id of its ITU region (`region:africa`), where known. */
  readonly region?: string;
  /** Every mention across the corpus, in report then document order. */
  readonly mentions: readonly Mention[];
}

/** How exactly a date is known; the ISO range is always whole days. */
export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

/** A period of whole days, as ISO dates (YYYY-MM-DD), both ends included. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision;
}

/** A date found in a text, with where it was found. */
export interface DateInText extends DateRange {
  readonly span: TextSpan;
}

/** A date found in a unit of the corpus. */
export interface DateMention extends DateRange {
  readonly mention: Mention;
}

/** A mention found by an extractor in one text, before mentions are grouped into entities. */
export interface FoundMention {
  readonly id: string;
  readonly kind: EntityKind;
  readonly span: TextSpan;
  /** The canonical name the extractor proposes for the entity (e.g. `ITU-T X.509`). */
  readonly canonicalName: string;
  /** Other names the extractor knows for the entity (data-set names, English forms). */
  readonly knownNames?: readonly string[];
  readonly formerNames?: readonly string[];
  readonly country?: string;
  readonly region?: string;
  /** Id of an entity this one supersedes (a Question's former number): its mentions join this one. */
  readonly replaces?: string;
}

/** A short reference to an entity, for tables and chips. */
export interface EntityRef {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** For a country or city: its ITU region's id, so a region's thread also finds it. */
  readonly region?: string;
}

/** Everything extracted from a corpus. */
export interface CorpusEntities {
  /** Sorted by kind, then by id. */
  readonly entities: readonly Entity[];
  /** In report then document order. */
  readonly dates: readonly DateMention[];
}

/** One row of the activities table: a unit with its dates, places and partner organisations. */
export interface ActivityRow {
  readonly reportId: string;
  readonly unitId: string;
  readonly unitNumber: string;
  /** The section the unit belongs to (its number and heading), absent for title and summary. */
  readonly section?: { readonly number: string; readonly title: string };
  /** What the activity is: the paragraph's lead clause (activityDescription.ts). */
  readonly description: string;
  /** Distinct date ranges of what happened, in order of first mention. */
  readonly dates: readonly DateRange[];
  /** Distinct date ranges aimed at ("to be published by end 2017"), apart: no activity happened then. */
  readonly targetDates: readonly DateRange[];
  /** Regions, countries and cities mentioned, in order of first mention. */
  readonly places: readonly EntityRef[];
  /** Organisations mentioned other than the report's own body (ITU), in order of first mention. */
  readonly organisations: readonly EntityRef[];
}

/** A unit related to another through the entities they share. */
export interface RelatedUnit {
  readonly unitId: string;
  readonly score: number;
  /** Ids of the shared entities, strongest (rarest) first. */
  readonly sharedEntityIds: readonly string[];
}
