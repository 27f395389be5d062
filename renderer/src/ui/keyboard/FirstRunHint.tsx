/**
 * The first time the reader opens: one line saying what ✎ and ⇄ do and that `?` lists the
 * shortcuts. Dismissed once, remembered in localStorage (UI state, like reading positions).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const storageKey = 'kb.hint.unitActions';

function isDismissed(): boolean {
  try {
    return window.localStorage.getItem(storageKey) === 'dismissed';
  } catch {
    // Storage refused (privacy settings): show the hint; it is only a hint.
    return false;
  }
}

export function FirstRunHint() {
  const { t } = useTranslation();
  const [isShown, setShown] = useState(() => !isDismissed());
  if (!isShown) return null;
  const dismiss = (): void => {
    setShown(false);
    try {
      window.localStorage.setItem(storageKey, 'dismissed');
    } catch {
      // Not remembered: it shows again next time, nothing worse.
    }
  };
  return (
    <p className="notice first-run-hint">
      <span>{t('keyboard.hint.text')}</span>
      <button type="button" onClick={dismiss}>
        {t('keyboard.hint.dismiss')}
      </button>
    </p>
  );
}
