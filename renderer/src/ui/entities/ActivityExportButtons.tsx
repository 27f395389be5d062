/** Saves the rows on screen (filtered and sorted as shown) as Markdown or CSV through the bridge. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesToCsv, activitiesToMarkdown, type ActivityHeadings } from './activityExport';
import type { ActivityEntry } from './activityTable';
import { messageOf } from '../feedback/errorMessage';

type Format = 'markdown' | 'csv';

export function ActivityExportButtons({ entries }: { entries: readonly ActivityEntry[] }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');

  const save = async (format: Format): Promise<void> => {
    const headings: ActivityHeadings = {
      unit: t('entities.columnUnit'),
      description: t('entities.columnDescription'),
      section: t('entities.columnSection'),
      dates: t('entities.columnDates'),
      targetDates: t('entities.columnTargetDates'),
      places: t('entities.columnPlaces'),
      organisations: t('entities.columnOrganisations'),
    };
    const separator = t('entities.listSeparator');
    const isCsv = format === 'csv';
    try {
      const saved = await window.kb.saveTextFile({
        title: t('entities.exportTitle'),
        suggestedName: isCsv ? 'activities.csv' : 'activities.md',
        content: isCsv ? activitiesToCsv(entries, headings, separator) : activitiesToMarkdown(entries, headings, separator),
        filters: [isCsv ? { name: t('entities.csvFiles'), extensions: ['csv'] } : { name: t('entities.markdownFiles'), extensions: ['md'] }],
      });
      setMessage(saved === null ? '' : t('entities.exportSaved', { name: saved.name }));
    } catch (error: unknown) {
      setMessage(t('entities.exportFailed', { message: messageOf(error) }));
    }
  };

  return (
    <div className="activity-export">
      <button type="button" onClick={() => void save('markdown')}>
        {t('entities.exportMarkdown')}
      </button>
      <button type="button" onClick={() => void save('csv')}>
        {t('entities.exportCsv')}
      </button>
      <span role="status" className="export-message">
        {message}
      </span>
    </div>
  );
}
