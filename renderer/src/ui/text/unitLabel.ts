/** How a unit's number is shown to the user: "4.3", "Title", "Summary 1". */
import type { TFunction } from 'i18next';
import type { Unit } from '../../core/report/types';

export function unitLabel(unit: Pick<Unit, 'kind' | 'number'>, t: TFunction): string {
  if (unit.kind === 'title') return t('search.titleUnit');
  if (unit.kind === 'summary') return t('search.summaryUnit', { number: unit.number.replace(/^summary\./, '') });
  // The other front-matter blocks read like the summary; body units show their number ("annex1.2", "op.1.3").
  if (unit.kind === 'action') return t('search.actionUnit', { number: unit.number.replace(/^action\./, '') });
  if (unit.kind === 'references') return t('search.referencesUnit', { number: unit.number.replace(/^refs\./, '') });
  if (unit.kind === 'header') return t('search.headerUnit', { number: unit.number.replace(/^header\./, '') });
  return unit.number;
}

/**
 * Where a unit is, as a delegate would say it, from its number alone (notes and links keep only
 * the number): "第 4.3 段" / "¶ 4.3", "标题" / "Title", "摘要第 1 段" / "Summary ¶ 1" — never
 * the internal `summary.1` or `title`.
 */
export function unitPlace(number: string, t: TFunction): string {
  if (number === 'title') return t('units.title');
  const summary = /^summary\.(.+)$/u.exec(number);
  if (summary !== null) return t('units.summaryParagraph', { number: summary[1] });
  return t('units.paragraph', { number });
}

/** A unit's label in a narrow column (tables): a printed number as it is ("4.3"), anything else as unitPlace says it. */
export function unitColumnLabel(number: string, t: TFunction): string {
  return /^[0-9]/u.test(number) ? number : unitPlace(number, t);
}
