/**
 * For the briefing: which paragraphs of a report changed since its previous revision, so that
 * notes on them can be flagged. A paragraph only renumbered (same text, same order) did not
 * change; a moved one did, as did everything edited, added, split or merged.
 */
import type { Report } from '../report/types';
import { diffRevisions } from './diffRevisions';
import { revisionPlaces } from './revisionFamilies';
import type { ChangeKind, RevisionDiff } from './types';

/** The ids of `report`'s units that changed since `previous`, each with how; `diff` when the caller has it already. */
export function changedUnitIds(report: Report, previous: Report, diff?: RevisionDiff): ReadonlyMap<string, ChangeKind> {
  const changes =
    diff ?? diffRevisions({ units: previous.units, language: previous.meta.language }, { units: report.units, language: report.meta.language });
  const changed = new Map<string, ChangeKind>();
  for (const change of changes.changes) {
    const isSameText = change.inline === undefined && change.old.length > 0;
    if (change.kind === 'unchanged' || (change.kind === 'renumbered' && isSameText)) continue;
    for (const unit of change.new) changed.set(unit.id, change.kind);
  }
  return changed;
}

/**
 * Every unit of `reports` that changed since the revision before its report, when that revision
 * is among `reports` too (revisionFamilies.ts): what the briefing marks (BriefingOptions.changedUnitIds).
 */
export function changedSincePreviousRevisions(reports: readonly Report[]): ReadonlySet<string> {
  const places = revisionPlaces(reports.map((report) => report.meta));
  const byId = new Map(reports.map((report) => [report.meta.id, report]));
  const changed = new Set<string>();
  for (const report of reports) {
    const previousId = places.get(report.meta.id)?.previousId;
    const previous = previousId === undefined ? undefined : byId.get(previousId);
    if (previous !== undefined) for (const unitId of changedUnitIds(report, previous).keys()) changed.add(unitId);
  }
  return changed;
}
