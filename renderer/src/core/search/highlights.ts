/**
 * Where a query matched in a unit, as ranges of the unit's original text, and the snippet
 * shown in a result list. Computed only for the hits returned, never for all candidates.
 */
import { foldWithOffsets } from '../text/fold';
import { normalizeWithOffsets, toSourceRange } from '../text/normalize';
import type { ParsedQuery, Spelling } from './queryModel';
import type { Range, Snippet } from './types';

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

/**
 * Ranges of `text` matched by the query: the first spelling of each piece found verbatim,
 * else found folded, else (for a scattered match) each of its probes.
 */
export function highlightRanges(text: string, query: ParsedQuery): { ranges: Range[]; best: Range | undefined } {
  const mapped = normalizeWithOffsets(text);
  let foldedText: ReturnType<typeof foldWithOffsets> | undefined;
  const ranges: Range[] = [];

  const find = (spellings: readonly Spelling[]): Range[] => {
    for (const spelling of spellings) {
      const found = occurrences(mapped.text, spelling.literal);
      if (found.length > 0) return found.map(([s, e]) => toSourceRange(mapped, s, e));
    }
    foldedText ??= foldWithOffsets(mapped.text);
    const folded = foldedText;
    for (const spelling of spellings) {
      const found = occurrences(folded.text, spelling.folded);
      if (found.length > 0) {
        return found.map(([s, e]) => {
          const start = folded.sourceOffsets[s] ?? 0;
          const end = (folded.sourceOffsets[e - 1] ?? start) + 1;
          return toSourceRange(mapped, start, end);
        });
      }
    }
    return [];
  };

  const wholeRanges = find(query.whole);
  ranges.push(...wholeRanges);
  for (const clause of query.clauses) {
    const found = find(clause.spellings);
    if (found.length > 0) {
      ranges.push(...found);
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
const contextBefore = 30;

/** An excerpt of about 120 characters around `focus`, with the highlights inside it. */
export function makeSnippet(text: string, highlights: readonly Range[], focus: Range | undefined): Snippet {
  let start = focus ? Math.max(0, focus[0] - contextBefore) : 0;
  const end = Math.min(text.length, start + snippetLength);
  start = Math.max(0, Math.min(start, end - snippetLength));
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\udc00-\udfff]/u.test(text[start] ?? '')) start--;
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
