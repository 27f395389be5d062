/** A route the app does not know, or a report it does not have. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRoute } from '../routing/route';
import { useFocusOnArrival } from './useFocusOnArrival';

export function NotFoundView({ message }: { message: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" tabIndex={-1} ref={headingRef}>
        {t('notFound.heading')}
      </h1>
      <p>{message}</p>
      <p>
        <a href={formatRoute({ name: 'library' })}>{t('reader.goToLibrary')}</a>
      </p>
    </section>
  );
}
