/** Which structural part of a report a unit is. The numbers each kind gets are listed at `Unit`. */
export type UnitKind =
  | 'title'
  /** A line of the header block (meeting, agenda item, symbol, date, original language, source). */
  | 'header'
  | 'summary'
  /** The "Action required" block of a Council document. */
  | 'action'
  /** The "References" block of a Council document. */
  | 'references'
  | 'section'
  /**
   * A heading the document prints without a number (a Word paragraph styled as a heading:
   * "Introduction", "Background"): navigable and linkable, but not a numbered paragraph.
   */
  | 'heading'
  | 'paragraph'
  /** An annex's heading ("ANNEX 1", "Annex A") with the lines that name it. */
  | 'annex'
  /** A resolution's preamble clause ("considering") or one of its lettered items. */
  | 'preamble'
  /** A resolution's operative clause ("resolves") or one of its numbered items. */
  | 'operative'
  | 'footnote'
  /** A table (or a table of contents) kept whole, one row per line, cells split by tabs. */
  | 'table';

/**
 * The smallest addressable piece of a report: what search returns, what the reader
 * numbers and what notes anchor to. `id` is `<reportId>:<number>` and never changes for a report.
 *
 * `number` is the same in every language version of a document (language versions and revisions
 * are aligned on it) and is never a number the document does not print. It is the number as
 * printed ("4", "4.3", "4.3.1.2.1"; Arabic-Indic digits as ASCII; Roman sections "I", "II" with their
 * paragraphs "1", "2"… numbered on across sections, as some Council documents print them, or
 * "II.1", "II.2" when they start again at 1 under each Roman section), or says what the unit is:
 * `title`, `header.N`, `summary.N`, `action.N`, `refs.N`; `annex1` / `annexA` and `annex1.2.3`
 * (annex letters Latin in every language); `pre.0` ("The Council,"), `pre.2` (2nd preamble clause),
 * `pre.2.b` (its item b); `op.1` (1st operative clause), `op.1.3` (its item 3); `fn.3` (footnote 3);
 * `table.N` (N-th table); `h.N` (N-th heading printed without a number); `p.N` (a paragraph standing under
 * no number: in a text with no numbering at all, or under an unnumbered heading); `part2.…` (a second
 * copy when the numbering starts again, or a second resolution printed after the first one's clauses:
 * `part2.pre.1`). The README's corpus section has the same table.
 */
export interface Unit {
  readonly id: string;
  readonly reportId: string;
  readonly number: string;
  readonly kind: UnitKind;
  /** The unit's exact text as printed, without its number; whitespace at the ends trimmed. */
  readonly text: string;
  /** Number of the section the unit belongs to ("4" for "4.3" and for "4", "annex1" in annex 1); absent for front matter. */
  readonly section?: string;
  /** Numbers of the footnote units called from this unit's text ("fn.1"), in order of the calls. */
  readonly footnotes?: readonly string[];
}

/** The six languages of ITU documents, or `und` when nothing in the document tells. */
export type DocumentLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es' | 'und';

/** Metadata of a report: read from the document, overridden by the corpus manifest where it gives a value. */
export interface ReportMeta {
  readonly id: string;
  readonly title: string;
  /** Language of the report's text: ar, zh, en, fr, ru, es, or und (the manifest may give any BCP 47 tag). */
  readonly language: string;
  /** Year of the council session the report was written for (0 when unknown). */
  readonly session: number;
  readonly subject: string;
  readonly body?: string;
  /** The document symbol, normalised without language suffix or revision: "C17/18". */
  readonly symbol?: string;
  /** Revision number ("Rev.1" → 1). */
  readonly revision?: number;
  /** Addendum number ("Add.2" → 2). */
  readonly addendum?: number;
  /** Corrigendum number ("Corr.1" → 1). */
  readonly corrigendum?: number;
  /** The document's date, ISO 8601 ("2017-05-08"). */
  readonly date?: string;
  /** The language the document was written in, as a code like `language`. */
  readonly originalLanguage?: DocumentLanguage;
  /** The agenda item as printed: "ADM 7", "PL 1.5". */
  readonly agendaItem?: string;
  /** Who submitted the document, as printed: "Report by the Secretary-General". */
  readonly source?: string;
}

/** A parsed report: its metadata, its units in document order, and what the parser had to guess. */
export interface Report {
  readonly meta: ReportMeta;
  readonly units: readonly Unit[];
  /** Human-readable notes on input the parser tolerated (no numbering, skipped numbers…), each naming its line. */
  readonly warnings: readonly string[];
}

/** The corpus as shipped to the app: every bundled report, parsed. */
export interface Corpus {
  readonly reports: readonly Report[];
}
