/**
 * The briefing for the current form, built in the export worker (briefingBuilder.ts): with
 * 10,000 notes a briefing takes a second or more, and a click on a radio button or a checkbox
 * must answer at once. The last briefing stays on screen, marked stale, until the new one
 * arrives; requests overtaken by newer ones are dropped by the worker.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Briefing, BriefingInput, BriefingLanguage } from '../../core/export';
import type { BriefingCover, BriefingGrouping } from '../../core/export/types';
import type { Link, Note } from '../../core/notes';
import type { Report } from '../../core/report/types';
import { changedSincePreviousRevisions } from '../../core/revisions/changedUnits';
import { createBriefingBuilder, type BriefingBuilder } from './briefingBuilder';
import { scopeOfChoice, type ExportChoice } from './exportChoice';
import { messageOf } from '../feedback/errorMessage';

export interface BriefingInputs {
  readonly reports: readonly Report[];
  readonly notes: readonly Note[];
  readonly links: readonly Link[];
  readonly choice: ExportChoice;
  readonly language: BriefingLanguage;
  readonly exportedAt: Date;
  readonly cover: BriefingCover;
  readonly grouping: BriefingGrouping;
  /** The language whose version of each noted paragraph is also quoted; "" for none. */
  readonly alsoVersion: string;
}

export interface BuiltBriefing {
  /** The latest briefing built, or null before the first one. */
  readonly value: Briefing | null;
  /** True while `value` is for an earlier state of the form (or absent). */
  readonly isStale: boolean;
  /** Why the latest build failed, if it did. */
  readonly failure: string | null;
  /** What the briefing is built from, for the Word writer. */
  readonly input: BriefingInput;
}

type Outcome =
  | { readonly input: BriefingInput; readonly briefing: Briefing }
  | { readonly input: BriefingInput; readonly failure: string };

const noNoteIds: ReadonlySet<string> = new Set();

export function useBriefing({ reports, notes, links, choice, language, exportedAt, cover, grouping, alsoVersion }: BriefingInputs): BuiltBriefing {
  const [builder, setBuilder] = useState<BriefingBuilder | null>(null);
  useEffect(() => {
    const created = createBriefingBuilder();
    setBuilder(created);
    return () => created.dispose();
  }, []);

  const { kind, quoteMode } = choice;
  // Only the fields the chosen kind uses, so that a change elsewhere in the form (the picker's
  // selection while another kind is chosen) does not rebuild the briefing.
  const reportId = kind === 'report' ? choice.reportId : '';
  const tag = kind === 'tag' ? choice.tag : '';
  const stance = kind === 'stance' ? choice.stance : 'support';
  const noteIds = kind === 'selection' ? choice.noteIds : noNoteIds;
  const scope = useMemo(
    () => scopeOfChoice({ kind, reportId, tag, stance, noteIds, quoteMode: 'passage' }),
    [kind, reportId, tag, stance, noteIds],
  );
  // Notes on paragraphs changed since their report's previous revision are marked: computed
  // once per corpus (a diff per revised report), not per change of the form.
  const changedUnitIds = useMemo(() => changedSincePreviousRevisions(reports), [reports]);
  const input = useMemo<BriefingInput>(
    () => ({
      reports,
      notes,
      links,
      scope,
      options: { lang: language, quoteMode, exportedAt, cover, grouping, changedUnitIds, ...(alsoVersion === '' ? {} : { alsoVersion }) },
    }),
    [reports, notes, links, scope, language, quoteMode, exportedAt, cover, grouping, changedUnitIds, alsoVersion],
  );

  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [lastBriefing, setLastBriefing] = useState<Briefing | null>(null);
  useEffect(() => {
    if (builder === null) return;
    let isCurrent = true;
    builder.build(input).then(
      (briefing) => {
        if (!isCurrent || briefing === null) return;
        setOutcome({ input, briefing });
        setLastBriefing(briefing);
      },
      (error: unknown) => {
        if (isCurrent) setOutcome({ input, failure: messageOf(error) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [builder, input]);

  const isCurrent = outcome !== null && outcome.input === input;
  return {
    value: lastBriefing,
    isStale: !isCurrent || !('briefing' in outcome),
    failure: isCurrent && 'failure' in outcome ? outcome.failure : null,
    input,
  };
}
