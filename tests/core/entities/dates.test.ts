import { describe, expect, it } from 'vitest';
import { chineseDatePatterns } from '../../../renderer/src/core/entities/chineseDates';
import { extractDates } from '../../../renderer/src/core/entities/dates';
import { englishDatePatterns } from '../../../renderer/src/core/entities/englishDates';
import { monthNameDatePatterns } from '../../../renderer/src/core/entities/monthNameDates';
import { bundledUnit } from './entityFixtures';

type Expected = [text: string, start: string, end: string, precision: string];

const datesIn = (text: string): Expected[] => extractDates(text).map((date) => [date.span.text, date.start, date.end, date.precision]);

describe('dates in the bundled report', () => {
  it.each<[string, Expected[]]>([
    ['3.4', [['2016年7月27-28日', '2016-07-27', '2016-07-28', 'day']]],
    [
      '4.3',
      [
        ['2016年6月27日-7月1日', '2016-06-27', '2016-07-01', 'day'],
        ['2016年5月23-27日', '2016-05-23', '2016-05-27', 'day'],
        ['2016年4月4-8日', '2016-04-04', '2016-04-08', 'day'],
      ],
    ],
    [
      '4.4',
      [
        ['2016年2月18-19日', '2016-02-18', '2016-02-19', 'day'],
        ['2016年6月6-7日', '2016-06-06', '2016-06-07', 'day'],
        ['2016年10月13-14日', '2016-10-13', '2016-10-14', 'day'],
        ['2017年底', '2017-12-01', '2017-12-31', 'approximate'],
      ],
    ],
    ['4.5', [['2016年7月4-8日', '2016-07-04', '2016-07-08', 'day']]],
    ['4.6', [['2015-2016年', '2015-01-01', '2016-12-31', 'year']]],
    ['3.3', [['2017年3月', '2017-03-01', '2017-03-31', 'month']]],
    ['5.2', [['2014-2018年', '2014-01-01', '2018-12-31', 'year']]],
    ['5.4', [['2016年11月29-30日', '2016-11-29', '2016-11-30', 'day']]],
    ['5.7', [['2016年', '2016-01-01', '2016-12-31', 'year']]],
    ['6.4', [['2017年2月16日', '2017-02-16', '2017-02-16', 'day']]],
    [
      '7.3',
      [
        ['2016年5月', '2016-05-01', '2016-05-31', 'month'],
        ['2016年11月15日', '2016-11-15', '2016-11-15', 'day'],
        ['2016年', '2016-01-01', '2016-12-31', 'year'],
      ],
    ],
    ['6.2', [['2016年', '2016-01-01', '2016-12-31', 'year'], ['2016', '2016-01-01', '2016-12-31', 'year']]],
    ['3.6', []],
    ['5.6', [['2014年', '2014-01-01', '2014-12-31', 'year']]],
  ])('unit %s', (number, expected) => {
    const unit = bundledUnit(number);
    expect(datesIn(unit.text)).toEqual(expected);
    for (const date of extractDates(unit.text)) expect(unit.text.slice(date.span.start, date.span.end)).toBe(date.span.text);
  });

  it('does not date the summary by the year in Resolution 130\'s revision note', () => {
    expect(datesIn(bundledUnit('summary.1').text)).toEqual([['2016年', '2016-01-01', '2016-12-31', 'year']]);
  });
});

