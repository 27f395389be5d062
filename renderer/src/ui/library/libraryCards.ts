/**
 * The library's cards (core/versions/documentCards.ts), kept across mounts of the library and
 * made ahead of it a step at a time. The first key typed in the search box leaves the library and
 * clearing the box comes back to it; at 10,000 documents making the cards took 35 ms of the main
 * thread in one task (Node, first call), 60–100 ms by the clock when the search worker and
 * V8's compilers had the other core: a long task in the middle of typing whenever the library
 * was first shown after start-up. Made ahead, a few milliseconds per task between keystrokes,
 * the library's first render only reads them; a render that comes before they are made (the
 * library arriving at start-up, as the delegate starts typing) makes them for a few milliseconds
 * at most and otherwise shows the list as being prepared until the steps are done (a typing trace
 * at 10,000 documents: the library's first render finishing the cards in one task of 57 ms of CPU,
 * 147 ms by the clock).
 */
import { documentCardsInSteps, type DocumentCard } from '../../core/versions/documentCards';
import { inNextTask } from '../data/nextTask';
import type { LibraryEntry } from '../../core/library/libraryFiles';

/** Entries grouped between two looks at the clock. */
const entriesPerStep = 250;
/** How long one task of making cards ahead may run, in ms: a keystroke arriving meanwhile waits no longer. */
const taskBudget = 4;
/** How long a render may go on making the cards before it shows them as being prepared, in ms. */
const renderBudget = 8;

interface Cards {
  readonly documents: readonly LibraryEntry[];
  readonly language: string;
  /** The cards once made; until then, the steps that make them, paused. */
  cards: DocumentCard<LibraryEntry>[] | null;
  readonly steps: Generator<void, DocumentCard<LibraryEntry>[]>;
  /** Told once the cards are made. */
  readonly listeners: Set<() => void>;
  /** How many callers want them made ahead (prepareLibraryCards), by one chain of tasks: the app and a waiting library share it. */
  wanted: number;
  isStepping: boolean;
}

let last: Cards | null = null;

function cardsFor(documents: readonly LibraryEntry[], language: string): Cards {
  if (last?.documents !== documents || last.language !== language) {
    last = { documents, language, cards: null, steps: documentCardsInSteps(documents, language, entriesPerStep), listeners: new Set(), wanted: 0, isStepping: false };
  }
  return last;
}

/** Makes the cards for up to `budget` ms; whether they are made. */
function makeFor(made: Cards, budget: number): boolean {
  if (made.cards !== null) return true;
  const startedAt = performance.now();
  while (performance.now() - startedAt < budget) {
    const next = made.steps.next();
    if (next.done === true) {
      made.cards = next.value;
      // Told after the current task's code, never inside it: a render may be what finished them.
      const listeners = [...made.listeners];
      made.listeners.clear();
      if (listeners.length > 0) queueMicrotask(() => listeners.forEach((listener) => listener()));
      return true;
    }
  }
  return false;
}

/**
 * The cards of these documents for this interface language, made now where making them ahead
 * left off if that takes a few milliseconds at most; else null, and they go on being made a step
 * per task (whenLibraryCardsMade says when they are).
 */
export function libraryCardsNow(documents: readonly LibraryEntry[], language: string, budget = renderBudget): DocumentCard<LibraryEntry>[] | null {
  const made = cardsFor(documents, language);
  return makeFor(made, budget) ? made.cards : null;
}

/**
 * Makes the cards of these documents ahead, a task of at most a few milliseconds at a time,
 * until done or until the returned function stops it (the documents or language changed).
 */
export function prepareLibraryCards(documents: readonly LibraryEntry[], language: string): () => void {
  const made = cardsFor(documents, language);
  made.wanted++;
  stepAhead(made);
  let isStopped = false;
  return () => {
    if (isStopped) return;
    isStopped = true;
    made.wanted--;
  };
}

/** Makes the cards a task at a time while anyone wants them, unless a chain of tasks already does. */
function stepAhead(made: Cards): void {
  if (made.isStepping) return;
  made.isStepping = true;
  const step = (): void => {
    if (made.wanted === 0 || last !== made || makeFor(made, taskBudget)) {
      made.isStepping = false;
      return;
    }
    inNextTask(step);
  };
  inNextTask(step);
}

/** Calls `listener` once the cards of these documents are made, making them a step per task meanwhile; returns a function that stops both. */
export function whenLibraryCardsMade(documents: readonly LibraryEntry[], language: string, listener: () => void): () => void {
  const made = cardsFor(documents, language);
  if (made.cards !== null) {
    listener();
    return () => undefined;
  }
  made.listeners.add(listener);
  const stop = prepareLibraryCards(documents, language);
  return () => {
    made.listeners.delete(listener);
    stop();
  };
}
