/**
 * Countries and cities in a text, in the six UN languages. Decisions:
 * - A name that is both a country and its capital (`突尼斯`: Tunisia and Tunis) is the country,
 *   unless the text says it is the capital (`突尼斯首都突尼斯`, `首府`) or adds `市`.
 * - A country's long form printed as its short name plus `共和国` or `王国` (`苏丹共和国`) is one
 *   mention of the country.
 * - Names inside others are not mentions: `发展中国家` (developing countries) is not China,
 *   `印度洋` not India, `其中非洲` not the Central African Republic.
 * - Places inside organisation names (`牛津大学`, `尼泊尔电信管理局`) are mentions: the
 *   organisation is in that place.
 * - A place that names a text is not a mention of the place: `《迪拜行动计划》` and `Dubai Action
 *   Plan` (adopted at WTDC-14 in Dubai, but a plan, not the city), `《突尼斯议程》`, `Tunis Agenda`.
 */
import { capitalsNamedLikeTheirCountry, type CityNames, cities } from './cityNames';
import { countries, countriesByCode, type CountryNames } from './countryNames';
import { buildLexicon, findNames, type LexiconName } from './nameLexicon';
import { regionOfCountry } from './regions';
import { foldWidth, spanOf } from './textScan';
import type { FoundMention } from './types';

function namesOfCountry(country: CountryNames): string[] {
  return [...country.zh, ...country.en, ...country.others];
}

type Place = { readonly kind: 'country'; readonly country: CountryNames } | { readonly kind: 'city'; readonly city: CityNames };

// `Congo` names both Congos in the data set; UN usage, like `刚果` in Chinese, means the Republic of the Congo.
const sharedNamePreference: ReadonlyMap<string, string> = new Map([['Congo', 'CG']]);

const citiesByKey: ReadonlyMap<string, CityNames> = new Map(cities.map((city) => [city.key, city]));

function placeNames(): LexiconName<Place>[] {
  const entries: LexiconName<Place>[] = [];
  const codesByName = new Map<string, string[]>();
  for (const country of countries) {
    for (const name of new Set(namesOfCountry(country))) codesByName.set(name, [...(codesByName.get(name) ?? []), country.code]);
  }
  for (const country of countries) {
    for (const name of namesOfCountry(country)) {
      const codes = codesByName.get(name) ?? [];
      const isOwn = codes.length === 1 || sharedNamePreference.get(name) === country.code;
      if (isOwn) entries.push({ name: foldWidth(name), value: { kind: 'country', country }, isDeclined: true });
    }
  }
  for (const city of cities) {
    for (const name of [...city.zh, ...city.en, ...city.others]) entries.push({ name: foldWidth(name), value: { kind: 'city', city }, isDeclined: true });
  }
  // Blockers: longer strings that contain a country name without meaning it.
  const blockers = ['中国家', '印度洋', '内蒙古', '中非洲', '南非洲'];
  for (const country of countries) {
    for (const name of country.zh) if (name.endsWith('国')) blockers.push(`${name}际`);
  }
  for (const name of blockers) entries.push({ name, value: undefined });
  return entries;
}

const lexicon = buildLexicon(placeNames());

const longFormSuffix = /^(?:联邦)?(?:民主)?(?:社会主义)?(?:伊斯兰)?(?:人民)?(?:民主)?共和国|^王国/u;
const capitalMarker = /(?:首都|首府)\s*$/u;

function isHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

function regionIdOf(countryCode: string): { readonly region?: string } {
  const key = regionOfCountry(countryCode);
  return key === undefined ? {} : { region: `region:${key}` };
}

function countryMention(country: CountryNames, source: string, start: number, end: number): FoundMention {
  const span = spanOf(source, start, end);
  return {
    ...regionIdOf(country.code),
    id: `country:${country.code}`,
    kind: 'country',
    span,
    canonicalName: (isHan(span.text) ? country.zh[0] : country.en[0]) ?? span.text,
    knownNames: namesOfCountry(country),
  };
}

function cityMention(city: CityNames | undefined, key: string, country: string, source: string, start: number, end: number): FoundMention {
  const span = spanOf(source, start, end);
  const zh = city?.zh ?? [];
  const en = city?.en ?? [];
  const others = city?.others ?? [];
  return {
    id: `city:${key}`,
    kind: 'city',
    span,
    canonicalName: (isHan(span.text) ? zh[0] : en[0]) ?? span.text,
    knownNames: [...zh, ...en, ...others],
    country,
    ...regionIdOf(country),
  };
}

/** [start, end) of each title in Chinese title marks 《…》. */
function titleSpans(folded: string): Array<[number, number]> {
  return [...folded.matchAll(/《[^《》]*》/gu)].map((match) => [match.index, match.index + match[0].length]);
}

// What follows a place's name in the name of a text: `Dubai Action Plan`, `Plan d'action de Doha`, `迪拜行动计划`.
const textNameAfter = /^(?:\s+(?:Action Plan|Declaration|Agenda|Commitment|Principles)\b|(?:行动计划|宣言|议程|承诺|原则))/u;
const textNameBefore = /(?:Plan d'action de|Déclaration de|Agenda de|Plan de Acción de|Declaración de|Programa de Acciones de|План действий|Повестка дня)\s+$/u;

function isInTextName(folded: string, titles: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  if (titles.some(([titleStart, titleEnd]) => start > titleStart && end < titleEnd)) return true;
  return textNameAfter.test(folded.slice(end, end + 20)) || textNameBefore.test(folded.slice(Math.max(0, start - 40), start));
}

/** Countries and cities in a unit's exact text, in text order. */
export function findPlaces(text: string): FoundMention[] {
  const folded = foldWidth(text);
  const found: FoundMention[] = [];
  const titles = titleSpans(folded);
  for (const match of findNames(lexicon, folded)) {
    if (isInTextName(folded, titles, match.start, match.end)) continue;
    const place = match.value;
    if (place.kind === 'city') {
      found.push(cityMention(place.city, place.city.key, place.city.country, text, match.start, match.end));
      continue;
    }
    const { country } = place;
    const capitalKey = capitalsNamedLikeTheirCountry.get(country.code);
    if (capitalKey !== undefined && isHan(folded.slice(match.start, match.end))) {
      const isCityBySuffix = folded[match.end] === '市';
      if (isCityBySuffix || capitalMarker.test(folded.slice(Math.max(0, match.start - 4), match.start))) {
        const end = match.end + (isCityBySuffix ? 1 : 0);
        found.push(cityMention(citiesByKey.get(capitalKey), capitalKey, country.code, text, match.start, end));
        continue;
      }
    }
    const suffix = isHan(folded.slice(match.start, match.end)) ? longFormSuffix.exec(folded.slice(match.end)) : null;
    found.push(countryMention(country, text, match.start, match.end + (suffix?.[0].length ?? 0)));
  }
  return found;
}

/** The country of a city entity key, where known. */
export function countryOfCity(cityKey: string): CountryNames | undefined {
  const code = citiesByKey.get(cityKey)?.country;
  return code === undefined ? undefined : countriesByCode.get(code);
}
