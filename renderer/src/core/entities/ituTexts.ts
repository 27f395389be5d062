/** All ITU-text families in one unit: Recommendations, study groups, Questions, resolutions, council documents. */
import { findCouncilDocuments } from './councilDocuments';
import type { ItuContext } from './ituContext';
import { findQuestions } from './questions';
import { findRecommendations } from './recommendations';
import { findResolutions } from './resolutions';
import { findStudyGroups } from './studyGroups';
import { foldWidth } from './textScan';
import type { FoundMention } from './types';

/** ITU-text mentions in a unit's exact text, in text order; `context` carries sectors between units. */
export function findItuTexts(text: string, context: ItuContext): FoundMention[] {
  const folded = foldWidth(text);
  // Study groups come first: a Question's sector may follow from the group named beside it.
  return [
    ...findStudyGroups(text, folded, context),
    ...findQuestions(text, folded, context),
    ...findRecommendations(text, folded, context),
    ...findResolutions(text, folded),
    ...findCouncilDocuments(text, folded),
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}
