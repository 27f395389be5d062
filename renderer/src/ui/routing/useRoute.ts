/**
 * The current route as React state, read from `location.hash`. `navigate` pushes a history
 * entry (so Back works); `replace` rewrites the current one, which search-as-you-type uses
 * so that each keystroke does not become a history entry. `history.replaceState` fires no
 * `hashchange`, so this module tells its subscribers itself.
 *
 * Route changes render in a transition, not synchronously (as useSyncExternalStore would): the
 * first keystroke of a search leaves the library, and taking down a long library must not hold
 * up the keystroke that caused it.
 */
import { startTransition, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

const listeners = new Set<() => void>();
let cachedHash: string | undefined;
let cachedRoute: Route = { name: 'library' };

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', notify);
  };
}

/** The route of the current hash, the same object while the hash does not change. */
export function currentRoute(): Route {
  const hash = window.location.hash;
  if (hash !== cachedHash) {
    cachedHash = hash;
    cachedRoute = parseRoute(hash);
  }
  return cachedRoute;
}

export interface NavigateOptions {
  /** Rewrite the current history entry instead of adding one. */
  readonly replace?: boolean;
}

/** Goes to a route; a no-op when already there. */
export function navigate(route: Route, options: NavigateOptions = {}): void {
  const hash = formatRoute(route);
  if (hash === window.location.hash) return;
  if (options.replace === true) {
    window.history.replaceState(window.history.state, '', hash);
    notify();
  } else {
    // Setting the hash adds a history entry and fires hashchange, which notifies.
    window.location.hash = hash;
  }
}

/** The current route; re-renders (in a transition) when it changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = (): void => startTransition(() => setRoute(currentRoute()));
    // The hash may have changed between the first render and this subscription.
    update();
    return subscribe(update);
  }, []);
  return route;
}
