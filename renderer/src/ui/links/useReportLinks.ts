/**
 * A report's links, live: from its units and to them, with the notes that links start from.
 * One liveQuery per report (not one per paragraph), so that a new link shows at both ends at
 * once, in this window and in others (Dexie broadcasts changes between them).
 */
import { useMemo } from 'react';
import type { NoteTarget } from '../../core/notes/types';
import { linksRepository, notesRepository } from '../../db';
import { useLiveRead } from '../data/useLiveRead';
import { groupLinksByUnit, sourceNoteIds, type UnitLinkGroup } from './linkGroups';

const noGroups: ReadonlyMap<string, UnitLinkGroup> = new Map();

export interface ReportLinks {
  readonly byUnit: ReadonlyMap<string, UnitLinkGroup>;
  /** Why the links could not be read, if they could not. */
  readonly error: string | undefined;
}

export function useReportLinks(reportId: string): ReportLinks {
  const { value, error } = useLiveRead(
    async () => {
      const links = await linksRepository().listForReport(reportId);
      const notes = await Promise.all(sourceNoteIds(links).map((id) => notesRepository().get(id)));
      const noteTargets = new Map<string, NoteTarget>();
      for (const note of notes) if (note !== undefined && note.deletedAt === null) noteTargets.set(note.id, note.target);
      return { links, noteTargets };
    },
    [reportId],
  );
  const byUnit = useMemo(() => {
    if (value === undefined) return noGroups;
    const groups = groupLinksByUnit(value.links, value.noteTargets);
    // One empty map for every report without links: the long, memoised report body then does
    // not re-render each time the query answers.
    return groups.size === 0 ? noGroups : groups;
  }, [value]);
  return { byUnit, error };
}
