/** Keeps document.title in step with the view and the UI language. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(view: string | undefined): void {
  const { t } = useTranslation();
  const title = view === undefined ? t('app.name') : t('app.pageTitle', { view });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
