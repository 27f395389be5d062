// The revisions domain's public API: comparing two revisions of a report, carrying notes across, and what changed for the briefing.
export { changedSincePreviousRevisions, changedUnitIds } from './changedUnits';
export {
  CARRY_STATUSES,
  carryNotes,
  confirmCarriedNote,
  keepOnOldRevision,
  moveCarriedNote,
} from './carryNotes';
export type { CarriedNote, CarriedNotes, CarryInput, CarryStatus, CarrySummary, ReviewAction } from './carryNotes';
export { diffRevisions, summarize } from './diffRevisions';
export { inlineDiff, PARAGRAPH_BREAK, sideSegments, sideText } from './inlineDiff';
export { MAX_PARTNERS, MIN_CONTAINMENT, MIN_SIMILARITY, MIN_SIMILARITY_SAME_NUMBER, SAME_NUMBER_BONUS } from './pairUnits';
export { CHANGE_KINDS } from './types';
export type { ChangeKind, ChangeSummary, InlineSegment, RevisionChange, RevisionDiff, RevisionText } from './types';
export { revisionFamilyKey, revisionLabel, revisionPlaces } from './revisionFamilies';
export type { RevisionPlace } from './revisionFamilies';
