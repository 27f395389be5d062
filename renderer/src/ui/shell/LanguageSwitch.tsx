/** The UI language switch: each language named in itself (and tagged so), the choice remembered. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, isUiLanguage, uiLanguageEndonyms, uiLanguages } from '../i18n/uiLanguage';
import { useUiLanguage } from '../i18n/useUiLanguage';

/** Memoised, as the header's other parts: each keystroke re-renders the app (the search box's state is the app's). */
export const LanguageSwitch = memo(function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useUiLanguage();
  return (
    <div className="language-switch">
      <label htmlFor="ui-language" className="visually-hidden">
        {t('app.interfaceLanguage')}
      </label>
      <select
        id="ui-language"
        value={language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {uiLanguages.map((option) => (
          <option key={option} value={option} lang={option} dir={directionOf(option)}>
            {uiLanguageEndonyms[option]}
          </option>
        ))}
      </select>
    </div>
  );
});
