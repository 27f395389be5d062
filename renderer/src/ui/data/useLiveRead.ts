/**
 * A live read of the database for as long as the component lives: dexie-react-hooks'
 * useLiveQuery over one of db/liveQueries' readers, re-run when a write (in this window or
 * another) touches what it read, and when `deps` change. A failed read is returned as a message
 * to show in place, not thrown to an error boundary: the rest of the view stays usable.
 * `value` is undefined until the first answer, and while `read` returns null (nothing to read).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { messageOf } from '../feedback/errorMessage';

export interface LiveRead<T> {
  readonly value: T | undefined;
  readonly error: string | undefined;
}

const nothing: LiveRead<never> = { value: undefined, error: undefined };

export function useLiveRead<T>(read: () => Promise<T> | null, deps: readonly unknown[]): LiveRead<T> {
  const answer = useLiveQuery(
    async (): Promise<LiveRead<T>> => {
      try {
        const reading = read();
        return reading === null ? nothing : { value: await reading, error: undefined };
      } catch (error) {
        return { value: undefined, error: messageOf(error) };
      }
    },
    // The caller names the inputs of `read`, as with useMemo (checked by exhaustive-deps).
    [...deps],
    // The answer before the first, the very one a read with nothing to read gives: useLiveQuery
    // re-renders only for an answer that is not the one it holds. With `undefined` here, such a
    // read re-rendered its component for nothing once the database answered, in a render that does
    // not yield (not a transition): the library view at start-up, beside the first keystrokes, for
    // a library with no revisions (useNotesToReview).
    nothing,
  );
  return answer;
}
