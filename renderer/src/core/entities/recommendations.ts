/**
 * ITU Recommendations: a series letter (or ITU-R's letter groups) and a number, `ITU-T X.509`,
 * `X.1038`, `ITU-R M.1078`, `S.1250`. A bare number takes the sector of the nearest
 * recommendation of the same series printed before it in the same paragraph (`ITU-R M.1078、M.1223`
 * are both ITU-R), else of an earlier mention of the same number, else its series' usual sector
 * (ITU-R for its own letter groups, S, and M below 3000; ITU-T otherwise).
 */
import type { ItuContext } from './ituContext';
import { type Sector, SECTOR_PREFIX, sectorLabel, sectorOfLetter } from './ituSectors';
import { spanOf } from './textScan';
import type { FoundMention } from './types';

const R_ONLY_SERIES = ['BO', 'BR', 'BS', 'BT', 'RA', 'RS', 'SA', 'SF', 'SM', 'SNG', 'TF'];
const SERIES = `(${[...R_ONLY_SERIES, '[A-Z]'].join('|')})`;

const recommendationPattern = new RegExp(
  `(?<![A-Za-z0-9.\\-])(?:${SECTOR_PREFIX}\\s*)?${SERIES}\\.(\\d{1,4}(?:\\.\\d{1,3})?)(?![\\dA-Za-z]|\\.\\d)`,
  'gu',
);

// A bare `S.1250` is a Recommendation only where the paragraph speaks of Recommendations.
const recommendationContext = /建议书|Recommendation|Rec\.|ITU[-‐‑ ]?[TR]\s*[A-Z]{1,3}\.\d/u;

function usualSector(series: string, number: string): Sector {
  if (R_ONLY_SERIES.includes(series) || series === 'S') return 'itu-r';
  // ITU-R numbers its mobile Recommendations M.1xxx-M.2xxx; ITU-T's M series (TMN) is M.3000 on.
  if (series === 'M') return Number.parseInt(number, 10) < 3000 ? 'itu-r' : 'itu-t';
  return 'itu-t';
}

/** Recommendations in one unit's width-folded text; `source` is the unit's exact text. */
export function findRecommendations(source: string, folded: string, context: ItuContext): FoundMention[] {
  const found: FoundMention[] = [];
  const isRecommendationText = recommendationContext.test(folded);
  let previous: { series: string; sector: Sector } | undefined;
  for (const match of folded.matchAll(recommendationPattern)) {
    const [, sectorLetter, series = '', number = ''] = match;
    const key = `${series}.${number}`;
    const explicit = sectorOfLetter(sectorLetter);
    const remembered = context.recommendationSectors.get(key);
    if (explicit === undefined && !isRecommendationText && remembered === undefined) continue;
    // A list inherits within one series (`ITU-R M.1078、M.1223`); `E.164 and S.1250` are two sectors.
    const inherited = previous !== undefined && previous.series === series ? previous.sector : undefined;
    const sector = explicit ?? inherited ?? remembered ?? usualSector(series, number);
    previous = { series, sector };
    context.recommendationSectors.set(key, sector);
    const canonicalName = `${sectorLabel(sector)} ${key}`;
    found.push({
      id: `recommendation:${sector}-${key.toLowerCase()}`,
      kind: 'recommendation',
      span: spanOf(source, match.index, match.index + match[0].length),
      canonicalName,
      knownNames: [key],
    });
  }
  return found;
}
