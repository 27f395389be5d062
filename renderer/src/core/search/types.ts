import type { Unit } from '../report/types';
import type { IndexedUnit } from './indexedUnit';

/** A [start, end) range of UTF-16 offsets into a unit's original text. */
export type Range = readonly [start: number, end: number];

/** One unit that matches a query, with what is needed to show it. */
export interface SearchHit {
  readonly unit: Unit;
  /** Higher is better; only meaningful for ordering hits of one query. */
  readonly score: number;
  /** A short excerpt of the unit's text around its best match. */
  readonly snippet: Snippet;
  /** Every matched piece of the query in the unit's full text, sorted, non-overlapping. */
  readonly highlights: readonly Range[];
  /** True when the unit contains the whole query (or one of its equivalent forms) verbatim. */
  readonly isExact: boolean;
}

/** An excerpt of a unit's text with the highlight ranges that fall inside it, relative to the excerpt. */
export interface Snippet {
  readonly text: string;
  /** Offset of `text` in the unit's text. */
  readonly start: number;
  readonly highlights: readonly Range[];
  readonly isTruncatedStart: boolean;
  readonly isTruncatedEnd: boolean;
}

export interface SearchOptions {
  /** Maximum number of hits to return; all hits when absent. */
  readonly limit?: number;
  /** Only units of these reports. */
  readonly reportIds?: readonly string[];
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Number of matching units before `limit` was applied. */
  readonly total: number;
}

/**
 * Search facets, where the engine runs (a function cannot be sent to a worker, and need not be:
 * the facets are where the engine is).
 */
export interface UnitNarrowing {
  /**
   * Narrows hits and total to the units it keeps, given by number (UnitNumbering). Ranking is
   * unchanged by it: term statistics still count every match within `reportIds`, so a narrowed
   * list keeps its order.
   */
  readonly keeps?: (n: number) => boolean;
  /**
   * Called with the number of every unit matching the query within `reportIds`, before `keeps`
   * narrowed them, in ascending order: what facet counts are made from. A call, not a list: a
   * broad query matches 360,000 units at 10,000 documents, and growing an array of them cost
   * 25–30 ms of each such keystroke. A number, not the unit: what is kept per unit can then be
   * kept per number, in a typed array, instead of read from 360,000 unit objects per keystroke.
   */
  readonly onMatch?: (n: number) => void;
}

/**
 * The engine's units by number, the numbers narrowing is given. Units added take the next
 * numbers; a merge renumbers them, and the engine then has another numbering: what is kept per
 * number is kept per numbering (its identity).
 */
export interface UnitNumbering {
  /** Units numbered so far: numbers run from 0 to this (removed units keep theirs until a merge). */
  readonly count: number;
  unitAt(n: number): IndexedUnit;
}
