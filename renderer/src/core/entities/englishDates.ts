/**
 * Dates as English texts print them: `27-28 July 2016`, `27 June - 1 July 2016`,
 * `15 November 2016`, `November 15, 2016`, `July 2016`, `2015-2016`, `end of 2017`, `mid-2017`,
 * ISO `2016-07-27`, and a bare year. Month names are matched capitalised, so `may` is a verb.
 */
import { dayRange, expandShortYear, monthRange, partOfYear, yearRange } from './calendar';
import { type DatePattern, num } from './datePattern';

const monthNumbers: ReadonlyMap<string, number> = new Map(
  [
    ['January', 'Jan'],
    ['February', 'Feb'],
    ['March', 'Mar'],
    ['April', 'Apr'],
    ['May', 'May'],
    ['June', 'Jun'],
    ['July', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sep', 'Sept'],
    ['October', 'Oct'],
    ['November', 'Nov'],
    ['December', 'Dec'],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

const MONTH = `(${[...monthNumbers.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?(?![A-Za-z])`;
const YEAR = '((?:19|20)\\d{2})(?![\\dA-Za-z])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*(?:-|–|—|to|until|through|and)\\s*';
// Not the tail of a number, an identifier (M.2012), a version (27001:2013) or a path.
const BEFORE = '(?<![\\dA-Za-z.:/-])';

function month(groups: readonly string[], index: number): number {
  return monthNumbers.get(groups[index] ?? '') ?? Number.NaN;
}

function pattern(source: string, build: DatePattern['build']): DatePattern {
  return { regex: new RegExp(source, 'gu'), build };
}

const approximateParts: Record<string, 'start' | 'middle' | 'end' | 'first-half' | 'second-half'> = {
  beginning: 'start',
  start: 'start',
  early: 'start',
  middle: 'middle',
  mid: 'middle',
  end: 'end',
  late: 'end',
  'first half': 'first-half',
  'second half': 'second-half',
};

/** English date patterns, most specific first. */
export const englishDatePatterns: readonly DatePattern[] = [
  // 30 December 2016 - 2 January 2017
  pattern(`${BEFORE}${DAY}\\s+${MONTH},?\\s+${YEAR}${DASH}${DAY}\\s+${MONTH},?\\s+${YEAR}`, (g) =>
    dayRange([num(g, 2), month(g, 1), num(g, 0)], [num(g, 5), month(g, 4), num(g, 3)]),
  ),
  // 27 June - 1 July 2016
  pattern(`${BEFORE}${DAY}\\s+${MONTH}${DASH}${DAY}\\s+${MONTH},?\\s+${YEAR}`, (g) =>
    dayRange([num(g, 4), month(g, 1), num(g, 0)], [num(g, 4), month(g, 3), num(g, 2)]),
  ),
  // 27-28 July 2016
  pattern(`${BEFORE}${DAY}${DASH}${DAY}\\s+${MONTH},?\\s+${YEAR}`, (g) =>
    dayRange([num(g, 3), month(g, 2), num(g, 0)], [num(g, 3), month(g, 2), num(g, 1)]),
  ),
  // 15 November 2016
  pattern(`${BEFORE}${DAY}\\s+${MONTH},?\\s+${YEAR}`, (g) => dayRange([num(g, 2), month(g, 1), num(g, 0)], [num(g, 2), month(g, 1), num(g, 0)])),
  // June 27 - July 1, 2016
  pattern(`${BEFORE}${MONTH}\\s+${DAY}${DASH}${MONTH}\\s+${DAY},?\\s+${YEAR}`, (g) =>
    dayRange([num(g, 4), month(g, 0), num(g, 1)], [num(g, 4), month(g, 2), num(g, 3)]),
  ),
  // July 27-28, 2016
  pattern(`${BEFORE}${MONTH}\\s+${DAY}${DASH}${DAY},?\\s+${YEAR}`, (g) =>
    dayRange([num(g, 3), month(g, 0), num(g, 1)], [num(g, 3), month(g, 0), num(g, 2)]),
  ),
  // November 15, 2016
  pattern(`${BEFORE}${MONTH}\\s+${DAY},?\\s+${YEAR}`, (g) => dayRange([num(g, 2), month(g, 0), num(g, 1)], [num(g, 2), month(g, 0), num(g, 1)])),
  // June-July 2016
  pattern(`${BEFORE}${MONTH}${DASH}${MONTH},?\\s+${YEAR}`, (g) => monthRange(num(g, 2), month(g, 0), num(g, 2), month(g, 1))),
  // July 2016
  pattern(`${BEFORE}${MONTH},?\\s+${YEAR}`, (g) => monthRange(num(g, 1), month(g, 0))),
  // 2016-07-27
  pattern(`${BEFORE}((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d])`, (g) =>
    dayRange([num(g, 0), num(g, 1), num(g, 2)], [num(g, 0), num(g, 1), num(g, 2)]),
  ),
  // end of 2017, the first half of 2017
  pattern(`(?<![A-Za-z])([Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd|[Ff]irst half|[Ss]econd half)\\s+of\\s+${YEAR}`, (g) => {
    const part = approximateParts[(g[0] ?? '').toLowerCase()];
    return part === undefined ? undefined : partOfYear(num(g, 1), part);
  }),
  // mid-2017, early 2017, end-2017
  pattern(`(?<![A-Za-z])([Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)[- ]${YEAR}`, (g) => {
    const part = approximateParts[(g[0] ?? '').toLowerCase()];
    return part === undefined ? undefined : partOfYear(num(g, 1), part);
  }),
  // 2015-2016, 2015–16, 2014 to 2018
  pattern(`${BEFORE}((?:19|20)\\d{2})\\s*(?:-|–|—|to)\\s*((?:19|20)\\d{2}|\\d{2})(?![\\dA-Za-z年]|\\.\\d|-\\d)`, (g) =>
    yearRange(num(g, 0), expandShortYear(num(g, 0), g[1] ?? '')),
  ),
  // A bare year, but not a count (`2000个`, `2000 participants` is left to chance) nor a number in an identifier.
  pattern(`${BEFORE}((?:19|20)\\d{2})(?![\\dA-Za-z年个次多余家名人项份万亿%]|\\.\\d|/\\d|-\\d)`, (g) => yearRange(num(g, 0))),
];
