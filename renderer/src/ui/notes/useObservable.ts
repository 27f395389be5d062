/**
 * Subscribes to a Dexie liveQuery observable (db/liveQueries) for as long as the component
 * lives; re-subscribes when `deps` change. undefined until the first result arrives, and while
 * the factory returns null (nothing to observe).
 */
import type { Observable } from 'dexie';
import { useEffect, useState } from 'react';
import { messageOf } from '../feedback/errorMessage';

export interface ObservedValue<T> {
  readonly value: T | undefined;
  readonly error: string | undefined;
}

export function useObservable<T>(factory: () => Observable<T> | null, deps: readonly unknown[]): ObservedValue<T> {
  const [state, setState] = useState<ObservedValue<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const observable = factory();
    if (observable === null) {
      setState({ value: undefined, error: undefined });
      return;
    }
    const subscription = observable.subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState({ value: undefined, error: messageOf(error) }),
    });
    return () => subscription.unsubscribe();
    // The caller names the inputs of its factory, as with useMemo.
  }, deps);
  return state;
}
