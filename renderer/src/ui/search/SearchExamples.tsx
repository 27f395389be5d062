/** Example queries offered as buttons, on the empty search page and when nothing matched. */
import { useTranslation } from 'react-i18next';

/** Queries that find something in the bundled report and show what search understands. */
const exampleQueries = ['网络安全', 'SG-17', 'X.1038', 'ITU-D', '保护上网儿童'] as const;

export function SearchExamples({ onPick }: { onPick: (query: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="search-examples">
      <span id="search-examples-label">{t('search.examples')}</span>
      <ul aria-labelledby="search-examples-label">
        {exampleQueries.map((query) => (
          <li key={query}>
            <button type="button" className="chip" onClick={() => onPick(query)}>
              {query}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
