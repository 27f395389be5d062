/**
 * Dates with month names in French, Spanish, Russian and Arabic, as UN texts print them:
 * `27-28 juillet 2016`, `27 juin - 1er juillet 2016`, `juillet 2016`; `27 a 28 de julio de 2016`,
 * `marzo de 2017`; `27–28 июля 2016 г.`, `в июле 2016 года`; `27-28 يوليو 2016`, `مارس 2017`
 * (Arabic-Indic digits and dash look-alikes are folded to ASCII by foldWidth first). Months
 * are matched in any case; Russian in the genitive (`июля`), nominative and prepositional.
 * Arabic months are the Egyptian-style names UN texts use, and the Levantine ones.
 */
import { dayRange, monthRange } from './calendar';
import { type DatePattern, num } from './datePattern';
import { foldWidth } from './textScan';

interface Language {
  /** Names of each month, January first. */
  readonly months: ReadonlyArray<readonly string[]>;
  /** What joins the two ends of a range. */
  readonly rangeWords: readonly string[];
  /** What may stand between day and month, and month and year (`de`). */
  readonly joiner: string;
  /** What may follow the year (`г.`, `года`). */
  readonly yearSuffix: string;
}

const french: Language = {
  months: [
    ['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'],
    ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre'],
  ],
  rangeWords: ['au', 'et'],
  joiner: '\\s+',
  yearSuffix: '',
};

const spanish: Language = {
  months: [
    ['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'],
    ['octubre'], ['noviembre'], ['diciembre'],
  ],
  rangeWords: ['a', 'al', 'y'],
  joiner: '\\s+(?:de\\s+)?',
  yearSuffix: '',
};

const russian: Language = {
  months: [
    ['января', 'январь', 'январе'], ['февраля', 'февраль', 'феврале'], ['марта', 'март', 'марте'], ['апреля', 'апрель', 'апреле'],
    ['мая', 'май', 'мае'], ['июня', 'июнь', 'июне'], ['июля', 'июль', 'июле'], ['августа', 'август', 'августе'],
    ['сентября', 'сентябрь', 'сентябре'], ['октября', 'октябрь', 'октябре'], ['ноября', 'ноябрь', 'ноябре'], ['декабря', 'декабрь', 'декабре'],
  ],
  rangeWords: ['по', 'и'],
  joiner: '\\s+',
  yearSuffix: '(?:\\s*(?:г\\.|гг\\.|года|году|год)(?![\\p{L}]))?',
};

const arabic: Language = {
  months: [
    ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'إبريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'حزيران'],
    ['يوليو', 'تموز'], ['أغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
  ],
  rangeWords: ['إلى', 'الى', 'و'],
  joiner: '\\s+',
  yearSuffix: '(?:\\s*م(?![\\p{L}]))?',
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function patternsOf(language: Language): DatePattern[] {
  const monthNumbers = new Map<string, number>();
  language.months.forEach((names, index) => {
    for (const name of names) monthNumbers.set(foldWidth(name).toLowerCase(), index + 1);
  });
  const names = [...monthNumbers.keys()].sort((a, b) => b.length - a.length).map(escape);
  const MONTH = `(${names.join('|')})(?![\\p{L}])`;
  const YEAR = `((?:19|20)\\d{2})(?![\\p{L}\\p{N}])${language.yearSuffix}`;
  const DAY = '(\\d{1,2})(?:er|º|°)?';
  const DASH = `\\s*(?:-|–|—|${language.rangeWords.map(escape).join('|')})\\s*`;
  const J = language.joiner;
  const BEFORE = '(?<![\\p{L}\\p{N}.:/-])';
  const month = (groups: readonly string[], index: number): number => monthNumbers.get((groups[index] ?? '').toLowerCase()) ?? Number.NaN;
  const pattern = (source: string, build: DatePattern['build']): DatePattern => ({ regex: new RegExp(source, 'giu'), build });
  return [
    // 30 décembre 2016 - 2 janvier 2017
    pattern(`${BEFORE}${DAY}${J}${MONTH}${J}${YEAR}${DASH}${DAY}${J}${MONTH}${J}${YEAR}`, (g) =>
      dayRange([num(g, 2), month(g, 1), num(g, 0)], [num(g, 5), month(g, 4), num(g, 3)]),
    ),
    // 27 juin - 1er juillet 2016
    pattern(`${BEFORE}${DAY}${J}${MONTH}${DASH}${DAY}${J}${MONTH}${J}${YEAR}`, (g) =>
      dayRange([num(g, 4), month(g, 1), num(g, 0)], [num(g, 4), month(g, 3), num(g, 2)]),
    ),
    // 27-28 juillet 2016, 27 a 28 de julio de 2016
    pattern(`${BEFORE}${DAY}${DASH}${DAY}${J}${MONTH}${J}${YEAR}`, (g) =>
      dayRange([num(g, 3), month(g, 2), num(g, 0)], [num(g, 3), month(g, 2), num(g, 1)]),
    ),
    // 15 novembre 2016
    pattern(`${BEFORE}${DAY}${J}${MONTH}${J}${YEAR}`, (g) => dayRange([num(g, 2), month(g, 1), num(g, 0)], [num(g, 2), month(g, 1), num(g, 0)])),
    // juin-juillet 2016
    pattern(`${BEFORE}${MONTH}${DASH}${MONTH}${J}${YEAR}`, (g) => monthRange(num(g, 2), month(g, 0), num(g, 2), month(g, 1))),
    // juillet 2016, julio de 2016
    pattern(`${BEFORE}${MONTH}${J}${YEAR}`, (g) => monthRange(num(g, 1), month(g, 0))),
  ];
}

/** Month-name date patterns of French, Spanish, Russian and Arabic, most specific first per language. */
export const monthNameDatePatterns: readonly DatePattern[] = [french, spanish, russian, arabic].flatMap(patternsOf);
