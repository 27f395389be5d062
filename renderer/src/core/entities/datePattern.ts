/** The shape of one date pattern: a regular expression and how its groups make a date range. */
import type { DateRange } from './types';

export interface DatePattern {
  /** Global, matched on width-folded text. */
  readonly regex: RegExp;
  /** The range the match denotes; undefined when it is not a real date (31 June, a reversed range). */
  readonly build: (groups: readonly string[]) => DateRange | undefined;
}

/** The capture groups of a match as strings ('' for a group that did not take part). */
export function groupsOf(match: RegExpExecArray | RegExpMatchArray): string[] {
  return match.slice(1).map((group) => group ?? '');
}

/** A group as a number. */
export function num(groups: readonly string[], index: number): number {
  return Number(groups[index] ?? Number.NaN);
}
