/**
 * Country names in the six UN languages: the `i18n-iso-countries` data set (imported as static
 * JSON, so it is bundled and works offline), plus the forms council reports print that the data
 * set lacks: UN official long names (`老挝人民民主共和国`, `大不列颠及北爱尔兰联合王国`,
 * `Viet Nam`) and common short ones (`Laos`, `Britain`).
 */
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

/** A country's names, data set first. */
export interface CountryNames {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /** Names in French, Spanish, Russian and Arabic. */
  readonly others: readonly string[];
}

const extraChinese: Record<string, readonly string[]> = {
  AE: ['阿拉伯联合酋长国'],
  BA: ['波斯尼亚和黑塞哥维那'],
  BN: ['文莱达鲁萨兰国'],
  BO: ['玻利维亚多民族国'],
  CD: ['刚果民主共和国'],
  CF: ['中非共和国'],
  CG: ['刚果共和国', '刚果'],
  CN: ['中华人民共和国'],
  CZ: ['捷克共和国'],
  DO: ['多米尼加共和国'],
  EG: ['埃及阿拉伯共和国'],
  FM: ['密克罗尼西亚'],
  GB: ['大不列颠及北爱尔兰联合王国', '联合王国'],
  ID: ['印度尼西亚'],
  IR: ['伊朗伊斯兰共和国'],
  KP: ['朝鲜民主主义人民共和国'],
  KR: ['大韩民国'],
  LA: ['老挝人民民主共和国'],
  MD: ['摩尔多瓦共和国'],
  MK: ['北马其顿共和国', '前南斯拉夫马其顿共和国'],
  MN: ['蒙古国'],
  PS: ['巴勒斯坦国'],
  RU: ['俄罗斯联邦'],
  SA: ['沙特阿拉伯王国'],
  SY: ['叙利亚阿拉伯共和国'],
  SZ: ['埃斯瓦蒂尼', '斯威士兰'],
  TH: ['泰王国'],
  TL: ['东帝汶民主共和国'],
  TZ: ['坦桑尼亚联合共和国'],
  US: ['美利坚合众国'],
  VA: ['教廷'],
  VE: ['委内瑞拉玻利瓦尔共和国'],
  VN: ['越南社会主义共和国'],
};

const extraEnglish: Record<string, readonly string[]> = {
  BN: ['Brunei'],
  BO: ['Bolivia (Plurinational State of)'],
  CV: ['Cabo Verde'],
  FM: ['Micronesia'],
  GB: ['United Kingdom of Great Britain and Northern Ireland', 'Britain'],
  IR: ['Iran (Islamic Republic of)'],
  KP: ["Democratic People's Republic of Korea"],
  KR: ['Republic of Korea'],
  LA: ['Laos', 'Lao PDR', 'Lao P.D.R.'],
  MD: ['Republic of Moldova', 'Moldova'],
  SD: ['Republic of the Sudan', 'the Sudan'],
  SY: ['Syria'],
  SZ: ['Swaziland'],
  VA: ['Holy See', 'Vatican'],
  VE: ['Venezuela (Bolivarian Republic of)'],
  VN: ['Viet Nam'],
};

// Short forms the data set lacks in the other languages.
const extraOther: Record<string, readonly string[]> = {
  CN: ['Chine', 'Китай', 'Китайская Народная Республика'],
  US: ['États-Unis', 'Estados Unidos de América'],
  RU: ['Fédération de Russie', 'Federación de Rusia', 'Rusia', 'Russie'],
  GB: ['Royaume-Uni', 'Reino Unido', 'Соединенное Королевство', 'المملكة المتحدة'],
  KR: ['République de Corée', 'República de Corea', 'Республика Корея', 'جمهورية كوريا'],
};

function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

// The data set's inverted forms (`Korea, Republic of`) are index entries, not how texts print names.
const isPrintedForm = (name: string): boolean => !name.includes(', ');

const zhCountries: Record<string, string | readonly string[]> = zh.countries;
const enCountries: Record<string, string | readonly string[]> = en.countries;
const otherCountries: ReadonlyArray<Record<string, string | readonly string[]>> = [fr.countries, es.countries, ru.countries, ar.countries];

/** `КНР (Китайская Народная Республика)` is two names. */
function printedForms(name: string): string[] {
  const match = /^(.+?) \((.+)\)$/u.exec(name);
  return match === null ? [name] : [match[1] ?? name, match[2] ?? name];
}

/** Every country and territory of the data set with its Chinese and English names. */
export const countries: readonly CountryNames[] = Object.keys(enCountries)
  .sort()
  .map((code) => ({
    code,
    zh: [...new Set([...asList(zhCountries[code]), ...(extraChinese[code] ?? [])])],
    en: [...new Set([...asList(enCountries[code]), ...(extraEnglish[code] ?? [])].filter(isPrintedForm))],
    others: [
      ...new Set(
        [...otherCountries.flatMap((names) => asList(names[code])), ...(extraOther[code] ?? [])]
          .flatMap(printedForms)
          .filter(isPrintedForm),
      ),
    ],
  }));

/** A country's names by its alpha-2 code. */
export const countriesByCode: ReadonlyMap<string, CountryNames> = new Map(countries.map((country) => [country.code, country]));
