/**
 * The briefing cover as the dialog edits it, read from the settings table when the dialog opens
 * and written back when the delegate leaves a field: asked once, remembered for the next
 * briefing (db/settingsRepository.ts). A failure to remember is said, never thrown.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BriefingCover } from '../../core/export/types';
import { settingsRepository } from '../../db';
import { messageOf } from '../feedback/errorMessage';

const EMPTY_COVER: BriefingCover = { delegation: '', session: '', agendaItems: '' };

export interface RememberedCover {
  readonly cover: BriefingCover;
  /** False until the remembered cover has been read (the fields wait for it). */
  readonly isLoaded: boolean;
  readonly failure: string | null;
  readonly change: (cover: BriefingCover) => void;
  /** Writes the current cover to the database. */
  readonly remember: () => void;
}

export function useRememberedCover(): RememberedCover {
  const [cover, setCover] = useState<BriefingCover>(EMPTY_COVER);
  const [isLoaded, setIsLoaded] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    settingsRepository().briefingCover().then(
      (saved) => {
        if (!isCurrent) return;
        if (saved !== undefined) setCover(saved);
        setIsLoaded(true);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        setFailure(messageOf(error));
        setIsLoaded(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const remember = useCallback(() => {
    settingsRepository().saveBriefingCover(cover).then(
      () => setFailure(null),
      (error: unknown) => setFailure(messageOf(error)),
    );
  }, [cover]);

  return { cover, isLoaded, failure, change: setCover, remember };
}
