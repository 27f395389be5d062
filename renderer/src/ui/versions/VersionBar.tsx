/**
 * The reader's line of language versions: this one, and for each other version a link to read
 * it and one to show it beside this one (`?beside=`). Nothing when the document has one version.
 */
import { useTranslation } from 'react-i18next';
import type { ReportMeta } from '../../core/report/types';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { formatRoute } from '../routing/route';

interface VersionBarProps {
  readonly current: ReportMeta;
  readonly others: readonly ReportMeta[];
  /** The paragraph being read, kept when switching or opening a version beside. */
  readonly unit: string | undefined;
}

export function VersionBar({ current, others, unit }: VersionBarProps) {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  if (others.length === 0) return null;
  const at = unit === undefined ? {} : { unit };
  return (
    <nav className="version-bar" aria-label={t('versions.barLabel')}>
      <ul>
        <li aria-current="page" className="version-current">
          {t('versions.thisVersion', { language: languageName(current.language) })}
        </li>
        {others.map((meta) => {
          const language = languageName(meta.language);
          return (
            <li key={meta.id} data-version={meta.id}>
              <a href={formatRoute({ name: 'report', reportId: meta.id, ...at })}>{t('versions.readIn', { language })}</a>
              <a className="show-beside" href={formatRoute({ name: 'report', reportId: current.id, ...at, beside: meta.id })}>
                {t('versions.showBeside', { language })}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
