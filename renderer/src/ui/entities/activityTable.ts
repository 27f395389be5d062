/**
 * The activities table's rows as the view shows them: flattened to display values, filtered by
 * text, organisation, place and year, and sorted by date or section. Pure, so it is tested
 * without a browser and shared by the view and the Markdown and CSV exports.
 */
import type { ActivityRow, DateRange } from '../../core/entities';
import { yearsOf } from '../../core/entities/activities';

/** What the table can be sorted by; `document` is the report's own order. */
export type ActivitySortKey = 'document' | 'date' | 'section';
export type SortDirection = 'ascending' | 'descending';

export interface ActivitySort {
  readonly key: ActivitySortKey;
  readonly direction: SortDirection;
}

export interface ActivityFilter {
  /** Free text matched (case- and width-insensitively) against every column and the unit's text. */
  readonly text: string;
  /** An organisation entity id, or '' for any. */
  readonly organisationId: string;
  /** A place entity id, or '' for any. */
  readonly placeId: string;
  /** A year such as "2016", or '' for any; a row matches when one of its dates touches the year. */
  readonly year: string;
}

export const noActivityFilter: ActivityFilter = { text: '', organisationId: '', placeId: '', year: '' };

/** A row with the unit's text, which the text filter and the exports need. */
export interface ActivityEntry {
  readonly row: ActivityRow;
  readonly text: string;
  /** Position in the corpus, the tie-breaker of every sort. */
  readonly order: number;
}

/** A date range as a delegate reads it: `2016-07-12`, `2016-07`, `2016`, or `start – end`. */
export function formatDateRange(range: DateRange): string {
  const short = (iso: string): string => {
    if (range.precision === 'year' || range.precision === 'approximate') return iso.slice(0, 4);
    if (range.precision === 'month') return iso.slice(0, 7);
    return iso;
  };
  const start = short(range.start);
  const end = short(range.end);
  return start === end ? start : `${start} – ${end}`;
}

// The search facets (core/entities/unitFacets.ts) count the same years.
export { yearsOf };

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The rows that pass every part of the filter. */
export function filterActivities(entries: readonly ActivityEntry[], filter: ActivityFilter): ActivityEntry[] {
  const needle = fold(filter.text.trim());
  return entries.filter(({ row, text }) => {
    if (filter.organisationId !== '' && !row.organisations.some((ref) => ref.id === filter.organisationId)) return false;
    // A region also finds the rows that name a place in it: "everything in Africa".
    if (filter.placeId !== '' && !row.places.some((ref) => ref.id === filter.placeId || ref.region === filter.placeId)) return false;
    if (filter.year !== '' && !yearsOf(row).includes(filter.year)) return false;
    if (needle === '') return true;
    const haystack = [
      text,
      row.unitNumber,
      row.section?.title ?? '',
      ...row.dates.map(formatDateRange),
      ...row.targetDates.map(formatDateRange),
      ...row.places.map((ref) => ref.name),
      ...row.organisations.map((ref) => ref.name),
    ];
    return haystack.some((value) => fold(value).includes(needle));
  });
}

/** Compares section or unit numbers the way they are printed: 2 before 10, 3.4 before 3.10. */
export function compareNumbers(a: string, b: string): number {
  const partsA = a.split('.');
  const partsB = b.split('.');
  for (let index = 0; index < Math.max(partsA.length, partsB.length); index++) {
    const left = partsA[index];
    const right = partsB[index];
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const difference = Number(left) - Number(right);
    if (Number.isFinite(difference) && difference !== 0) return difference;
    if (!Number.isFinite(difference) && left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

/** The start of a row's earliest date, undefined when it has none. */
export function earliestStart(row: ActivityRow): string | undefined {
  return row.dates.reduce<string | undefined>((min, range) => (min === undefined || range.start < min ? range.start : min), undefined);
}

/**
 * Sorted copy of the rows. By date, a row counts from its earliest date; undated rows go last
 * in either direction, because "no date" is not earlier or later than any date.
 */
export function sortActivities(entries: readonly ActivityEntry[], sort: ActivitySort): ActivityEntry[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const earliest = (entry: ActivityEntry): string | undefined => earliestStart(entry.row);
  return [...entries].sort((a, b) => {
    if (sort.key === 'date') {
      const left = earliest(a);
      const right = earliest(b);
      if (left === undefined || right === undefined) {
        if (left !== right) return left === undefined ? 1 : -1;
      } else if (left !== right) {
        return sign * (left < right ? -1 : 1);
      }
    } else if (sort.key === 'section') {
      const difference = compareNumbers(a.row.section?.number ?? '', b.row.section?.number ?? '');
      if (difference !== 0) return sign * difference;
    } else {
      return sign * (a.order - b.order);
    }
    return a.order - b.order;
  });
}

/** The columns of the table and of both exports, as display text. */
export interface ActivityCells {
  readonly unit: string;
  /** What the activity is: the paragraph's lead clause. */
  readonly description: string;
  readonly section: string;
  readonly dates: string;
  /** Dates aimed at (a publication target), not dates of the activity; '' when none. */
  readonly targetDates: string;
  readonly places: string;
  readonly organisations: string;
}

/** A row's display values; lists are joined with the separator of the UI language. */
export function activityCells(row: ActivityRow, separator: string): ActivityCells {
  return {
    unit: row.unitNumber,
    description: row.description,
    section: row.section === undefined ? '' : `${row.section.number} ${row.section.title}`,
    dates: row.dates.map(formatDateRange).join(separator),
    targetDates: row.targetDates.map(formatDateRange).join(separator),
    places: row.places.map((ref) => ref.name).join(separator),
    organisations: row.organisations.map((ref) => ref.name).join(separator),
  };
}
