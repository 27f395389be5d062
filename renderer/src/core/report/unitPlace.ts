/**
 * What a unit is, read from its number alone (notes, links and search hits keep only the number),
 * so that people are shown "operative 1, item 3" or "annex 2, paragraph 3" rather than `op.1.3`
 * or `annex2.3`. The numbering scheme is documented at `Unit` in types.ts; this reads it back.
 * Pure: the words for each place are the UI's (ui/text/unitLabel.ts) and the briefing's.
 */

/** Where a unit stands in its document. */
export type UnitPlaceKind =
  /** The document's title. */
  | { readonly kind: 'title' }
  /** A section or paragraph with the number the document prints ("4.3"). */
  | { readonly kind: 'paragraph'; readonly number: string }
  /** The N-th paragraph of the Summary, Action required or References block, or the N-th header line. */
  | { readonly kind: 'summary' | 'action' | 'references' | 'header'; readonly index: string }
  /** An annex's heading (`number` absent) or a paragraph in it ("annex 2, paragraph 3"); `annex` is "" for a sole annex. */
  | { readonly kind: 'annex'; readonly annex: string; readonly number?: string }
  /** A resolution's opening (clause 0), a preamble or operative clause, or an item in it ("1.a.iv"). */
  | { readonly kind: 'preamble' | 'operative'; readonly clause: string; readonly item?: string }
  | { readonly kind: 'footnote'; readonly mark: string }
  /** The N-th table; the N-th paragraph of a text with no numbering; the N-th unnumbered heading. */
  | { readonly kind: 'table' | 'unnumbered' | 'heading'; readonly index: string }
  /** A number this module does not know: shown as it is. */
  | { readonly kind: 'other'; readonly number: string };

/** A place, and the copy of the document it is in when the numbering started again (`part2.…`). */
export type UnitPlace = UnitPlaceKind & { readonly part?: number };

const BLOCKS: Readonly<Record<string, 'summary' | 'action' | 'references' | 'header' | 'table' | 'unnumbered' | 'heading'>> = {
  summary: 'summary',
  action: 'action',
  refs: 'references',
  header: 'header',
  table: 'table',
  p: 'unnumbered',
  h: 'heading',
};

/** What the unit numbered `number` is ("op.1.3" → operative clause 1, item 3). */
export function unitPlaceOf(number: string): UnitPlace {
  const part = /^part([0-9]+)\.(.+)$/u.exec(number);
  if (part !== null) return { ...placeInPart(part[2] ?? ''), part: Number(part[1]) };
  return placeInPart(number);
}

function placeInPart(number: string): UnitPlaceKind {
  if (number === 'title') return { kind: 'title' };
  if (/^[0-9]+(?:\.[0-9]+)*$/u.test(number)) return { kind: 'paragraph', number };
  const annex = /^annex([0-9A-Z]*(?:-[0-9]+)?)(?:\.(.+))?$/u.exec(number);
  if (annex !== null) {
    const rest = annex[2];
    if (rest === undefined) return { kind: 'annex', annex: annex[1] ?? '' };
    const inner = placeInPart(rest);
    // Inside an annex only its own numbering is expected, with its Roman sections ("IV" in annexD.IV);
    // anything else keeps its whole number.
    if (inner.kind === 'paragraph') return { kind: 'annex', annex: annex[1] ?? '', number: inner.number };
    if (/^[IVXLCDM]+(?:\.[0-9]+)*$/u.test(rest)) return { kind: 'annex', annex: annex[1] ?? '', number: rest };
    return inner;
  }
  const clause = /^(pre|op)\.([0-9]+)(?:\.(.+))?$/u.exec(number);
  if (clause !== null) {
    const kind = clause[1] === 'pre' ? 'preamble' : 'operative';
    const item = clause[3];
    return item === undefined ? { kind, clause: clause[2] ?? '' } : { kind, clause: clause[2] ?? '', item };
  }
  const footnote = /^fn\.(.+)$/u.exec(number);
  if (footnote !== null) return { kind: 'footnote', mark: footnote[1] ?? '' };
  const block = /^([a-z]+)\.([0-9]+)$/u.exec(number);
  const blockKind = block === null ? undefined : BLOCKS[block[1] ?? ''];
  if (block !== null && blockKind !== undefined) return { kind: blockKind, index: block[2] ?? '' };
  return { kind: 'other', number };
}
