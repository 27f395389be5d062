/**
 * Typing in the page, measured in-page: each query of the UI benchmark typed a character at a
 * time, each keystroke's delay to its results in the DOM and to the next frame after them, the
 * search worker's share of it, and the longest task and animation frame meanwhile (uiBench.ts,
 * typingProfile.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** What the benchmark types: identifiers, a Latin phrase, Chinese with and without spaces, English. */
export const typedQueries = ['SG-17', 'ITU-T X.509', '网络安全', '国际电联继续开展', 'cybersecurity'];

export interface TypingFigures {
  /** Keystroke (keydown, or beforeinput for text typed without a key) to results in the DOM. */
  readonly toResults: number[];
  /** The same, to the next animation frame after them (results painted). */
  readonly toFrame: number[];
  readonly longestTask: number;
  readonly longestAnimationFrame: number;
  /** The box's text after each keystroke, in the order of `toFrame`. */
  readonly typed: string[];
  /**
   * Per keystroke, in the order of `toFrame`: how long the search worker took to answer the query
   * whose results were shown (sent → answered, as the page saw it), or null when no worker
   * answered it (a page without one, or no probe: recordSearchAnswers).
   */
  readonly answers: Array<number | null>;
}

/**
 * Times each query the page sends the search worker to its answer, from before the page loads:
 * it wraps the page's Worker constructor for the worker named `search` (startWorkerSearcher).
 * The rest of a keystroke's delay is the page's: the input handled, the results rendered, laid
 * out and painted. An init script, not page code: the app's CSP refuses eval, not this.
 */
export async function recordSearchAnswers(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(() => {
    const PageWorker = window.Worker;
    window.__kbLastAnswer = null;
    window.Worker = function (url, options) {
      const worker = new PageWorker(url, options);
      if (options === undefined || options.name !== 'search') return worker;
      const sentAt = new Map();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message, transfer) => {
        if (message !== null && typeof message === 'object' && message.type === 'search') sentAt.set(message.id, performance.now());
        return post(message, transfer);
      };
      worker.addEventListener('message', (event) => {
        const message = event.data;
        if (message === null || typeof message !== 'object' || message.type !== 'result' || !sentAt.has(message.id)) return;
        if (message.result !== null) window.__kbLastAnswer = performance.now() - sentAt.get(message.id);
        sentAt.delete(message.id);
      });
      return worker;
    };
  })()`);
}

/**
 * Installs in-page probes: a keystroke's time, then, when the results for the box's text are in
 * the DOM (the search view's data-query equals it), the delay since; long tasks and long
 * animation frames (Chromium reports both from 50 ms).
 */
export async function installTypingProbes(page: Page, resultsSelector: string | null): Promise<void> {
  await page.evaluate(`(() => {
    const selector = ${JSON.stringify(resultsSelector)};
    const probe = { start: null, toResults: [], toFrame: [], answers: [], longestTask: 0, longestFrame: 0, onSample: null };
    window.__kbProbe = probe;
    const onInputStart = (event) => {
      if (probe.start === null) probe.start = event.timeStamp;
    };
    window.addEventListener('keydown', onInputStart, true);
    window.addEventListener('beforeinput', onInputStart, true);
    const input = document.querySelector(selector === null ? '#bare-input' : '#search-input');
    const settle = () => {
      const start = probe.start;
      if (start === null) return;
      if (selector !== null && document.querySelector(selector)?.dataset.query !== input.value) return;
      probe.start = null;
      probe.toResults.push(performance.now() - start);
      // The answer these results came in (recordSearchAnswers), taken once.
      probe.answers.push(window.__kbLastAnswer ?? null);
      window.__kbLastAnswer = null;
      requestAnimationFrame(() => {
        probe.toFrame.push(performance.now() - start);
        probe.onSample?.();
      });
    };
    if (selector === null) input.addEventListener('input', settle);
    else new MutationObserver(settle).observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longestFrame = Math.max(probe.longestFrame, entry.duration);
      }).observe({ type: 'long-animation-frame' });
    }
  })()`);
}

/**
 * Waits until the probe holds `count` samples. The page watches its own probe and answers once:
 * polling it from here every few milliseconds made a DevTools round trip, a task on the page's
 * main thread and work in this process per poll, competing with the keystroke it measured (on
 * 2 cores, the keystroke-to-results p95 at 1,000 reports read 171 ms polled, 139 ms watched).
 * Not page.waitForFunction: with a string predicate it calls eval() in the page, which the app's
 * CSP (rightly) refuses.
 */
async function waitForSamples(page: Page, count: number): Promise<void> {
  // A guard against a page that never answers, generous so that a busy machine gives slow figures, not none.
  const isIn = await page.evaluate(`new Promise((resolve) => {
    const probe = window.__kbProbe;
    const timer = setTimeout(() => resolve(false), 60000);
    probe.onSample = () => {
      if (probe.toFrame.length < ${count}) return;
      probe.onSample = null;
      clearTimeout(timer);
      resolve(true);
    };
    probe.onSample();
  })`);
  if (isIn !== true) throw new Error(`no results rendered for keystroke ${count}`);
}

/** The numbers in what the page returned (evaluate's result is untyped). */
function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

/** The numbers or nulls in what the page returned, in place. */
function numbersOrNull(value: unknown): Array<number | null> {
  return Array.isArray(value) ? value.map((item) => (typeof item === 'number' ? item : null)) : [];
}

/** Types each query char by char, waiting for each keystroke's results before the next. */
export async function typeQueries(page: Page, inputSelector: string): Promise<TypingFigures> {
  const toResults: number[] = [];
  const toFrame: number[] = [];
  const typed: string[] = [];
  const answers: Array<number | null> = [];
  for (const query of typedQueries) {
    await page.locator(inputSelector).fill('');
    // Clearing the box updates the results too: let that settle, then drop its samples.
    await page.waitForTimeout(50);
    await page.evaluate('window.__kbProbe.start = null; window.__kbProbe.toResults = []; window.__kbProbe.toFrame = []; window.__kbProbe.answers = [];');
    const characters = [...query];
    for (const [count, character] of characters.entries()) {
      await page.keyboard.type(character);
      await waitForSamples(page, count + 1);
      typed.push(characters.slice(0, count + 1).join(''));
    }
    toResults.push(...numbers(await page.evaluate('window.__kbProbe.toResults')));
    toFrame.push(...numbers(await page.evaluate('window.__kbProbe.toFrame')));
    answers.push(...numbersOrNull(await page.evaluate('window.__kbProbe.answers')));
  }
  const [longestTask = Number.NaN, longestAnimationFrame = Number.NaN] = numbers(
    await page.evaluate('[window.__kbProbe.longestTask, window.__kbProbe.longestFrame]'),
  );
  return { toResults, toFrame, longestTask, longestAnimationFrame, typed, answers };
}
