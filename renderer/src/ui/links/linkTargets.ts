/**
 * The link dialog's rules, pure so that they are tested without a browser: which units a
 * report offers as link targets, and whether what the delegate typed names one of them other
 * than the paragraph the link starts from.
 */
import type { Link, LinkDestination } from '../../core/notes/types';
import type { Report, Unit } from '../../core/report/types';

/** Why a typed target is refused; each has its own message in the dialog. */
export type LinkTargetProblem = 'noReport' | 'noNumber' | 'unknownNumber' | 'sameUnit';

export type LinkTargetCheck =
  | { readonly isValid: true; readonly to: LinkDestination }
  | { readonly isValid: false; readonly problem: LinkTargetProblem; readonly number: string };

export interface LinkTargetInput {
  readonly reports: readonly Report[];
  readonly reportId: string;
  /** As typed: spaces, a leading ¶ or § and full-width digits (a Chinese IME's) are accepted. */
  readonly number: string;
  /** The unit the link starts from (a note's own paragraph for a note): never its own target. */
  readonly fromUnitId: string;
}

/** Only units that show their links in the reader can be targets: paragraphs and summary paragraphs. */
export function isLinkableUnit(unit: Unit): boolean {
  return unit.kind === 'paragraph' || unit.kind === 'summary';
}

/** The numbers offered as targets in a report, in document order. */
export function linkableNumbers(units: readonly Unit[]): string[] {
  return units.filter(isLinkableUnit).map((unit) => unit.number);
}

/** "５．２", " ¶ 5.2 " and "5.2" all name paragraph 5.2. */
export function normalizeTargetNumber(typed: string): string {
  return typed
    .normalize('NFKC')
    .trim()
    .replace(/^[¶§]\s*/u, '');
}

/** Checks a typed target: the report exists, the number is one of its linkable units, and it is not the source. */
export function checkLinkTarget({ reports, reportId, number: typed, fromUnitId }: LinkTargetInput): LinkTargetCheck {
  const number = normalizeTargetNumber(typed);
  const report = reports.find((candidate) => candidate.meta.id === reportId);
  if (report === undefined) return { isValid: false, problem: 'noReport', number };
  if (number === '') return { isValid: false, problem: 'noNumber', number };
  const unit = report.units.find((candidate) => candidate.number === number && isLinkableUnit(candidate));
  if (unit === undefined) return { isValid: false, problem: 'unknownNumber', number };
  if (unit.id === fromUnitId) return { isValid: false, problem: 'sameUnit', number };
  return { isValid: true, to: { reportId: report.meta.id, unitId: unit.id } };
}

/** Whether one of the source's live links already points at `to` (a second one would only repeat it). */
export function isAlreadyLinked(existing: readonly Link[], to: LinkDestination): boolean {
  return existing.some((link) => link.deletedAt === null && link.to.unitId === to.unitId);
}

/** A unit number as the reader shows it: "summary.1" is the summary's paragraph 1. */
export function summaryNumberOf(number: string): string | undefined {
  return number.startsWith('summary.') ? number.slice('summary.'.length) : undefined;
}
