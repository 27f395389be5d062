import { describe, expect, test } from 'vitest';
import type { ActivityRow, DateRange, EntityRef } from '../../../renderer/src/core/entities';
import {
  activityCells,
  compareNumbers,
  filterActivities,
  formatDateRange,
  noActivityFilter,
  sortActivities,
  yearsOf,
  type ActivityEntry,
} from '../../../renderer/src/ui/entities/activityTable';
import { activityOptions } from '../../../renderer/src/ui/entities/activityOptions';

const enisa: EntityRef = { id: 'organisation:enisa', kind: 'organisation', name: 'ENISA' };
const oas: EntityRef = { id: 'organisation:oas', kind: 'organisation', name: 'OAS' };
const geneva: EntityRef = { id: 'city:geneva', kind: 'city', name: '日内瓦', region: 'region:europe' };
const kenya: EntityRef = { id: 'country:KE', kind: 'country', name: '肯尼亚', region: 'region:africa' };
const africa: EntityRef = { id: 'region:africa', kind: 'region', name: '非洲' };
const day = (start: string, end = start): DateRange => ({ start, end, precision: 'day' });

function entry(order: number, unitNumber: string, section: string, dates: DateRange[], extra: Partial<ActivityRow> = {}, text = ''): ActivityEntry {
  const row: ActivityRow = {
    reportId: 'r',
    unitId: `r:${unitNumber}`,
    unitNumber,
    section: { number: section, title: `节${section}` },
    description: `第${unitNumber}段的活动`,
    dates,
    targetDates: [],
    places: [],
    organisations: [],
    ...extra,
  };
  return { row, text, order };
}

const entries = [
  entry(0, '3.4', '3', [day('2016-07-12')], { organisations: [enisa], places: [geneva] }, '网络演练'),
  entry(1, '3.10', '3', [day('2015-03-01', '2016-02-01')], { organisations: [oas] }),
  entry(2, '10.1', '10', []),
  entry(3, '5.4', '5', [day('2014-05-05')], { organisations: [enisa] }, 'Cyber DRILL'),
];
const withRegions = [...entries, entry(4, '6.1', '6', [], { places: [kenya] }), entry(5, '6.2', '6', [], { places: [africa] })];
const numbers = (list: readonly ActivityEntry[]): string[] => list.map((item) => item.row.unitNumber);

describe('formatting', () => {
  test.each<[DateRange, string]>([
    [day('2016-07-12'), '2016-07-12'],
    [day('2016-07-12', '2016-07-14'), '2016-07-12 – 2016-07-14'],
    [{ start: '2016-07-01', end: '2016-07-31', precision: 'month' }, '2016-07'],
    [{ start: '2016-01-01', end: '2017-12-31', precision: 'year' }, '2016 – 2017'],
  ])('%j → %s', (range, text) => {
    expect(formatDateRange(range)).toBe(text);
  });

  test('years of a row cover every year its ranges touch', () => {
    expect(yearsOf(entries[1]!.row)).toEqual(['2015', '2016']);
  });

  test('cells join lists with the separator', () => {
    expect(activityCells(entries[0]!.row, '、')).toEqual({
      unit: '3.4',
      description: '第3.4段的活动',
      section: '3 节3',
      dates: '2016-07-12',
      targetDates: '',
      places: '日内瓦',
      organisations: 'ENISA',
    });
  });

  test('options list what occurs', () => {
    const options = activityOptions(entries);
    expect(options.organisations.map((ref) => ref.id)).toEqual(['organisation:enisa', 'organisation:oas']);
    expect(options.places.map((ref) => ref.id)).toEqual(['city:geneva', 'region:europe']);
    expect(options.years).toEqual(['2014', '2015', '2016']);
  });

  test('regions are offered from the places named, even where no paragraph names the region', () => {
    const names = activityOptions(withRegions).places.map((ref) => ref.name);
    expect([...names].sort()).toEqual(['日内瓦', '欧洲', '肯尼亚', '非洲'].sort());
  });
});

describe('filterActivities', () => {
  test.each([
    [{}, ['3.4', '3.10', '10.1', '5.4', '6.1', '6.2']],
    [{ placeId: 'region:africa' }, ['6.1', '6.2']],
    [{ placeId: 'region:europe' }, ['3.4']],
    [{ placeId: 'country:KE' }, ['6.1']],
    [{ organisationId: 'organisation:enisa' }, ['3.4', '5.4']],
    [{ placeId: 'city:geneva' }, ['3.4']],
    [{ year: '2016' }, ['3.4', '3.10']],
    [{ year: '2015', organisationId: 'organisation:oas' }, ['3.10']],
    [{ text: 'drill' }, ['5.4']],
    [{ text: 'ＥＮＩＳＡ' }, ['3.4', '5.4']],
    [{ text: '节10' }, ['10.1']],
    [{ text: '演练' }, ['3.4']],
    [{ text: '  ' }, ['3.4', '3.10', '10.1', '5.4', '6.1', '6.2']],
  ])('%j', (filter, expected) => {
    expect(numbers(filterActivities(withRegions, { ...noActivityFilter, ...filter }))).toEqual(expected);
  });
});

describe('sortActivities', () => {
  test('by date: earliest first, undated last either way', () => {
    expect(numbers(sortActivities(entries, { key: 'date', direction: 'ascending' }))).toEqual(['5.4', '3.10', '3.4', '10.1']);
    expect(numbers(sortActivities(entries, { key: 'date', direction: 'descending' }))).toEqual(['3.4', '3.10', '5.4', '10.1']);
  });

  test('by section: numeric, ties in corpus order', () => {
    expect(numbers(sortActivities(entries, { key: 'section', direction: 'ascending' }))).toEqual(['3.4', '3.10', '5.4', '10.1']);
    expect(numbers(sortActivities(entries, { key: 'section', direction: 'descending' }))).toEqual(['10.1', '5.4', '3.4', '3.10']);
  });

  test('by document order, and the input is not changed', () => {
    const copy = [...entries];
    expect(numbers(sortActivities(entries, { key: 'document', direction: 'descending' }))).toEqual(['5.4', '10.1', '3.10', '3.4']);
    expect(entries).toEqual(copy);
  });

  test.each([
    ['2', '10', -1],
    ['3.4', '3.10', -1],
    ['3', '3.1', -1],
    ['4.2', '4.2', 0],
    ['summary.1', 'summary.2', -1],
  ])('compareNumbers(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(compareNumbers(a, b))).toBe(sign);
  });
});
