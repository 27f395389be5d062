/**
 * Resolutions: `第130号决议`, `Resolution 130`, `Res. 130`. The Plenipotentiary Conference,
 * WTSA and WTDC number their resolutions separately, so a resolution printed with its assembly
 * (`WTSA第50号决议`, `WTDC Resolution 45`) gets that assembly in its id (`resolution:wtsa-50`);
 * one printed without (the usual case in council reports, which cite the Plenipotentiary's)
 * is `resolution:130`.
 */
import { spanOf } from './textScan';
import type { FoundMention } from './types';

const assemblies: ReadonlyMap<string, string> = new Map([
  ['WTSA', 'WTSA'],
  ['世界电信标准化全会', 'WTSA'],
  ['WTDC', 'WTDC'],
  ['世界电信发展大会', 'WTDC'],
  ['PP', 'PP'],
  ['全权代表大会', 'PP'],
]);
const ASSEMBLY = `(?:(${[...assemblies.keys()].join('|')})(?:-?\\d{2})?\\s*)?`;

const resolutionPatterns: readonly RegExp[] = [
  new RegExp(`(?<![A-Za-z0-9])${ASSEMBLY}第\\s*(\\d{1,4})\\s*号决议`, 'gu'),
  new RegExp(`(?<![A-Za-z0-9])${ASSEMBLY}(?:Resolution|Res\\.)\\s*(\\d{1,4})(?![\\d])`, 'gu'),
];

/** Resolutions in one unit's width-folded text; `source` is the unit's exact text. */
export function findResolutions(source: string, folded: string): FoundMention[] {
  return resolutionPatterns
    .flatMap((pattern) => [...folded.matchAll(pattern)])
    .sort((a, b) => a.index - b.index)
    .map((match): FoundMention => {
      const [, assemblyText, numberText = ''] = match;
      const assembly = assemblyText === undefined ? undefined : assemblies.get(assemblyText);
      const number = String(Number(numberText));
      const prefix = assembly === undefined ? '' : `${assembly} `;
      return {
        id: `resolution:${assembly === undefined ? '' : `${assembly.toLowerCase()}-`}${number}`,
        kind: 'resolution',
        span: spanOf(source, match.index, match.index + match[0].length),
        canonicalName: `${prefix}Resolution ${number}`,
        knownNames: [`第${number}号决议`],
      };
    });
}
