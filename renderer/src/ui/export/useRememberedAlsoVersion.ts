/**
 * The language the briefing also quotes each noted paragraph in ("" for none), read from the
 * settings table when the dialog opens and written back when the delegate changes it, like the
 * cover (useRememberedCover.ts). A failure to remember is said, never thrown.
 */
import { useCallback, useEffect, useState } from 'react';
import { settingsRepository } from '../../db';
import { messageOf } from '../feedback/errorMessage';

export interface RememberedAlsoVersion {
  readonly language: string;
  readonly failure: string | null;
  readonly change: (language: string) => void;
}

export function useRememberedAlsoVersion(): RememberedAlsoVersion {
  const [language, setLanguage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    settingsRepository().briefingAlsoVersion().then(
      (saved) => {
        if (isCurrent && saved !== undefined) setLanguage((current) => (current === '' ? saved : current));
      },
      (error: unknown) => {
        if (isCurrent) setFailure(messageOf(error));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const change = useCallback((next: string) => {
    setLanguage(next);
    settingsRepository().saveBriefingAlsoVersion(next).then(
      () => setFailure(null),
      (error: unknown) => setFailure(messageOf(error)),
    );
  }, []);

  return { language, failure, change };
}
