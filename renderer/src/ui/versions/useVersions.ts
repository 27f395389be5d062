/**
 * The language versions of the report being read (core/versions over the library's entries) and
 * the delegate's notes on all of them, live, so a note made on one version shows on the others.
 */
import { useCallback, useMemo } from 'react';
import type { Note } from '../../core/notes/types';
import type { ReportMeta } from '../../core/report/types';
import { otherVersionsOf, versionFamilyKey } from '../../core/versions/groupVersions';
import { notesRepository, readNotes } from '../../db';
import { useKnowledgeBase } from '../data/KnowledgeBaseContext';
import { useLiveRead } from '../data/useLiveRead';

const noMetas: readonly ReportMeta[] = [];
const noNotes: readonly Note[] = [];

/** Every document's metadata in the library (empty while it loads). */
export function useLibraryMetas(): readonly ReportMeta[] {
  const state = useKnowledgeBase();
  const documents = state.status === 'ready' ? state.knowledgeBase.documents : undefined;
  return useMemo(() => documents?.map((entry) => entry.meta) ?? noMetas, [documents]);
}

/**
 * A report's version family (versionFamilyKey), by report id; the id itself for a report the
 * library does not list. Worked out per report asked, not for the whole library at once: the
 * search view asks it of its hits, and it mounts at the first key typed, where keying 10,000
 * documents held the main thread.
 */
export function useVersionFamilyOf(): (reportId: string) => string {
  const state = useKnowledgeBase();
  const documentById = state.status === 'ready' ? state.knowledgeBase.documentById : undefined;
  return useCallback(
    (reportId: string) => {
      const meta = documentById?.get(reportId)?.meta;
      return meta === undefined ? reportId : versionFamilyKey(meta);
    },
    [documentById],
  );
}

/** The other language versions of `reportId` in the library, in the UN order of languages. */
export function useOtherVersions(reportId: string): readonly ReportMeta[] {
  const metas = useLibraryMetas();
  return useMemo(() => otherVersionsOf(metas, reportId), [metas, reportId]);
}

/** The live notes of the given reports (none while they are read, or when there are no reports). */
export function useNotesOf(reportIds: readonly string[]): readonly Note[] {
  const key = reportIds.join('\n');
  const { value } = useLiveRead(
    () =>
      key === ''
        ? null
        : Promise.all(key.split('\n').map((reportId) => readNotes(notesRepository(), { reportId }, 'created'))).then((lists) => lists.flat()),
    [key],
  );
  return value ?? noNotes;
}
