/** Where repositories get the time and new ids; tests pass fixed ones. */
export interface Clock {
  /** The current time as an ISO 8601 UTC string. */
  now(): string;
  /** A new record id (a UUID). */
  newId(): string;
}

/** The real clock: `Date` and `crypto.randomUUID()` (available in the renderer and in Node 20). */
export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};

/** Makes a clock from a partial one, the system clock filling the rest. */
export function clockWith(overrides: Partial<Clock> = {}): Clock {
  return { ...systemClock, ...overrides };
}
