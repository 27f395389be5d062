/** The text around a mention, for the entity page: some context each side, cut at code points. */

export interface MentionSnippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
  readonly isCutBefore: boolean;
  readonly isCutAfter: boolean;
}

/** Moves an offset off the second half of a surrogate pair, so no character is split. */
function atCodePoint(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
}

/** Up to `radius` UTF-16 units of context each side of [start, end). */
export function mentionSnippet(text: string, start: number, end: number, radius = 40): MentionSnippet {
  const from = atCodePoint(text, Math.max(0, start - radius));
  const to = atCodePoint(text, Math.min(text.length, end + radius));
  return {
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    isCutBefore: from > 0,
    isCutAfter: to < text.length,
  };
}
