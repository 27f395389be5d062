/**
 * ITU's six regions (those of its regional offices and regional forums: `非洲区域`, `美洲区域`,
 * `阿拉伯区域`, `亚太区域`), named in a text and as the region of each country. Delegates follow a
 * thread "everything in Africa" through both: paragraphs that name the region and paragraphs
 * that name a place in it. Decisions:
 * - Membership follows ITU's regional grouping, not plain continents: the Arab States and the
 *   CIS are their own regions (lists below), Türkiye and the Caucasus count with Europe. Every
 *   other country gets the region of its continent from the `countries-list` data set.
 * - A bare `阿拉伯` is not a region (`沙特阿拉伯`, `阿拉伯联合酋长国` are countries), so the Arab
 *   region needs its suffix: `阿拉伯区域`, `阿拉伯国家`.
 * - A region name inside a country or organisation name (`马来西亚太平洋`, `欧洲网络与信息安全署`,
 *   `美洲国家组织`) is not a mention of the region: the organisation is its own entity, and
 *   counting its name twice would relate every paragraph that names it through the region too.
 */
import { countries as countryData, type TContinentCode, type TCountryCode } from 'countries-list';
import { buildLexicon, findNames, type LexiconName } from './nameLexicon';
import { regions, type RegionNames } from './regionNames';
import { foldWidth, spanOf } from './textScan';
import type { FoundMention } from './types';

// The 22 members of the League of Arab States: ITU's Arab region.
const arabStates: ReadonlySet<string> = new Set([
  'AE', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE',
]);
// Members of the Regional Commonwealth in the field of Communications: ITU's CIS region.
const cisStates: ReadonlySet<string> = new Set(['AM', 'AZ', 'BY', 'KG', 'KZ', 'MD', 'RU', 'TJ', 'TM', 'UZ']);

const regionOfContinent: Readonly<Record<TContinentCode, string | undefined>> = {
  AF: 'africa',
  NA: 'americas',
  SA: 'americas',
  AS: 'asia-pacific',
  OC: 'asia-pacific',
  EU: 'europe',
  AN: undefined,
};

function isCountryCode(code: string): code is TCountryCode {
  return Object.hasOwn(countryData, code);
}

/** The region key of a country (ISO 3166-1 alpha-2), if it has one. */
export function regionOfCountry(code: string): string | undefined {
  if (arabStates.has(code)) return 'arab-states';
  if (cisStates.has(code)) return 'cis';
  if (!isCountryCode(code)) return undefined;
  const data = countryData[code];
  // Transcontinental countries (Türkiye, Georgia, Cyprus) sit in ITU's Europe region.
  if (data.continents?.includes('EU') === true) return 'europe';
  return regionOfContinent[data.continent];
}

const lexicon = buildLexicon<RegionNames>(
  regions.flatMap((region) => [...region.zh, ...region.en].map((name): LexiconName<RegionNames> => ({ name, value: region }))),
);

function isHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Region names in a unit's exact text, in text order (overlaps with other names are the caller's to settle). */
export function findRegions(text: string): FoundMention[] {
  return findNames(lexicon, foldWidth(text)).map(({ start, end, value: region }) => {
    const span = spanOf(text, start, end);
    return {
      id: `region:${region.key}`,
      kind: 'region',
      span,
      canonicalName: (isHan(span.text) ? region.zh[0] : region.en[0]) ?? span.text,
      knownNames: [...region.zh, ...region.en],
    };
  });
}
