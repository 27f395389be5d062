/**
 * The current route as React state, read from `location.hash`. `navigate` pushes a history
 * entry (so Back works); `replace` rewrites the current one, which search-as-you-type uses
 * so that each keystroke does not become a history entry. `history.replaceState` fires no
 * `hashchange`, so this module tells its subscribers itself.
 *
 * Route changes render in a transition, not synchronously (as useSyncExternalStore would): the
 * first keystroke of a search leaves the library, and taking down a long library must not hold
 * up the keystroke that caused it.
 *
 * `settle` rewrites the current entry only once typing pauses: a URL written per keystroke cost
 * the page a re-render, a title and the browser's own history bookkeeping each time, on the cores
 * the search worker needs (keystroke → results p50 43–48 ms before, 37–42 ms after, at 1,000
 * reports). Until then the route read here is the one waiting, and any other navigation writes
 * it first, so that Back returns to the query as typed.
 */
import { useSnapshotInTransition } from '../shell/useSnapshotInTransition';
import { formatRoute, parseRoute, type Route } from './route';

const listeners = new Set<() => void>();
let cachedHash: string | undefined;
let cachedRoute: Route = { name: 'library' };

/** How long typing must pause before its route is written. */
const settleDelay = 400;
/** The hash a settling rewrite will write, or null; and the entry's hash it rewrites. */
let settlingHash: string | null = null;
let settlingFrom = '';
let settleTimer: ReturnType<typeof setTimeout> | undefined;

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
  const hash = settlingHash ?? window.location.hash;
  if (hash !== cachedHash) {
    cachedHash = hash;
    cachedRoute = parseRoute(hash);
  }
  return cachedRoute;
}

export interface NavigateOptions {
  /** Rewrite the current history entry instead of adding one. */
  readonly replace?: boolean;
  /** With `replace`: rewrite it once calls stop coming for settleDelay (typing). */
  readonly settle?: boolean;
}

function stopSettling(): void {
  clearTimeout(settleTimer);
  settlingHash = null;
  window.removeEventListener('hashchange', dropSettling);
  window.removeEventListener('pagehide', writeSettled);
}

/**
 * Back, forward or a link moved to another entry: the rewrite was meant for the one left. The
 * hashchange of the push that began the search arrives after it, for the entry being rewritten.
 */
function dropSettling(): void {
  if (window.location.hash === settlingFrom) return;
  stopSettling();
  notify();
}

/** Writes the waiting rewrite now. */
function writeSettled(): void {
  const hash = settlingHash;
  if (hash === null) return;
  stopSettling();
  if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
  notify();
}

/** Goes to a route; a no-op when already there. */
export function navigate(route: Route, options: NavigateOptions = {}): void {
  const hash = formatRoute(route);
  if (options.replace === true && options.settle === true) {
    if (settlingHash === null) {
      window.addEventListener('hashchange', dropSettling);
      // A reload or a closed window keeps what was typed.
      window.addEventListener('pagehide', writeSettled);
      settlingFrom = window.location.hash;
    }
    settlingHash = hash;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(writeSettled, settleDelay);
    return;
  }
  writeSettled();
  if (hash === window.location.hash) return;
  if (options.replace === true) {
    window.history.replaceState(window.history.state, '', hash);
    notify();
  } else {
    // Setting the hash adds a history entry. Its hashchange comes a task later, after whatever
    // else the page has queued (at a fresh start, the library's cards being made: 58–90 ms after
    // the first keystroke of a search), so subscribers are told now; the hashchange then finds
    // the route as it is.
    window.location.hash = hash;
    notify();
  }
}

/** The current route; re-renders (in a transition) when it changes. */
export function useRoute(): Route {
  return useSnapshotInTransition(subscribe, currentRoute);
}
