/**
 * A refused backup in plain words. The validator (core) lists every problem by data-format
 * path (`@context: missing; kb:formatVersion: missing`), which is for the file's author; a
 * delegate needs to know what is wrong with the file they chose: not a backup at all, or a
 * backup with damaged notes. Nothing was imported either way.
 */
import type { TFunction } from 'i18next';
import type { ValidationIssue } from '../../core/json/jsonValidation';

export type BackupProblem = { readonly kind: 'notJson' } | { readonly kind: 'notBackup' } | { readonly kind: 'damaged'; readonly items: number };

/** What kind of problem a list of validation issues amounts to. */
export function backupProblemOf(issues: readonly ValidationIssue[]): BackupProblem {
  if (issues.some((issue) => issue.path === '' && issue.problem.startsWith('is not JSON'))) return { kind: 'notJson' };
  // A problem with the file's own fields (a path with no item index) means it is not a backup of ours.
  const itemPaths = issues.map((issue) => /^first\.items\[\d+\]/u.exec(issue.path)?.[0]);
  if (itemPaths.some((path) => path === undefined)) return { kind: 'notBackup' };
  return { kind: 'damaged', items: new Set(itemPaths).size };
}

/** The sentence shown for a refused backup. */
export function backupProblemText(issues: readonly ValidationIssue[], t: TFunction): string {
  const problem = backupProblemOf(issues);
  if (problem.kind === 'damaged') return t('notes.backupDamaged', { count: problem.items });
  return problem.kind === 'notJson' ? t('notes.backupNotJson') : t('notes.backupNotBackup');
}
