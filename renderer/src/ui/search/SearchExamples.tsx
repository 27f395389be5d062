/** Example queries offered as buttons, on the empty search page and when nothing matched. */
import { useTranslation } from 'react-i18next';

/**
 * Queries that find something in the bundled report and show what search understands; the
 * Chinese ones are tagged so, in any interface language (identifiers belong to none).
 */
const exampleQueries: readonly { readonly query: string; readonly lang?: string }[] = [
  { query: '网络安全', lang: 'zh' },
  { query: 'SG-17' },
  { query: 'X.1038' },
  { query: 'ITU-D' },
  { query: '保护上网儿童', lang: 'zh' },
];

export function SearchExamples({ onPick }: { onPick: (query: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="search-examples">
      <span id="search-examples-label">{t('search.examples')}</span>
      <ul aria-labelledby="search-examples-label">
        {exampleQueries.map(({ query, lang }) => (
          <li key={query}>
            <button type="button" className="chip" lang={lang} onClick={() => onPick(query)}>
              {query}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
