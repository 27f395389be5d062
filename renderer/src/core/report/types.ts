/** Which structural part of a report a unit is. */
export type UnitKind = 'title' | 'summary' | 'section' | 'paragraph';

/**
 * The smallest addressable piece of a report: what search returns, what the reader
 * numbers and what notes anchor to. `number` is the label as printed ("4.3", "4",
 * "summary.1", "title"); `id` is `<reportId>:<number>` and never changes for a report.
 */
export interface Unit {
  readonly id: string;
  readonly reportId: string;
  readonly number: string;
  readonly kind: UnitKind;
  /** The unit's exact text as printed, without its number; whitespace at the ends trimmed. */
  readonly text: string;
  /** Number of the section the unit belongs to ("4" for "4.3" and for "4"); absent for title and summary. */
  readonly section?: string;
}

/** Metadata a report carries in the corpus manifest. */
export interface ReportMeta {
  readonly id: string;
  readonly title: string;
  /** BCP 47 language tag of the report's text: zh, en, fr, es, ru, ar. */
  readonly language: string;
  /** Year of the council session the report was written for. */
  readonly session: number;
  readonly subject: string;
  readonly body?: string;
  /** The document's symbol as the council cites it (`C17/18`), when the source gives one. */
  readonly symbol?: string;
}

/** A parsed report: its metadata, its units in document order, and what the parser had to guess. */
export interface Report {
  readonly meta: ReportMeta;
  readonly units: readonly Unit[];
  /** Human-readable notes on input the parser tolerated (no numbering, skipped numbers…). */
  readonly warnings: readonly string[];
}

/** The corpus as shipped to the app: every bundled report, parsed. */
export interface Corpus {
  readonly reports: readonly Report[];
}
