/**
 * "Skip to content", the first tab stop. A button-like link rather than href="#main": the hash
 * holds the route, so an in-page anchor would navigate away.
 */
import { useTranslation } from 'react-i18next';

export function SkipLink({ onActivate }: { onActivate: () => void }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#/"
      onClick={(event) => {
        event.preventDefault();
        onActivate();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
