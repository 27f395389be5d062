/**
 * An external store's snapshot as React state, re-rendered in a transition when it changes. Not
 * useSyncExternalStore, whose renders are synchronous: a store change that renders a long view (the
 * library arriving, a search leaving it) would then hold up, in one task, a keystroke typed
 * meanwhile; a transition yields to it every few milliseconds.
 */
import { startTransition, useEffect, useState } from 'react';

export function useSnapshotInTransition<T>(subscribe: (listener: () => void) => () => void, getSnapshot: () => T): T {
  const [snapshot, setSnapshot] = useState(getSnapshot);
  useEffect(() => {
    const update = (): void => startTransition(() => setSnapshot(getSnapshot()));
    // The store may have changed between the first render and this subscription.
    update();
    return subscribe(update);
  }, [subscribe, getSnapshot]);
  return snapshot;
}
