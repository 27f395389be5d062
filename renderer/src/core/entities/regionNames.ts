/**
 * ITU's six regions by name (regions.ts finds them in texts and gives each country its region).
 * Apart so that the UI can name a region without loading the country data sets.
 */

/** A region's id key and its names, canonical first. */
export interface RegionNames {
  readonly key: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** The regions, in the order ITU lists them. */
export const regions: readonly RegionNames[] = [
  { key: 'africa', zh: ['非洲', '非洲区域', '非洲地区'], en: ['Africa', 'Africa region', 'African region'] },
  { key: 'americas', zh: ['美洲', '美洲区域', '美洲地区'], en: ['Americas', 'Americas region'] },
  { key: 'arab-states', zh: ['阿拉伯国家', '阿拉伯区域', '阿拉伯地区'], en: ['Arab States', 'Arab region', 'Arab States region'] },
  {
    key: 'asia-pacific',
    zh: ['亚太', '亚太区域', '亚太地区', '亚洲及太平洋', '亚洲太平洋', '亚洲'],
    en: ['Asia-Pacific', 'Asia and the Pacific', 'Asia Pacific', 'Asia-Pacific region', 'Asia'],
  },
  { key: 'cis', zh: ['独联体', '独立国家联合体', '独联体区域'], en: ['CIS', 'Commonwealth of Independent States', 'CIS region'] },
  { key: 'europe', zh: ['欧洲', '欧洲区域', '欧洲地区'], en: ['Europe', 'Europe region'] },
];

const regionsByKey: ReadonlyMap<string, RegionNames> = new Map(regions.map((region) => [region.key, region]));

/** A region's names by its key. */
export function regionByKey(key: string): RegionNames | undefined {
  return regionsByKey.get(key);
}
