/**
 * What the briefing exporter takes and gives. The exporter is pure: the corpus, the notes and
 * the time come in as values, Markdown text and a file name go out; saving, copying and the
 * dialog belong to the UI and the CLI.
 */
import type { Link, Note, Stance } from '../notes/types';
import type { Report } from '../report/types';

/** The language of the briefing's own words (headings, labels); the notes stay as written. */
export type BriefingLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

/** Under each note, the passage it was made on, or the whole paragraph that holds it. */
export type QuoteMode = 'passage' | 'paragraph';

/**
 * Which notes to export. `intersection` narrows by several at once (the CLI's
 * `--report` with `--tag`); each of its scopes is listed in the front matter.
 */
export type ExportScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'report'; readonly reportId: string }
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'stance'; readonly stance: Stance }
  | { readonly kind: 'selection'; readonly noteIds: readonly string[] }
  | { readonly kind: 'intersection'; readonly scopes: readonly ExportScope[] };

/**
 * The cover of a briefing sent to a delegation: who it is for, which session and agenda items.
 * Every field is free text as the delegate typed it; empty fields are left off the cover.
 */
export interface BriefingCover {
  /** "中国代表团", "Delegation of Kenya". */
  readonly delegation: string;
  /** "理事会2017年会议", "Council 2017". */
  readonly session: string;
  /** "ADM 9; PL 2.1", one line. */
  readonly agendaItems: string;
}

/** How notes are grouped: by report and section (document order), or by stance first. */
export type BriefingGrouping = 'section' | 'stance';

/** How the briefing is written. */
export interface BriefingOptions {
  readonly lang: BriefingLanguage;
  readonly quoteMode: QuoteMode;
  /** The export time, injected so that tests and previews are deterministic. */
  readonly exportedAt: Date;
  /** Units that changed since their report's previous revision (core/revisions' changedUnitIds): their notes' headings say so. */
  readonly changedUnitIds?: ReadonlySet<string>;
  /** The cover; none when absent or empty. */
  readonly cover?: BriefingCover;
  /** By section when absent. */
  readonly grouping?: BriefingGrouping;
  /**
   * A document language ("fr"): under each note's quote, the same-numbered paragraph of that
   * language version of the note's document, where the corpus (`BriefingInput.reports`) holds it.
   */
  readonly alsoVersion?: string;
}

/** Everything a briefing is made from. */
export interface BriefingInput {
  /** The corpus reports, in corpus order; their units give document order and numbers. */
  readonly reports: readonly Report[];
  /** Notes as stored, deleted ones included (they are left out here). */
  readonly notes: readonly Note[];
  /** Links as stored, deleted ones included (they are left out here). */
  readonly links: readonly Link[];
  readonly scope: ExportScope;
  readonly options: BriefingOptions;
}

/** A finished briefing. */
export interface Briefing {
  readonly markdown: string;
  /** A file name safe on Windows, macOS and Linux, e.g. `briefing-c17-res130-zh-2026-11-24.md`. */
  readonly fileName: string;
  /** Notes in the briefing, orphans included. */
  readonly noteCount: number;
}
