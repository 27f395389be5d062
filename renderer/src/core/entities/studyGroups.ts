/**
 * Study groups, every spelling: `第17研究组`, `ITU-T第17研究组`, `SG-17`, `SG17`, `SG 17`,
 * `Study Group 17`, `第二研究组`. Ids carry the sector (`study-group:itu-t-17`) because ITU-T,
 * ITU-R and ITU-D each number their own groups: ITU-D Study Group 2 is not ITU-T's. A group printed
 * without a prefix takes the sector of an earlier mention of the same number, else of a prefix
 * printed before it in the paragraph (if that sector has such a group), else the only sector
 * that has it; a number two sectors share stays unqualified (`study-group:2`).
 */
import { parseSmallNumber, SMALL_NUMBER } from './chineseNumerals';
import type { ItuContext } from './ituContext';
import { hasStudyGroup, nearestSectorBefore, onlySectorWithStudyGroup, type Sector, SECTOR_PREFIX, sectorLabel, sectorOfLetter } from './ituSectors';
import { spanOf } from './textScan';
import type { FoundMention } from './types';

const PREFIX = `(?:${SECTOR_PREFIX}\\s*)?`;
const studyGroupPatterns: readonly RegExp[] = [
  new RegExp(`(?<![A-Za-z0-9-])${PREFIX}第\\s*${SMALL_NUMBER}\\s*研究组`, 'gu'),
  new RegExp(`(?<![A-Za-z0-9-])${PREFIX}SG\\s*[-‐‑]?\\s*(\\d{1,2})(?![\\d.])`, 'gu'),
  new RegExp(`(?<![A-Za-z0-9-])${PREFIX}Study\\s+Group\\s+(\\d{1,2})(?!\\d)`, 'gu'),
];

/** The id and names of a study group. */
export function studyGroupIdentity(sector: Sector | undefined, number: number): Pick<FoundMention, 'id' | 'canonicalName' | 'knownNames'> {
  const label = sector === undefined ? '' : `${sectorLabel(sector)} `;
  return {
    id: `study-group:${sector === undefined ? '' : `${sector}-`}${number}`,
    canonicalName: `${label}Study Group ${number}`,
    knownNames: [`SG${number}`, `第${number}研究组`],
  };
}

/** Study groups in one unit's width-folded text; `source` is the unit's exact text. */
export function findStudyGroups(source: string, folded: string, context: ItuContext): FoundMention[] {
  const matches = studyGroupPatterns
    .flatMap((pattern) => [...folded.matchAll(pattern)])
    .sort((a, b) => a.index - b.index);
  const found: FoundMention[] = [];
  for (const match of matches) {
    const [, sectorLetter, numberText = ''] = match;
    const number = parseSmallNumber(numberText);
    if (!Number.isInteger(number) || number < 1 || number > 99) continue;
    const explicit = sectorOfLetter(sectorLetter);
    const nearby = nearestSectorBefore(folded, match.index);
    const sector =
      explicit ??
      context.studyGroupSectors.get(number) ??
      (nearby !== undefined && hasStudyGroup(nearby, number) ? nearby : undefined) ??
      onlySectorWithStudyGroup(number);
    if (sector !== undefined) context.studyGroupSectors.set(number, sector);
    found.push({
      kind: 'study-group',
      span: spanOf(source, match.index, match.index + match[0].length),
      ...studyGroupIdentity(sector, number),
    });
  }
  return found;
}
