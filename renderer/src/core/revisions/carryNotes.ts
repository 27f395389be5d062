/**
 * Carrying a delegate's notes from one revision of a report to the next. Each note is
 * re-anchored by the notes code (core/notes/reanchorNotes.ts; no second anchoring here),
 * looking first in the paragraph its own became in the new revision (diffRevisions' pairing:
 * a renumbered paragraph's note follows it instead of staying on whatever now has the old
 * number), and classified for review:
 *
 * - exact: same paragraph number, passage found verbatim (a whole-paragraph note: the
 *   paragraph's text unchanged) — carried without asking;
 * - moved: found verbatim, in a paragraph with another number;
 * - fuzzy: found approximately (or a whole-paragraph note whose paragraph was edited);
 * - orphaned: not found; the note keeps its target on the old revision.
 *
 * Every note but the exact ones goes to the review list with the old and new paragraph side
 * by side and the actions the delegate may take, as data; each action is a pure function
 * below that returns the note to store, with a RevisionRecord of where it stood before.
 *
 * Notes go to the current revision from every earlier one they still wait on (carryNotesAcross):
 * a note left for review on Rev.0 is carried to Rev.2 when Rev.2 arrives, compared with the
 * text it was made on, never lost behind Rev.1.
 */
import { reanchorNoteFrom } from '../notes/reanchorNotes';
import type { Note, RevisionRecord } from '../notes/types';
import { splitUnitId } from '../notes/unitRef';
import type { Report, Unit } from '../report/types';
import { diffRevisions } from './diffRevisions';
import { isAwaitingReview } from './notesToReview';
import type { RevisionChange, RevisionDiff } from './types';

/** How a note landed on the new revision. */
export type CarryStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/** Every carry status, in the order a review summary lists them. */
export const CARRY_STATUSES: readonly CarryStatus[] = ['moved', 'fuzzy', 'orphaned', 'exact'];

/** What the delegate may do with a note under review, with what the choice needs. */
export type ReviewAction =
  /** Accept the note where re-anchoring put it (`unitId`, in the new revision). */
  | { readonly kind: 'confirm'; readonly unitId: string }
  /** Put it on a paragraph of the new revision chosen by hand; the paragraphs the old one became come first. */
  | { readonly kind: 'move'; readonly suggestedUnitIds: readonly string[] }
  /** Leave it on the revision it was made on. */
  | { readonly kind: 'keep'; readonly revision: string };

/** One note carried to the new revision. */
export interface CarriedNote {
  readonly status: CarryStatus;
  /** The note as it was on the old revision. */
  readonly before: Note;
  /** The note re-anchored on the new revision, flagged as the notes code flags it (moved, orphaned, original quote): safe to store before review. */
  readonly after: Note;
  /** Its paragraph in the old revision (undefined when the note was already off the old text). */
  readonly oldUnit: Unit | undefined;
  /** Where it landed in the new revision; undefined for an orphan. */
  readonly newUnit: Unit | undefined;
  /** The passage before and after, for a note on a passage. */
  readonly oldQuote?: string;
  readonly newQuote?: string;
  /** The diff entry of the old paragraph (its kind, the new paragraphs, word-by-word segments), for the side-by-side view. */
  readonly change: RevisionChange | undefined;
  /** What the review list offers; empty for an exact note. */
  readonly actions: readonly ReviewAction[];
  /** The label of the revision the note was made on, recorded by the actions. */
  readonly oldRevision: string;
}

/** How many carried notes ended in each status. */
export type CarrySummary = Readonly<Record<CarryStatus, number>>;

/** Every carried note, those to review, and the counts. */
export interface CarriedNotes {
  readonly carried: readonly CarriedNote[];
  /** The carried notes that did not land exactly, in the new revision's reading order (orphans last). */
  readonly review: readonly CarriedNote[];
  readonly summary: CarrySummary;
}

/** The revisions a carry goes between. */
export interface CarryInput {
  readonly notes: readonly Note[];
  readonly before: Report;
  readonly after: Report;
  /** How the app names the old revision ("Rev.0", "2017-03-01"…), recorded on reviewed notes. */
  readonly oldRevision: string;
  /** diffRevisions(before, after), when the caller has it already. */
  readonly diff?: RevisionDiff;
}

