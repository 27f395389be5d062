/** The app's one import session (DocumentImportProvider) and its state, for the library's button and the import's panels. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { intlLocaleOf, type UiLanguage } from '../i18n/uiLanguage';
import { useUiLanguage } from '../i18n/useUiLanguage';
import type { ImportSession, ImportState } from './importSession';

export const ImportSessionContext = createContext<ImportSession | null>(null);

export interface DocumentImport {
  readonly state: ImportState;
  readonly session: ImportSession;
}

/** The import session and its state; re-renders when a file's status changes. */
export function useDocumentImport(): DocumentImport {
  const session = useContext(ImportSessionContext);
  if (session === null) throw new Error('useDocumentImport needs a DocumentImportProvider above it');
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { state, session };
}

/**
 * One date formatter per interface language for the whole app: every library card asks for one,
 * and an Intl.DateTimeFormat made per card cost half a second at 1,000 documents.
 */
const dateTextByLanguage = new Map<UiLanguage, (isoTime: string) => string>();

/** Formats an ISO time as a date in the interface language ("4 Dec 2026", "2026年12月4日"). */
export function useDateText(): (isoTime: string) => string {
  const [uiLanguage] = useUiLanguage();
  let dateText = dateTextByLanguage.get(uiLanguage);
  if (dateText === undefined) {
    // Made at the first date shown, not at the first render: the page's first Intl formatter
    // costs tens of milliseconds, and a library of bundled reports shows no date at all.
    let format: Intl.DateTimeFormat | null = null;
    dateText = (isoTime) => {
      format ??= new Intl.DateTimeFormat(intlLocaleOf(uiLanguage), { dateStyle: 'medium' });
      return format.format(new Date(isoTime));
    };
    dateTextByLanguage.set(uiLanguage, dateText);
  }
  return dateText;
}
