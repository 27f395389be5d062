/**
 * Anchoring a note to a passage, and finding the passage again after the report's text has
 * changed (a corrected report replaces the bundled one). The selector records the passage the
 * way the W3C Web Annotation Data Model does (§4.2.4 TextQuoteSelector, §4.2.5
 * TextPositionSelector) and Hypothesis anchors it: offsets are fast and exact while the text is
 * unchanged; the quote with its prefix and suffix survives edits around it.
 */
import { matchQuote, type QuoteMatch } from './matchQuote';
import {
  codePointLength,
  codePointOffset,
  snapToCodePointEnd,
  snapToCodePointStart,
  stepBack,
  stepForward,
  utf16Offset,
} from './textOffsets';
import type { NoteTarget, TextPosition, TextSelector } from './types';

/** Code points of context kept on each side of a quote: Hypothesis' choice, enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/**
 * Fuzzy candidates may differ from the quote by at most one edit in four characters: enough
 * for a corrected typo, a changed digit or a reworded clause in a long passage; a rewrite
 * is beyond it and the note becomes an orphan rather than attach to the wrong words.
 */
export const MAX_ERROR_RATE = 0.25;

/** Minimum score (matchQuote.ts) for a fuzzy match inside the note's own unit. */
export const MIN_SCORE_IN_UNIT = 0.6;

/**
 * Outside its unit a quote needs its recorded context to agree at least this well (the mean
 * similarity of the prefix and suffix that were recorded). The quote alone is not enough: a
 * phrase such as 国际电联 recurs all over a report, and a match at the start of another unit
 * agrees with an empty prefix for free, so the score used in the unit would accept the wrong
 * words here.
 */
export const MIN_CONTEXT_SIMILARITY_IN_REPORT = 0.5;

/**
 * A quote at least this long, found verbatim or nearly so, is evidence enough without its
 * context: a sentence moved to another paragraph arrives with new neighbours.
 */
export const LONG_QUOTE_LENGTH = 16;
const MIN_LONG_QUOTE_SIMILARITY = 0.9;

/** A unit as anchoring needs it. */
export interface AnchorUnit {
  readonly id: string;
  readonly text: string;
}

/** The current text of a report: its units in document order. */
export interface ReportText {
  readonly units: readonly AnchorUnit[];
}

/** How the target was found: offsets still fit, the quote verbatim elsewhere, or approximately. */
export type AnchorMethod = 'unchanged' | 'exact' | 'fuzzy';

/** Where re-anchoring found a target; `target` is the (possibly updated) target to store. */
export type ReanchorResult =
  | { readonly status: 'anchored'; readonly target: NoteTarget; readonly method: AnchorMethod; readonly score: number }
  | {
      readonly status: 'moved';
      readonly target: NoteTarget;
      readonly method: Exclude<AnchorMethod, 'unchanged'>;
      readonly score: number;
    }
  | { readonly status: 'orphaned'; readonly target: NoteTarget };

/** A [start, end) range of UTF-16 offsets, as JavaScript strings and DOM ranges count. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Makes the selector for the passage [start, end) (UTF-16 offsets, e.g. from a DOM selection)
 * of a unit's text; throws a RangeError for an empty or out-of-bounds range (a caller's bug).
 */
export function makeSelector(text: string, range: TextRange): TextSelector {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`makeSelector: [${start}, ${end}) is not a non-empty range of a text of length ${text.length}`);
  }
  // A selection ending inside a surrogate pair would record half a character.
  const from = snapToCodePointStart(text, start);
  const to = snapToCodePointEnd(text, end);
  const quote = {
    exact: text.slice(from, to),
    prefix: text.slice(stepBack(text, from, CONTEXT_LENGTH), from),
    suffix: text.slice(to, stepForward(text, to, CONTEXT_LENGTH)),
  };
  const startPoint = codePointOffset(text, from);
  return { quote, position: { start: startPoint, end: startPoint + codePointLength(quote.exact) } };
}

/** The UTF-16 range of a W3C position (code points) in `text`, for slicing and highlighting. */
export function toTextRange(text: string, position: TextPosition): TextRange {
  const start = utf16Offset(text, position.start);
  return { start, end: start + utf16Offset(text.slice(start), position.end - position.start) };
}

/** True when the selector's offsets still select its exact quote in `text`. */
export function selectsQuote(text: string, selector: TextSelector): boolean {
  const range = toTextRange(text, selector.position);
  return text.slice(range.start, range.end) === selector.quote.exact;
}

// Units' positions by id, computed once per units array: a report with 1,000 notes re-anchors
// them all when the reader opens it.
const unitIndexes = new WeakMap<readonly AnchorUnit[], ReadonlyMap<string, number>>();

