/**
 * Dates as Chinese texts print them: `2016年7月27-28日`, `2016年6月27日-7月1日` (across
 * months), `2016年11月15日`, `2017年3月`, `2015-2016年`, `2017年底`, and `2014-2018年研究期`.
 */
import { dayRange, monthRange, partOfMonth, partOfYear, yearRange } from './calendar';
import { type DatePattern, num } from './datePattern';

const YEAR = '((?:19|20)\\d{2})';
const NUMBER = '(\\d{1,2})';
// Hyphens, en and em dashes, tildes, and the words 至/到 ("to") join the two ends of a range.
const DASH = '\\s*(?:-|–|—|~|〜|至|到)\\s*';
// A year is not the tail of a longer number or of an identifier like M.2012.
const BEFORE_YEAR = '(?<![\\d.])';

function pattern(source: string, build: DatePattern['build']): DatePattern {
  return { regex: new RegExp(source, 'gu'), build };
}

const monthParts: Record<string, 'early' | 'middle' | 'late'> = {
  上旬: 'early',
  初: 'early',
  中旬: 'middle',
  下旬: 'late',
  底: 'late',
  末: 'late',
};

const yearParts: Record<string, 'start' | 'end' | 'first-half' | 'second-half'> = {
  初: 'start',
  底: 'end',
  末: 'end',
  上半年: 'first-half',
  下半年: 'second-half',
};

/** Chinese date patterns, most specific first. */
export const chineseDatePatterns: readonly DatePattern[] = [
  // 2016年12月30日-2017年1月2日
  pattern(`${BEFORE_YEAR}${YEAR}年${NUMBER}月${NUMBER}日${DASH}${YEAR}年${NUMBER}月${NUMBER}日`, (g) =>
    dayRange([num(g, 0), num(g, 1), num(g, 2)], [num(g, 3), num(g, 4), num(g, 5)]),
  ),
  // 2016年6月27日-7月1日
  pattern(`${BEFORE_YEAR}${YEAR}年${NUMBER}月${NUMBER}日?${DASH}${NUMBER}月${NUMBER}日`, (g) =>
    dayRange([num(g, 0), num(g, 1), num(g, 2)], [num(g, 0), num(g, 3), num(g, 4)]),
  ),
  // 2016年7月27-28日, 2016年7月27日至28日
  pattern(`${BEFORE_YEAR}${YEAR}年${NUMBER}月${NUMBER}日?${DASH}${NUMBER}日`, (g) =>
    dayRange([num(g, 0), num(g, 1), num(g, 2)], [num(g, 0), num(g, 1), num(g, 3)]),
  ),
  // 2016年11月15日
  pattern(`${BEFORE_YEAR}${YEAR}年${NUMBER}月${NUMBER}日`, (g) =>
    dayRange([num(g, 0), num(g, 1), num(g, 2)], [num(g, 0), num(g, 1), num(g, 2)]),
  ),
  // 2016年6-7月
  pattern(`${BEFORE_YEAR}${YEAR}年${NUMBER}月?${DASH}${NUMBER}月`, (g) => monthRange(num(g, 0), num(g, 1), num(g, 0), num(g, 2))),
  // 2016年7月底, 2016年7月中旬; `初` is not `初步` (preliminary).
  pattern(`${BEFORE_YEAR}${YEAR}年${NUMBER}月(上旬|中旬|下旬|初(?![步次稿])|底|末)`, (g) => {
    const part = monthParts[g[2] ?? ''];
    return part === undefined ? undefined : partOfMonth(num(g, 0), num(g, 1), part);
  }),
  // 2017年3月
  pattern(`${BEFORE_YEAR}${YEAR}年${NUMBER}月`, (g) => monthRange(num(g, 0), num(g, 1))),
  // 2015-2016年, 2014年至2018年, 2014-2018年研究期
  pattern(`${BEFORE_YEAR}${YEAR}年?${DASH}${YEAR}年`, (g) => yearRange(num(g, 0), num(g, 1))),
  // 2017年底, 2017年上半年
  pattern(`${BEFORE_YEAR}${YEAR}年(上半年|下半年|初(?![步次稿])|底|末)`, (g) => {
    const part = yearParts[g[1] ?? ''];
    return part === undefined ? undefined : partOfYear(num(g, 0), part);
  }),
  // 2016年
  pattern(`${BEFORE_YEAR}${YEAR}年`, (g) => yearRange(num(g, 0))),
];
