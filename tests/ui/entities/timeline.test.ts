import { describe, expect, test } from 'vitest';
import type { ActivityRow, DateRange } from '../../../renderer/src/core/entities';
import { groupByMonth, timelineKey } from '../../../renderer/src/ui/entities/timeline';

function row(unitNumber: string, dates: DateRange[]): ActivityRow {
  return { reportId: 'r', unitId: `r:${unitNumber}`, unitNumber, description: '', dates, targetDates: [], places: [], organisations: [] };
}

describe('timelineKey', () => {
  test.each<[DateRange, string]>([
    [{ start: '2016-07-12', end: '2016-07-14', precision: 'day' }, '2016-07'],
    [{ start: '2016-07-01', end: '2016-07-31', precision: 'month' }, '2016-07'],
    [{ start: '2016-11-28', end: '2017-02-03', precision: 'day' }, '2016-11'],
    [{ start: '2016-01-01', end: '2016-12-31', precision: 'year' }, '2016'],
    [{ start: '2015-01-01', end: '2015-12-31', precision: 'approximate' }, '2015'],
  ])('%j → %s', (range, key) => {
    expect(timelineKey(range)).toBe(key);
  });
});

describe('groupByMonth', () => {
  test('chronological groups, a year before its months, a range once at its start month, undated rows left out', () => {
    const groups = groupByMonth([
      row('1', [{ start: '2016-09-05', end: '2016-09-05', precision: 'day' }]),
      row('2', []),
      row('3', [
        { start: '2016-07-20', end: '2016-08-02', precision: 'day' },
        { start: '2016-01-01', end: '2016-12-31', precision: 'year' },
      ]),
      row('4', [{ start: '2016-07-01', end: '2016-07-31', precision: 'month' }]),
    ]);
    expect(groups.map((group) => [group.key, group.items.map((item) => item.row.unitNumber)])).toEqual([
      ['2016', ['3']],
      ['2016-07', ['4', '3']],
      ['2016-09', ['1']],
    ]);
  });

  test('items with the same start keep corpus order', () => {
    const range: DateRange = { start: '2016-07-01', end: '2016-07-31', precision: 'month' };
    const groups = groupByMonth([row('2', [range]), row('1', [range])]);
    expect(groups[0]?.items.map((item) => item.row.unitNumber)).toEqual(['2', '1']);
  });
});
