/**
 * The briefing for the current form, memoised on its inputs and computed from deferred values:
 * with 10,000 notes a briefing takes a noticeable moment, and a click on a radio button or a
 * checkbox must answer at once; the preview catches up and says it is updating meanwhile.
 */
import { useDeferredValue, useMemo } from 'react';
import { buildBriefing, type Briefing, type BriefingLanguage } from '../../core/export';
import type { Link, Note } from '../../core/notes';
import type { Report } from '../../core/report/types';
import { scopeOfChoice, type ExportChoice } from './exportChoice';

export interface BriefingInputs {
  readonly reports: readonly Report[];
  readonly notes: readonly Note[];
  readonly links: readonly Link[];
  readonly choice: ExportChoice;
  readonly language: BriefingLanguage;
  readonly exportedAt: Date;
}

export interface DeferredBriefing {
  readonly value: Briefing;
  /** True while the briefing shown is for an earlier state of the form. */
  readonly isStale: boolean;
}

export function useBriefing({ reports, notes, links, choice, language, exportedAt }: BriefingInputs): DeferredBriefing {
  const deferredNotes = useDeferredValue(notes);
  const deferredLinks = useDeferredValue(links);
  const deferredChoice = useDeferredValue(choice);
  const deferredLanguage = useDeferredValue(language);
  const { kind, reportId, tag, stance, noteIds, quoteMode } = deferredChoice;
  // Keyed on the fields a scope is made of, so that a change elsewhere in the form (the
  // picker's selection while another kind is chosen) does not rebuild the briefing.
  const scope = useMemo(
    () => scopeOfChoice({ kind, reportId, tag, stance, noteIds, quoteMode: 'passage' }),
    [kind, kind === 'report' ? reportId : '', kind === 'tag' ? tag : '', kind === 'stance' ? stance : '', kind === 'selection' ? noteIds : null],
  );
  const value = useMemo(
    () =>
      buildBriefing({
        reports,
        notes: deferredNotes,
        links: deferredLinks,
        scope,
        options: { lang: deferredLanguage, quoteMode, exportedAt },
      }),
    [reports, deferredNotes, deferredLinks, scope, deferredLanguage, quoteMode, exportedAt],
  );
  const isStale = deferredNotes !== notes || deferredLinks !== links || deferredChoice !== choice || deferredLanguage !== language;
  return { value, isStale };
}
