/** What to try when nothing matched (the status line above says that nothing did). */
import { useTranslation } from 'react-i18next';
import { SearchExamples } from './SearchExamples';

export function NoResults({ onPick }: { onPick: (query: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="no-results">
      <ul className="suggestions">
        <li>{t('search.emptyFewerWords')}</li>
        <li>{t('search.emptyIdentifiers')}</li>
        <li>{t('search.emptyLanguage')}</li>
      </ul>
      <SearchExamples onPick={onPick} />
    </div>
  );
}
