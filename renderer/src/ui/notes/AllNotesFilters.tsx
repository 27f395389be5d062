/** The all-notes view's filters: report, tag, stance and text. */
import { useTranslation } from 'react-i18next';
import type { TagCount } from '../../core/notes/tags';
import { STANCES, type Stance } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import type { AllNotesFormState } from './allNotesFilter';

interface AllNotesFiltersProps {
  readonly reports: readonly Report[];
  readonly tags: readonly TagCount[];
  readonly form: AllNotesFormState;
  readonly onChange: (changes: Partial<AllNotesFormState>) => void;
}

export function AllNotesFilters({ reports, tags, form, onChange }: AllNotesFiltersProps) {
  const { t } = useTranslation();
  return (
    <form className="notes-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('notes.filterReport')}
        <select value={form.reportId} onChange={(event) => onChange({ reportId: event.target.value })}>
          <option value="">{t('notes.filterAllReports')}</option>
          {reports.map((report) => (
            <option key={report.meta.id} value={report.meta.id} lang={report.meta.language}>
              {report.meta.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('notes.filterTag')}
        <select value={form.tag} onChange={(event) => onChange({ tag: event.target.value })}>
          <option value="">{t('notes.filterAllTags')}</option>
          {tags.map((entry) => (
            <option key={entry.tag} value={entry.tag}>
              {entry.tag} ({entry.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('notes.filterStance')}
        <select value={form.stance} onChange={(event) => onChange({ stance: stanceOf(event.target.value) })}>
          <option value="">{t('notes.filterAllStances')}</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {t(`notes.stances.${stance}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('notes.filterText')}
        <input type="search" value={form.text} onChange={(event) => onChange({ text: event.target.value })} />
      </label>
    </form>
  );
}

function stanceOf(value: string): Stance | '' {
  return STANCES.find((stance) => stance === value) ?? '';
}