describe('dates in other forms', () => {
  it.each<[string, Expected[]]>([
    ['27-28 July 2016', [['27-28 July 2016', '2016-07-27', '2016-07-28', 'day']]],
    ['held on 27 June - 1 July 2016 in Quito', [['27 June - 1 July 2016', '2016-06-27', '2016-07-01', 'day']]],
    ['from 30 December 2016 to 2 January 2017', [['30 December 2016 to 2 January 2017', '2016-12-30', '2017-01-02', 'day']]],
    ['on 15 November 2016,', [['15 November 2016', '2016-11-15', '2016-11-15', 'day']]],
    ['on November 15, 2016,', [['November 15, 2016', '2016-11-15', '2016-11-15', 'day']]],
    ['July 27-28, 2016', [['July 27-28, 2016', '2016-07-27', '2016-07-28', 'day']]],
    ['In July 2016 and in Sept. 2016', [['July 2016', '2016-07-01', '2016-07-31', 'month'], ['Sept. 2016', '2016-09-01', '2016-09-30', 'month']]],
    ['June-July 2016', [['June-July 2016', '2016-06-01', '2016-07-31', 'month']]],
    ['a survey (2015-2016)', [['2015-2016', '2015-01-01', '2016-12-31', 'year']]],
    ['the 2015–16 cycle', [['2015–16', '2015-01-01', '2016-12-31', 'year']]],
    ['by the end of 2017', [['end of 2017', '2017-12-01', '2017-12-31', 'approximate']]],
    ['mid-2017', [['mid-2017', '2017-06-01', '2017-07-31', 'approximate']]],
    ['early 2018', [['early 2018', '2018-01-01', '2018-01-31', 'approximate']]],
    ['in 2016, ITU', [['2016', '2016-01-01', '2016-12-31', 'year']]],
    ['2016-07-27', [['2016-07-27', '2016-07-27', '2016-07-27', 'day']]],
    ['2016年12月30日-2017年1月2日', [['2016年12月30日-2017年1月2日', '2016-12-30', '2017-01-02', 'day']]],
    ['2016年7月27日至28日', [['2016年7月27日至28日', '2016-07-27', '2016-07-28', 'day']]],
    ['2016年6-7月', [['2016年6-7月', '2016-06-01', '2016-07-31', 'month']]],
    ['2016年7月底', [['2016年7月底', '2016-07-21', '2016-07-31', 'approximate']]],
    ['2017年上半年', [['2017年上半年', '2017-01-01', '2017-06-30', 'approximate']]],
    ['2015年至2016年', [['2015年至2016年', '2015-01-01', '2016-12-31', 'year']]],
    ['２０１６年７月２７－２８日', [['２０１６年７月２７－２８日', '2016-07-27', '2016-07-28', 'day']]],
    ['2016年2月29日', [['2016年2月29日', '2016-02-29', '2016-02-29', 'day']]],
    [
      '2016年6月27日和7月4-8日',
      [
        ['2016年6月27日', '2016-06-27', '2016-06-27', 'day'],
        ['7月4-8日', '2016-07-04', '2016-07-08', 'day'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(datesIn(text)).toEqual(expected);
  });

  it.each([
    ['ITU-R M.2012和M.2083号建议书'],
    ['已与100多个国家进行了16次网络演练'],
    ['136个国家和195个国家'],
    ['目标16.2'],
    ['C17/15号文件'],
    ['第3/2号课题'],
    ['Resolution 130 (Rev. Busan, 2014)'],
    ['第130号决议（2014年，釜山，修订版）'],
    ['ISO/IEC 27001:2013'],
    ['X.1038 and X.2016'],
    ['2000个国家'],
    ['7月1日，没有年份'],
    ['16.2月3日'],
    ['in may 2016 we'.replace('2016', '')],
    ['30 February 2016'.replace('2016', '')],
  ])('finds no date in %s', (text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('keeps only the month when the day does not exist', () => {
    expect(datesIn('31 June 2016')).toEqual([['June 2016', '2016-06-01', '2016-06-30', 'month']]);
    expect(datesIn('2015年2月29日')).toEqual([['2015年2月', '2015-02-01', '2015-02-28', 'month']]);
  });
});

// extractDates skips a text with no four-digit year without running the patterns: that is only
// right while every pattern needs one.
describe('the year every date pattern needs', () => {
  it('is in every pattern', () => {
    for (const { regex } of [...chineseDatePatterns, ...englishDatePatterns, ...monthNameDatePatterns]) {
      expect(regex.source).toContain('(?:19|20)\\d{2}');
    }
  });

  it('makes a text without a year dateless, and a year in any digits a date', () => {
    expect(extractDates('On 7月1日 and the 15 November meeting the group met again')).toEqual([]);
    expect(extractDates('会议于٢٠١٦年7月1日举行').map((date) => date.start)).toEqual(['2016-07-01']);
  });
});
