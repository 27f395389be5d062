/**
 * A card's language versions as a row of links, in the UN order of languages: each opens that
 * version in the reader. The link's text is the language; its accessible name says "English
 * version". The version the card is named by is marked, not left out, so the row lists them all.
 */
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { formatRoute } from '../routing/route';
import { versionLanguageNames } from './versionLanguageNames';

interface VersionLinksProps {
  readonly versions: readonly LibraryEntry[];
  readonly shown: LibraryEntry;
}

export function VersionLinks({ versions, shown }: VersionLinksProps) {
  const { t } = useTranslation();
  const names = versionLanguageNames(versions, useLanguageNames());
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
