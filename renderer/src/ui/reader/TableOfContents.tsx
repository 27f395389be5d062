/** The reader's table of contents: the summary, each section and each unnumbered heading, the current one marked. */
import { useTranslation } from 'react-i18next';
import { formatRoute } from '../routing/route';
import type { TocEntry } from './tableOfContents';

interface TableOfContentsProps {
  readonly reportId: string;
  readonly language: string;
  readonly entries: readonly TocEntry[];
  /** The entry of the section being read, if known. */
  readonly current: TocEntry | undefined;
}

export function TableOfContents({ reportId, language, entries, current }: TableOfContentsProps) {
  const { t } = useTranslation();
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc-heading">
        {t('reader.contents')}
      </h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.unit}>
            <a
              href={formatRoute({ name: 'report', reportId, unit: entry.unit })}
              aria-current={entry === current ? 'location' : undefined}
            >
              {entry.heading === null ? (
                t('reader.summary')
              ) : entry.section === null ? (
                <span lang={language}>{entry.heading}</span>
              ) : (
                <>
                  <span className="section-number">{entry.section}</span> <span lang={language}>{entry.heading}</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
