/** The interface language the delegate chose, remembered in the browser's storage. */

const storageKey = 'kb.uiLanguage';

/** The remembered choice, or null (none yet, or storage disabled). */
export function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Remembers the choice; with storage disabled the switch still applies to this session. */
export function storeLanguage(language: string): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage disabled: nothing to remember it in.
  }
}
