/**
 * ITU's three sectors and what each one numbers, for deciding which sector an identifier
 * printed without its prefix belongs to (`X.1039` after `ITU-T X.1038`, `第17研究组`).
 */

/** A sector of ITU, as used in ids. */
export type Sector = 'itu-t' | 'itu-r' | 'itu-d';

/** A sector prefix as printed, in width-folded text: `ITU-T`, `ITU‑R`, `ITU D`. */
export const SECTOR_PREFIX = 'ITU[-‐‑ ]?([TRD])';

/** The sector a printed prefix's letter names. */
export function sectorOfLetter(letter: string | undefined): Sector | undefined {
  switch (letter?.toUpperCase()) {
    case 'T':
      return 'itu-t';
    case 'R':
      return 'itu-r';
    case 'D':
      return 'itu-d';
    default:
      return undefined;
  }
}

/** The display prefix of a sector: `ITU-T`. */
export function sectorLabel(sector: Sector): string {
  return sector.toUpperCase();
}

const SECTORS: readonly Sector[] = ['itu-t', 'itu-r', 'itu-d'];

/** Study groups of the 2017-2020 study period, by sector. */
const studyGroupsBySector: Record<Sector, readonly number[]> = {
  'itu-t': [2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20],
  'itu-r': [1, 3, 4, 5, 6, 7],
  'itu-d': [1, 2],
};

/** True when the sector has (or recently had) a study group with that number. */
export function hasStudyGroup(sector: Sector, number: number): boolean {
  return studyGroupsBySector[sector].includes(number);
}

/** The only sector with a study group of that number, if only one has it. */
export function onlySectorWithStudyGroup(number: number): Sector | undefined {
  const sectors = SECTORS.filter((sector) => hasStudyGroup(sector, number));
  return sectors.length === 1 ? sectors[0] : undefined;
}

/** The nearest sector prefix printed before `offset` in width-folded text, if any. */
export function nearestSectorBefore(folded: string, offset: number): Sector | undefined {
  let found: Sector | undefined;
  for (const match of folded.slice(0, offset).matchAll(new RegExp(SECTOR_PREFIX, 'gu'))) found = sectorOfLetter(match[1]);
  return found;
}
