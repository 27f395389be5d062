/** The language of each report of the library, to tag its text (`lang`) where the UI shows it. */
import { useCallback } from 'react';
import { useKnowledgeBase } from './KnowledgeBaseContext';

/**
 * A function giving a report's language tag (`zh`, `ar`…), or undefined while the library
 * loads or for a report it does not hold. Text from a report shown in the interface (an
 * activity's description, a section title) carries it, so screen readers pronounce it and the
 * browser lays it out in its own direction, whatever the interface language.
 */
export function useReportLanguage(): (reportId: string) => string | undefined {
  const state = useKnowledgeBase();
  const documents = state.status === 'ready' ? state.knowledgeBase.documentById : undefined;
  return useCallback((reportId: string) => documents?.get(reportId)?.meta.language, [documents]);
}
