/**
 * A card's language versions as a row of links, in the UN order of languages: each opens that
 * version in the reader. The link's text is the language; its accessible name says "English
 * version". The version the card is named by is marked, not left out, so the row lists them all.
 */
import type { TFunction } from 'i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { formatRoute } from '../routing/route';
import { versionLanguageNames } from './versionLanguageNames';

interface VersionLinksProps {
  readonly versions: readonly LibraryEntry[];
  readonly shown: LibraryEntry;
  /** The library list's (ReportCard). */
  readonly t: TFunction;
  readonly languageName: (language: string) => string;
}

export function VersionLinks({ versions, shown, t, languageName }: VersionLinksProps) {
  const names = versionLanguageNames(versions, languageName);
  return (
    <ul className="version-links">
      {versions.map(({ meta }) => {
        const language = names.get(meta.id) ?? meta.language;
        return (
          <li key={meta.id} data-version={meta.id} className={meta.id === shown.meta.id ? 'is-shown' : undefined}>
            <a href={formatRoute({ name: 'report', reportId: meta.id })} hrefLang={meta.language} aria-label={t('libraryCard.versionLink', { language })}>
              {language}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
