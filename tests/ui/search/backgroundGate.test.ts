/**
 * When the search worker's background work may run: after a pause in typing, with no query
 * waiting, and not while the page has said a search is on its way (until it comes, or for two
 * seconds at most).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BackgroundGate, expectedSearchWait } from '../../../renderer/src/ui/search/backgroundGate';

let isQueryWaiting = false;
let gate: BackgroundGate;

beforeEach(() => {
  vi.useFakeTimers();
  isQueryWaiting = false;
  gate = new BackgroundGate(
    () => isQueryWaiting,
    () => Date.now(),
  );
});

afterEach(() => {
  vi.useRealTimers();
});

/** Tracks whether a wait has resolved. */
function resolvedAfter(quiet: Promise<void>): { readonly done: () => boolean } {
  let isDone = false;
  void quiet.then(() => (isDone = true));
  return { done: () => isDone };
}

test('runs at once when no query has come', async () => {
  const quiet = resolvedAfter(gate.whenQuiet(150));
  await vi.advanceTimersByTimeAsync(0);
  expect(quiet.done()).toBe(true);
});

test('waits until no query has come or been answered for the pause, and none waits', async () => {
  gate.queryCame();
  isQueryWaiting = true;
  const quiet = resolvedAfter(gate.whenQuiet(150));
  await vi.advanceTimersByTimeAsync(100);
  isQueryWaiting = false;
  gate.answered();
  // The pause counts from the answer.
  await vi.advanceTimersByTimeAsync(149);
  expect(quiet.done()).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(quiet.done()).toBe(true);
});

test('waits for a search the page said is on its way, then for the pause after it', async () => {
  gate.expectSearch();
  const quiet = resolvedAfter(gate.whenQuiet(150));
  await vi.advanceTimersByTimeAsync(700);
  expect(quiet.done()).toBe(false);
  gate.queryCame();
  await vi.advanceTimersByTimeAsync(30);
  gate.answered();
  await vi.advanceTimersByTimeAsync(149);
  expect(quiet.done()).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(quiet.done()).toBe(true);
});

test('gives up on an expected search that never comes (a page whose library failed)', async () => {
  gate.expectSearch();
  const quiet = resolvedAfter(gate.whenQuiet(150));
  await vi.advanceTimersByTimeAsync(expectedSearchWait - 1);
  expect(quiet.done()).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(quiet.done()).toBe(true);
  // Once it has come, a later wait is only the typing pause.
  gate.queryCame();
  gate.answered();
  const next = resolvedAfter(gate.whenQuiet(150));
  await vi.advanceTimersByTimeAsync(150);
  expect(next.done()).toBe(true);
});
