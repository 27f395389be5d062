/**
 * Questions studied by study groups: `第3/2号课题`, `ITU-D第3/2号课题`, `Question 3/2`, `Q4/17`.
 * A Question renumbered at a new study period is printed with its former number,
 * `第3/2号课题（原第22/1号课题）` or `Question 3/2 (formerly Question 22/1)`: the former number
 * becomes a former name of the same entity, and mentions of it anywhere join that entity.
 * The sector is the printed prefix, else an earlier mention's, else the sector of a study group
 * with the Question's group number in the same paragraph, else ITU-D for groups 1 and 2 (the
 * only ITU-D groups) and ITU-T for the others.
 */
import type { ItuContext } from './ituContext';
import { type Sector, SECTOR_PREFIX, sectorLabel, sectorOfLetter } from './ituSectors';
import { spanOf } from './textScan';
import type { FoundMention } from './types';

const PREFIX = `(?:${SECTOR_PREFIX}\\s*)?`;
const NUMBER = '(\\d{1,2})\\s*/\\s*(\\d{1,2})';
const questionPatterns: readonly RegExp[] = [
  new RegExp(`(?<![A-Za-z0-9-])${PREFIX}第\\s*${NUMBER}\\s*号?\\s*课题`, 'gu'),
  new RegExp(`(?<![A-Za-z0-9-])${PREFIX}(?:Question|Q)\\s*${NUMBER}(?![\\d/])`, 'gu'),
];
// What introduces a former number inside the brackets that follow a Question.
const formerPattern = new RegExp(
  `^\\s*\\(\\s*(?:原|former(?:ly)?\\s+|ex-?\\s*)(${PREFIX}(?:第\\s*${NUMBER}\\s*号?\\s*课题|(?:Question|Q)\\s*${NUMBER}))`,
  'u',
);

/** The id and canonical name of a Question. */
export function questionIdentity(sector: Sector | undefined, number: string): Pick<FoundMention, 'id' | 'canonicalName' | 'knownNames'> {
  return {
    id: `question:${sector === undefined ? '' : `${sector}-`}${number}`,
    canonicalName: `${sector === undefined ? '' : `${sectorLabel(sector)} `}Question ${number}`,
    knownNames: [`Question ${number}`, `第${number}号课题`],
  };
}

function sectorFor(number: string, group: number, folded: string, explicit: Sector | undefined, context: ItuContext): Sector {
  if (explicit !== undefined) return explicit;
  const remembered = context.questionSectors.get(number);
  if (remembered !== undefined) return remembered;
  const groupSector = context.studyGroupSectors.get(group);
  const isGroupNamedHere = new RegExp(`第\\s*${group}\\s*研究组|SG\\s*-?\\s*${group}(?!\\d)|Study\\s+Group\\s+${group}(?!\\d)`, 'u').test(folded);
  if (isGroupNamedHere && groupSector !== undefined) return groupSector;
  return group <= 2 ? 'itu-d' : 'itu-t';
}

/** Questions in one unit's width-folded text, former numbers included; `source` is the unit's exact text. */
export function findQuestions(source: string, folded: string, context: ItuContext): FoundMention[] {
  const found: FoundMention[] = [];
  const claimed: Array<[number, number]> = [];
  const matches = questionPatterns.flatMap((pattern) => [...folded.matchAll(pattern)]).sort((a, b) => a.index - b.index);
  for (const match of matches) {
    const start = match.index;
    const end = start + match[0].length;
    if (claimed.some(([from, to]) => start < to && from < end)) continue;
    const [, sectorLetter, numerator = '', denominator = ''] = match;
    const number = `${Number(numerator)}/${Number(denominator)}`;
    const sector = sectorFor(number, Number(denominator), folded, sectorOfLetter(sectorLetter), context);
    context.questionSectors.set(number, sector);
    const identity = questionIdentity(sector, number);
    const former = formerPattern.exec(folded.slice(end));
    const formerNumbers = former === null ? undefined : [former[3] ?? former[5], former[4] ?? former[6]];
    const formerNumber = formerNumbers?.every((part) => part !== undefined) ? formerNumbers.map(Number).join('/') : undefined;
    const formerNames = formerNumber === undefined ? undefined : [`Question ${formerNumber}`, `第${formerNumber}号课题`];
    found.push({ kind: 'question', span: spanOf(source, start, end), ...identity, ...(formerNames ? { formerNames } : {}) });
    if (former !== null && formerNumber !== undefined && formerNames !== undefined) {
      const formerText = former[1] ?? '';
      const formerStart = end + former[0].length - formerText.length;
      const formerEnd = formerStart + formerText.length;
      claimed.push([formerStart, formerEnd]);
      found.push({
        kind: 'question',
        span: spanOf(source, formerStart, formerEnd),
        ...identity,
        formerNames,
        replaces: questionIdentity(sector, formerNumber).id,
      });
    }
  }
  return found;
}
