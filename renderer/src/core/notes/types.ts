/**
 * The delegate's own data: notes (annotations on a paragraph or a passage) and links (from a
 * paragraph or a note to another paragraph). Both are stored in IndexedDB by `db/`, travel in
 * backups as W3C Web Annotations (`webAnnotation.ts`) and merge by id and `updatedAt`
 * (`mergeRecords.ts`). Timestamps are ISO 8601 strings in UTC (`Date.prototype.toISOString`),
 * so that they sort as strings and survive JSON unchanged.
 */

/** The delegate's position on a passage for the council debate, shown as a colour. */
export type Stance = 'support' | 'concern' | 'question' | 'follow-up';

/** Every stance, in the order the UI offers them. */
export const STANCES: readonly Stance[] = ['support', 'concern', 'question', 'follow-up'];

/**
 * A W3C TextQuoteSelector (Web Annotation Data Model §4.2.4): the exact passage with up to
 * `CONTEXT_LENGTH` characters on either side, so that it can be found again when offsets no
 * longer fit.
 */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * A W3C TextPositionSelector (§4.2.5): [start, end) in Unicode code points of the unit's
 * text, as the spec requires (not UTF-16 code units: use `anchor.ts`'s `toTextRange` before
 * slicing a JavaScript string).
 */
export interface TextPosition {
  readonly start: number;
  readonly end: number;
}

/** A passage of a unit, described both ways, as Hypothesis and the W3C model recommend. */
export interface TextSelector {
  readonly quote: TextQuote;
  readonly position: TextPosition;
}

/** What a note is about: a whole unit (no selector) or a passage of it. */
export interface NoteTarget {
  readonly reportId: string;
  /** `<reportId>:<number>`, e.g. `c17-res130-zh:4.3` (see core/report/unitId.ts). */
  readonly unitId: string;
  readonly selector?: TextSelector;
}

/**
 * Whether the target still points at the text the delegate annotated.
 * - anchored: found in its unit (perhaps at new offsets after an edit);
 * - moved: found in another unit of the report; `target` now names that unit;
 * - orphaned: found nowhere good enough; `target` is left as it was, quote included.
 */
export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

/** What the delegate decided for a note after a revision of its report (core/revisions/carryNotes.ts). */
export type RevisionDecision = 'confirmed' | 'moved' | 'kept';

/**
 * Where a note stood before a revision of its report, kept once the delegate has reviewed it,
 * so that no note is moved without a trace: confirmed where re-anchoring put it, moved by hand
 * to another paragraph, or kept on the revision it was made on (its target then still names
 * that revision's unit, and re-anchoring leaves it alone).
 */
export interface RevisionRecord {
  readonly decision: RevisionDecision;
  /** The revision the note was made on, as the app names it ("Rev.0", a date…). */
  readonly revision: string;
  /** The unit the note was on in that revision. */
  readonly unitId: string;
  /** The passage it was on there, when it was on a passage. */
  readonly quote?: string;
}

/** The outcome of the last re-anchoring, kept with the note so that the UI can flag it. */
export interface NoteAnchor {
  readonly status: AnchorStatus;
  /** The unit the delegate annotated, while the target points elsewhere (status moved, or orphaned after a move). */
  readonly fromUnitId?: string;
  /** The passage as the delegate highlighted it, when the text found since differs from it. */
  readonly originalQuote?: string;
  /** Set when the delegate reviewed the note after a revision: where it stood before. */
  readonly previous?: RevisionRecord;
}

/** A delegate's note on a unit or a passage of it. */
export interface Note {
  /** `crypto.randomUUID()` for notes made here; an imported annotation keeps its own id. */
  readonly id: string;
  readonly target: NoteTarget;
  readonly anchor: NoteAnchor;
  /** Markdown, kept raw; escaping happens where it is shown. */
  readonly body: string;
  /** Normalised with `normalizeTags` (trimmed, single spaces, no case-insensitive duplicates). */
  readonly tags: readonly string[];
  readonly stance: Stance | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set by a soft delete (a tombstone that travels in backups); null while the note is live. */
  readonly deletedAt: string | null;
}

/** Where a link starts: a whole unit, or one of the delegate's notes. */
export type LinkSource =
  | { readonly kind: 'unit'; readonly reportId: string; readonly unitId: string }
  | { readonly kind: 'note'; readonly noteId: string };

/** The unit a link points to. */
export interface LinkDestination {
  readonly reportId: string;
  readonly unitId: string;
}

/** A delegate's cross-reference from a unit or a note to another unit, with an optional label. */
export interface Link {
  readonly id: string;
  readonly from: LinkSource;
  readonly to: LinkDestination;
  /** Empty when the delegate gave none. */
  readonly label: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}

/** What merging and backups need of a record: an id, a version time and a tombstone. */
export interface VersionedRecord {
  readonly id: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}
