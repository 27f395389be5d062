/** J and K in the "What changed" view: to the next and the previous change, outside text fields (as the other single-key shortcuts). */
import { useEffect } from 'react';
import { keyFactsOf } from '../keyboard/keyFacts';

/** Calls `onStep(1)` for J and `onStep(-1)` for K while mounted. */
export function useChangeKeys(onStep: (step: 1 | -1) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const facts = keyFactsOf(event);
      if (facts.isComposing || facts.isInEditable || facts.ctrlKey || facts.metaKey || facts.altKey || facts.shiftKey) return;
      const key = facts.key.toLowerCase();
      if (key !== 'j' && key !== 'k') return;
      event.preventDefault();
      onStep(key === 'j' ? 1 : -1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onStep]);
}