/** An earlier revision whose notes are carried to the new one. */
export interface CarrySource {
  readonly before: Report;
  /** How the app names it ("Rev.0"), recorded on reviewed notes and shown beside its text. */
  readonly oldRevision: string;
  /** diffRevisions(before, after), when the caller has it already; computed only when notes wait on `before`. */
  readonly diff?: RevisionDiff;
}

/** Notes on several earlier revisions carried to the new one (a family's revisions up to the current). */
export interface CarryAcrossInput {
  /** Notes on any of the sources (notes on other reports are left alone). */
  readonly notes: readonly Note[];
  readonly sources: readonly CarrySource[];
  readonly after: Report;
}

function quoteOf(note: Note): string | undefined {
  return note.target.selector?.quote.exact;
}

/** Where each old unit's note should be looked for first: the (first) new unit its paragraph became, or null when it was removed. */
function startUnits(diff: RevisionDiff): Map<string, { start: string | null; change: RevisionChange }> {
  const starts = new Map<string, { start: string | null; change: RevisionChange }>();
  for (const change of diff.changes) {
    for (const unit of change.old) {
      const sameNumber = change.new.find((candidate) => candidate.number === unit.number);
      starts.set(unit.id, { start: (sameNumber ?? change.new[0])?.id ?? null, change });
    }
  }
  return starts;
}

/** Re-anchors every live note of the old revision on the new one and sorts out those the delegate should review (see above). */
export function carryNotes(input: CarryInput): CarriedNotes {
  const { notes, before, after, oldRevision, diff } = input;
  return carryNotesAcross({ notes, after, sources: [{ before, oldRevision, ...(diff === undefined ? {} : { diff }) }] });
}

/**
 * Re-anchors the notes waiting on each of `sources` (live, not left there on purpose) on the new
 * revision, each against its own revision's text: a note made on Rev.0 and still waiting when
 * Rev.2 arrives is compared with Rev.2 directly, and its review shows Rev.0's paragraph beside
 * Rev.2's. One review list for all, in the new revision's reading order.
 */
export function carryNotesAcross(input: CarryAcrossInput): CarriedNotes {
  const { after } = input;
  const newById = new Map(after.units.map((unit) => [unit.id, unit]));
  const newByNumber = new Map(after.units.map((unit) => [unit.number, unit]));
  const carried: CarriedNote[] = [];
  for (const source of input.sources) {
    const waiting = input.notes.filter((note) => note.target.reportId === source.before.meta.id && isAwaitingReview(note));
    // No comparison for a revision nothing waits on: two ~100-page revisions take tens of milliseconds.
    if (waiting.length > 0) carried.push(...carryFrom(source, waiting, after, newById, newByNumber));
  }
  const newOrder = new Map(after.units.map((unit, index) => [unit.id, index]));
  const position = (entry: CarriedNote): number =>
    entry.newUnit === undefined ? Number.POSITIVE_INFINITY : (newOrder.get(entry.newUnit.id) ?? Number.POSITIVE_INFINITY);
  const review = carried
    .filter((entry) => entry.status !== 'exact')
    .sort((a, b) => position(a) - position(b) || a.before.target.unitId.localeCompare(b.before.target.unitId) || a.before.id.localeCompare(b.before.id));
  const summary: Record<CarryStatus, number> = { moved: 0, fuzzy: 0, orphaned: 0, exact: 0 };
  for (const entry of carried) summary[entry.status] += 1;
  return { carried, review, summary };
}