function unitIndexOf(units: readonly AnchorUnit[], unitId: string): number | undefined {
  let index = unitIndexes.get(units);
  if (index === undefined) {
    index = new Map(units.map((unit, position) => [unit.id, position]));
    unitIndexes.set(units, index);
  }
  return index.get(unitId);
}

function maxErrorsFor(quote: string): number {
  return Math.floor(quote.length * MAX_ERROR_RATE);
}

/** True when a match outside the note's unit is believable (see the constants above). */
function isConvincingElsewhere(quote: string, match: QuoteMatch): boolean {
  if (codePointLength(quote) >= LONG_QUOTE_LENGTH && match.quoteSimilarity >= MIN_LONG_QUOTE_SIMILARITY) return true;
  const contexts = [match.prefixSimilarity, match.suffixSimilarity].filter((value) => value !== undefined);
  if (contexts.length === 0) return false;
  return contexts.reduce((sum, value) => sum + value, 0) / contexts.length >= MIN_CONTEXT_SIMILARITY_IN_REPORT;
}

function retarget(target: NoteTarget, unit: AnchorUnit, match: QuoteMatch): NoteTarget {
  return { reportId: target.reportId, unitId: unit.id, selector: makeSelector(unit.text, match) };
}

/**
 * Finds a note's target again in the report's current text: offsets first, then the exact
 * quote in its unit (the occurrence whose prefix, suffix and position agree best), then a
 * fuzzy match in the unit, then in the report's other units; otherwise the note is orphaned
 * with its target, quote included, left as it was. `startUnitId` is the unit to look in first
 * when it is not the target's own (the unit that replaced it in a new revision, see
 * core/revisions); null when that unit is gone and only the rest of the report is searched.
 */
export function reanchorTarget(target: NoteTarget, report: ReportText, startUnitId: string | null = target.unitId): ReanchorResult {
  const unitIndex = startUnitId === null ? undefined : unitIndexOf(report.units, startUnitId);
  const unit = unitIndex === undefined ? undefined : report.units[unitIndex];
  const selector = target.selector;
  const inUnit = unit === undefined || unit.id === target.unitId ? target : { ...target, unitId: unit.id };
  if (selector === undefined) {
    // A whole-paragraph note has no text to look for: it follows its unit id or is orphaned.
    return unit === undefined ? { status: 'orphaned', target } : { status: 'anchored', target: inUnit, method: 'unchanged', score: 1 };
  }
  if (unit !== undefined && selectsQuote(unit.text, selector)) {
    return { status: 'anchored', target: inUnit, method: 'unchanged', score: 1 };
  }
  const { exact, prefix, suffix } = selector.quote;
  if (unit !== undefined) {
    const hint = utf16Offset(unit.text, selector.position.start);
    const best = matchQuote(unit.text, exact, { prefix, suffix, hint }, maxErrorsFor(exact))[0];
    if (best !== undefined && (best.errors === 0 || best.score >= MIN_SCORE_IN_UNIT)) {
      return {
        status: 'anchored',
        target: retarget(target, unit, best),
        method: best.errors === 0 ? 'exact' : 'fuzzy',
        score: best.score,
      };
    }
  }
  const elsewhere = bestMatchInOtherUnits(report.units, unit?.id, unitIndex, exact, prefix, suffix);
  if (elsewhere !== undefined) {
    const { unit: found, match } = elsewhere;
    return {
      status: 'moved',
      target: retarget(target, found, match),
      method: match.errors === 0 ? 'exact' : 'fuzzy',
      score: match.score,
    };
  }
  return { status: 'orphaned', target };
}

/** The best-scoring convincing match outside the note's unit; ties go to the unit nearest the original. */
function bestMatchInOtherUnits(
  units: readonly AnchorUnit[],
  ownUnitId: string | undefined,
  ownIndex: number | undefined,
  exact: string,
  prefix: string,
  suffix: string,
): { unit: AnchorUnit; match: QuoteMatch } | undefined {
  const maxErrors = maxErrorsFor(exact);
  let best: { unit: AnchorUnit; match: QuoteMatch; distance: number } | undefined;
  units.forEach((unit, index) => {
    if (unit.id === ownUnitId) return;
    const match = matchQuote(unit.text, exact, { prefix, suffix }, maxErrors).find((candidate) => isConvincingElsewhere(exact, candidate));
    if (match === undefined) return;
    const distance = ownIndex === undefined ? index : Math.abs(index - ownIndex);
    if (best === undefined || match.score > best.match.score || (match.score === best.match.score && distance < best.distance)) {
      best = { unit, match, distance };
    }
  });
  return best;
}
