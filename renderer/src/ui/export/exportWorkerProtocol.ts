/**
 * Messages between the page and the export worker. The corpus, the notes and the links are
 * sent only when they change (a structured clone of 10,000 notes costs tens of milliseconds),
 * the scope and options with every request.
 */
import type { Briefing, BriefingOptions, ExportScope } from '../../core/export';
import type { Link, Note } from '../../core/notes';
import type { Report } from '../../core/report/types';

export type ToExportWorker =
  | { readonly type: 'data'; readonly reports?: readonly Report[]; readonly notes?: readonly Note[]; readonly links?: readonly Link[] }
  | { readonly type: 'build'; readonly id: number; readonly scope: ExportScope; readonly options: BriefingOptions };

export type FromExportWorker =
  | { readonly type: 'built'; readonly id: number; readonly briefing: Briefing }
  /** A newer request came in before this one ran: its answer would be stale. */
  | { readonly type: 'superseded'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
