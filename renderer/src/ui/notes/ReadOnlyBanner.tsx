/** A banner while the notes are read-only (their data is newer than this app), and the hook behind it. */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotesReadOnly } from './storageStatus';

export function useNotesReadOnly(): boolean {
  const [isReadOnly, setReadOnly] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void isNotesReadOnly().then((value) => {
      if (isCurrent) setReadOnly(value);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return isReadOnly;
}

/** Memoised, as the header's other parts: each keystroke re-renders the app (the search box's state is the app's). */
export const ReadOnlyBanner = memo(function ReadOnlyBanner() {
  const { t } = useTranslation();
  const isReadOnly = useNotesReadOnly();
  if (!isReadOnly) return null;
  return (
    <p className="notice read-only-banner" role="alert">
      {t('notes.readOnly')}
    </p>
  );
});
