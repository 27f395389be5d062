/**
 * "Skip to content", the first tab stop. The hash holds the route, so following href="#main"
 * would navigate away: the click moves focus itself and the href only names the target.
 */
import { useTranslation } from 'react-i18next';

export function SkipLink({ onActivate }: { onActivate: () => void }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        onActivate();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
