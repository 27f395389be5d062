/**
 * The note hits whose paragraph passes the facets: the facets narrow what is about an
 * organisation, a country, a year or a section, and a note is about its paragraph. The searcher
 * answers, as it holds the entities; none are shown until it has.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Note } from '../../core/notes/types';
import { isEmptySelection, type FacetSelection } from '../entities/facetSelection';
import type { Searcher } from './searcher';

const noNotes: readonly Note[] = [];

export function useNarrowedNotes(notes: readonly Note[], selection: FacetSelection, searcher: Searcher | null): readonly Note[] {
  const [answer, setAnswer] = useState<{
    readonly notes: readonly Note[];
    readonly selection: FacetSelection;
    readonly passing: ReadonlySet<string>;
  } | null>(null);
  const isNarrowing = !isEmptySelection(selection) && notes.length > 0;
  useEffect(() => {
    if (searcher === null || !isNarrowing) return;
    let isCurrent = true;
    void searcher.unitsWithFacets(selection, notes.map((note) => note.target.unitId)).then((unitIds) => {
      if (isCurrent) setAnswer({ notes, selection, passing: new Set(unitIds) });
    });
    return () => {
      isCurrent = false;
    };
  }, [searcher, notes, selection, isNarrowing]);
  // The same hits keep the same array (see useNoteHits): the active result survives a late answer.
  return useMemo(() => {
    if (!isNarrowing) return notes;
    if (answer === null || answer.notes !== notes || answer.selection !== selection) return noNotes;
    const kept = notes.filter((note) => answer.passing.has(note.target.unitId));
    return kept.length === notes.length ? notes : kept.length === 0 ? noNotes : kept;
  }, [notes, selection, answer, isNarrowing]);
}
