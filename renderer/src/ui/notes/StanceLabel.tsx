/** A stance as a coloured dot and its name: colour is never the only signal. */
import { useTranslation } from 'react-i18next';
import type { Stance } from '../../core/notes/types';

export function StanceLabel({ stance }: { readonly stance: Stance | null }) {
  const { t } = useTranslation();
  if (stance === null) return null;
  return (
    <span className={`stance-label stance-${stance}`}>
      <span className="stance-dot" aria-hidden="true" />
      {t(`notes.stances.${stance}`)}
    </span>
  );
}
