/**
 * "Skip to content", the first tab stop. The hash holds the route, so following href="#main"
 * would navigate away: the click moves focus itself and the href only names the target.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/** Memoised, as the header's other parts: each keystroke re-renders the app (the search box's state is the app's). */
export const SkipLink = memo(function SkipLink({ onActivate }: { onActivate: () => void }) {
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
});
