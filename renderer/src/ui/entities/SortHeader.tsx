/**
 * A sortable column heading: the button says what it sorts by, and the heading cell carries
 * aria-sort, which screen readers announce with the column (WAI-ARIA sortable table pattern).
 */
import { useTranslation } from 'react-i18next';
import type { ActivitySort, ActivitySortKey } from './activityTable';

interface SortHeaderProps {
  readonly column: ActivitySortKey;
  readonly label: string;
  readonly sort: ActivitySort;
  readonly onSort: (column: ActivitySortKey) => void;
}

export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const { t } = useTranslation();
  const isSorted = sort.key === column;
  return (
    <th scope="col" aria-sort={isSorted ? sort.direction : 'none'}>
      <button type="button" className="sort-button" data-sort={column} onClick={() => onSort(column)} title={t('entities.sortBy', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-indicator">
          {isSorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
