/** "Also quote the paragraph in": none, or a language some noted document has a version in (core/export/alsoVersion.ts). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageNames } from '../i18n/useLanguageNames';
import type { RememberedAlsoVersion } from './useRememberedAlsoVersion';

interface AlsoVersionFieldProps {
  readonly languages: readonly string[];
  readonly remembered: RememberedAlsoVersion;
}

export function AlsoVersionField({ languages, remembered }: AlsoVersionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const languageName = useLanguageNames();
  const { language, failure, change } = remembered;
  // A remembered language none of today's noted documents has reads as none (and stays remembered).
  const value = languages.includes(language) ? language : '';
  return (
    <div className="export-also-version">
      <label htmlFor={id}>{t('briefingSend.alsoVersion')}</label>
      <select id={id} name="alsoVersion" value={value} onChange={(event) => change(event.target.value)}>
        <option value="">{t('briefingSend.alsoVersionNone')}</option>
        {languages.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
      {failure !== null ? (
        <p className="export-message is-error" role="alert">
          {t('briefingSend.alsoVersionFailed', { message: failure })}
        </p>
      ) : null}
    </div>
  );
}