/** The notes `waiting` on `source.before`, each re-anchored on `after` and classified. */
function carryFrom(
  source: CarrySource,
  waiting: readonly Note[],
  after: Report,
  newById: ReadonlyMap<string, Unit>,
  newByNumber: ReadonlyMap<string, Unit>,
): CarriedNote[] {
  const { before, oldRevision } = source;
  const diff = source.diff ?? diffRevisions({ units: before.units, language: before.meta.language }, { units: after.units, language: after.meta.language });
  const starts = startUnits(diff);
  const oldById = new Map(before.units.map((unit) => [unit.id, unit]));
  return waiting.map((note): CarriedNote => {
    const oldUnit = oldById.get(note.target.unitId);
    const oldNumber = oldUnit?.number ?? splitUnitId(note.target.unitId)?.number;
    const known = starts.get(note.target.unitId);
    const start = known !== undefined ? known.start : ((oldNumber === undefined ? undefined : newByNumber.get(oldNumber)?.id) ?? null);
    const { note: moved, result } = reanchorNoteFrom(note, after, start, after.meta.id);
    const newUnit = result.status === 'orphaned' ? undefined : newById.get(result.target.unitId);
    const status = carryStatus(note, result.status === 'orphaned' ? undefined : result.method, oldUnit, newUnit, oldNumber);
    const newQuote = newUnit === undefined ? undefined : quoteOf(moved);
    const oldQuote = quoteOf(note);
    return {
      status,
      before: note,
      after: moved,
      oldUnit,
      newUnit,
      ...(oldQuote === undefined ? {} : { oldQuote }),
      ...(newQuote === undefined ? {} : { newQuote }),
      change: known?.change,
      actions: status === 'exact' ? [] : reviewActions(newUnit, known?.change, oldRevision),
      oldRevision,
    };
  });
}

function carryStatus(
  note: Note,
  method: 'unchanged' | 'exact' | 'fuzzy' | undefined,
  oldUnit: Unit | undefined,
  newUnit: Unit | undefined,
  oldNumber: string | undefined,
): CarryStatus {
  if (method === undefined || newUnit === undefined) return 'orphaned';
  // A whole-paragraph note was made on the paragraph's text: an edited paragraph is a fuzzy match.
  const isVerbatim = method !== 'fuzzy' && (note.target.selector !== undefined || oldUnit?.text === newUnit.text);
  if (!isVerbatim) return 'fuzzy';
  return newUnit.number === oldNumber ? 'exact' : 'moved';
}

function reviewActions(newUnit: Unit | undefined, change: RevisionChange | undefined, oldRevision: string): ReviewAction[] {
  const suggested = [...new Set([...(newUnit === undefined ? [] : [newUnit.id]), ...(change?.new ?? []).map((unit) => unit.id)])];
  const actions: ReviewAction[] = newUnit === undefined ? [] : [{ kind: 'confirm', unitId: newUnit.id }];
  actions.push({ kind: 'move', suggestedUnitIds: suggested }, { kind: 'keep', revision: oldRevision });
  return actions;
}

function recordOf(carried: CarriedNote, decision: RevisionRecord['decision']): RevisionRecord {
  const quote = quoteOf(carried.before);
  return { decision, revision: carried.oldRevision, unitId: carried.before.target.unitId, ...(quote === undefined ? {} : { quote }) };
}

/** The note accepted where re-anchoring put it: anchored there, with a record of where it stood before; throws for an orphan (nothing to confirm). */
export function confirmCarriedNote(carried: CarriedNote, updatedAt: string): Note {
  if (carried.newUnit === undefined) throw new RangeError(`note ${carried.before.id} did not land anywhere: move it or keep it on ${carried.oldRevision}`);
  return { ...carried.after, anchor: { status: 'anchored', previous: recordOf(carried, 'confirmed') }, updatedAt };
}

/**
 * The note put on the paragraph `unitId` of the new revision `after`, chosen by the delegate:
 * on its passage there if the notes code finds it in that paragraph, else on the whole
 * paragraph; with a record of where it stood before. Throws when `after` has no such unit.
 */
export function moveCarriedNote(carried: CarriedNote, after: Report, unitId: string, updatedAt: string): Note {
  const unit = after.units.find((candidate) => candidate.id === unitId);
  if (unit === undefined) throw new RangeError(`${after.meta.id} has no unit ${unitId}`);
  const { note: found, result } = reanchorNoteFrom(carried.before, { units: [unit] }, unit.id, after.meta.id);
  const target = result.status === 'orphaned' ? { reportId: after.meta.id, unitId: unit.id } : found.target;
  return { ...carried.before, target, anchor: { status: 'anchored', previous: recordOf(carried, 'moved') }, updatedAt };
}

/** The note left on the revision it was made on, target untouched; re-anchoring leaves it alone from then on. */
export function keepOnOldRevision(carried: CarriedNote, updatedAt: string): Note {
  return { ...carried.before, anchor: { ...carried.before.anchor, previous: recordOf(carried, 'kept') }, updatedAt };
}
