/** How a unit's number is shown to the user: "4.3", "Title", "Summary 1". */
import type { TFunction } from 'i18next';
import type { Unit } from '../../core/report/types';

export function unitLabel(unit: Pick<Unit, 'kind' | 'number'>, t: TFunction): string {
  if (unit.kind === 'title') return t('search.titleUnit');
  if (unit.kind === 'summary') return t('search.summaryUnit', { number: unit.number.replace(/^summary\./, '') });
  return unit.number;
}
