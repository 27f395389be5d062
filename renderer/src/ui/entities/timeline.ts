/**
 * The timeline: dated activities grouped by month. A range is listed once, under the month it
 * starts in (a three-month exercise is one event, and repeating it in each month would make the
 * timeline look three times busier than it is); the item shows the whole range. Dates known
 * only to the year are grouped under the year, before its months, rather than pretending they
 * happened in January.
 */
import type { ActivityRow, DateRange } from '../../core/entities';

export interface TimelineItem {
  readonly row: ActivityRow;
  readonly range: DateRange;
}

export interface TimelineGroup {
  /** `YYYY-MM`, or `YYYY` for dates known only to the year. */
  readonly key: string;
  readonly items: readonly TimelineItem[];
}

/** The group a range belongs to. */
export function timelineKey(range: DateRange): string {
  return range.precision === 'year' || range.precision === 'approximate' ? range.start.slice(0, 4) : range.start.slice(0, 7);
}

/** Groups in chronological order (a year before its months), items by start date then corpus order. */
export function groupByMonth(rows: readonly ActivityRow[]): TimelineGroup[] {
  const groups = new Map<string, TimelineItem[]>();
  for (const row of rows) {
    for (const range of row.dates) {
      const key = timelineKey(range);
      const items = groups.get(key) ?? [];
      items.push({ row, range });
      groups.set(key, items);
    }
  }
  // `2016` sorts before `2016-01` as a string, which is the order wanted.
  return [...groups.keys()].sort().map((key) => ({
    key,
    // Array.prototype.sort is stable, so equal starts keep corpus order.
    items: (groups.get(key) ?? []).sort((a, b) => (a.range.start < b.range.start ? -1 : a.range.start > b.range.start ? 1 : 0)),
  }));
}
