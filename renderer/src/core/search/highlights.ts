/**
 * Where a query matched in a unit, as ranges of the unit's original text, and the snippet
 * shown in a result list. Computed only for the hits returned, never for all candidates.
 */
import { foldWithOffsets } from '../text/fold';
import { normalizeWithOffsets, toSourceRange } from '../text/normalize';
import type { Clause, ParsedQuery, Spelling } from './queryModel';
import { standsWhole } from './scripts';
import { segmentRuns } from './tokenizer';
import type { Range, Snippet } from './types';
import { wordFormTerm } from './wordForms';

function occurrences(text: string, needle: string): Range[] {
  const ranges: Range[] = [];
  if (needle === '') return ranges;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    ranges.push([at, at + needle.length]);
  }
  return ranges;
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Words of normalised text that have one of the clause's word forms (`drill` for `drills`). */
function wordFormOccurrences(normalized: string, clause: Clause): Range[] {
  if (clause.wordForms.length === 0) return [];
  const terms = new Set(clause.wordForms.map((form) => form.term));
  const ranges: Range[] = [];
  for (const run of segmentRuns(normalized)) {
    if (run.kind !== 'word') continue;
    const word = run.chars.join('');
    if (clause.wordForms.some((form) => terms.has(wordFormTerm(word, form.language)))) ranges.push([run.start, run.end]);
  }
  return ranges;
}

/**
 * Ranges of `text` matched by the query: the first spelling of each piece found verbatim,
 * else found folded, else its other word forms, else (for a scattered match) each of its probes.
 */
export function highlightRanges(text: string, query: ParsedQuery): { ranges: Range[]; best: Range | undefined } {
  const mapped = normalizeWithOffsets(text);
  let foldedText: ReturnType<typeof foldWithOffsets> | undefined;
  const ranges: Range[] = [];

  // Every spelling found, verbatim where it is, folded only where it is not found verbatim.
  const find = (spellings: readonly Spelling[]): Range[] => {
    const found: Range[] = [];
    for (const spelling of spellings) {
      const verbatim = occurrences(mapped.text, spelling.literal);
      if (verbatim.length > 0) {
        found.push(...verbatim.map(([s, e]) => toSourceRange(mapped, s, e)));
        continue;
      }
      foldedText ??= foldWithOffsets(mapped.text);
      const folded = foldedText;
      for (const [s, e] of occurrences(folded.text, spelling.folded)) {
        const start = folded.sourceOffsets[s] ?? 0;
        const end = (folded.sourceOffsets[e - 1] ?? start) + 1;
        if (spelling.isJoined && !standsWhole(mapped.text, start, end)) continue;
        found.push(toSourceRange(mapped, start, end));
      }
    }
    return found.sort((x, y) => x[0] - y[0]);
  };

  const wholeRanges = find(query.whole);
  ranges.push(...wholeRanges);
  for (const clause of query.clauses) {
    // A one-word query's whole is its clause: the same spellings, already found.
    const found = clause.spellings === query.whole ? wholeRanges : find(clause.spellings);
    if (found.length > 0) {
      ranges.push(...found);
      continue;
    }
    const forms = wordFormOccurrences(mapped.text, clause);
    if (forms.length > 0) {
      ranges.push(...forms.map(([s, e]) => toSourceRange(mapped, s, e)));
      continue;
    }
    for (const probe of clause.spellings[0]?.probes ?? []) {
      ranges.push(...occurrences(mapped.text, probe).map(([s, e]) => toSourceRange(mapped, s, e)));
    }
  }
  const merged = mergeRanges(ranges);
  const best = wholeRanges[0] ?? merged[0];
  return { ranges: merged, best };
}

const snippetLength = 120;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
const contextBefore = 30;

/** An excerpt of about 120 characters around `focus`, with the highlights inside it. */
export function makeSnippet(text: string, highlights: readonly Range[], focus: Range | undefined): Snippet {
  let start = focus ? Math.max(0, focus[0] - contextBefore) : 0;
  let end = Math.min(text.length, start + snippetLength);
  start = Math.max(0, Math.min(start, end - snippetLength));
  // Never cut a surrogate pair in half, at either end.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  const inside = highlights
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Range => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return {
    text: text.slice(start, end),
    start,
    highlights: inside,
    isTruncatedStart: start > 0,
    isTruncatedEnd: end < text.length,
  };
}
