/**
 * The library's cards (core/versions/documentCards.ts), kept across mounts of the library and
 * made ahead of it a step at a time. The first key typed in the search box leaves the library and
 * clearing the box comes back to it; at 10,000 documents making the cards took 35 ms of the main
 * thread in one task (Node, first call), 60–100 ms by the clock when the search worker and
 * V8's compilers had the other core: a long task in the middle of typing whenever the library
 * was first shown after start-up. Made ahead, a few milliseconds per task between keystrokes,
 * the library's first render only reads them.
 */
import { documentCardsInSteps, type DocumentCard } from '../../core/versions/documentCards';
import { finish } from '../../core/versions/groupVersions';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { inNextTask } from '../data/nextTask';

/** Entries grouped between two looks at the clock. */
const entriesPerStep = 250;
/** How long one task of making cards ahead may run, in ms: a keystroke arriving meanwhile waits no longer. */
const taskBudget = 4;

interface Cards {
  readonly documents: readonly LibraryEntry[];
  readonly language: string;
  /** The cards once made; until then, the steps that make them, paused. */
  cards: DocumentCard<LibraryEntry>[] | null;
  readonly steps: Generator<void, DocumentCard<LibraryEntry>[]>;
}

let last: Cards | null = null;

function cardsFor(documents: readonly LibraryEntry[], language: string): Cards {
  if (last?.documents !== documents || last.language !== language) {
    last = { documents, language, cards: null, steps: documentCardsInSteps(documents, language, entriesPerStep) };
  }
  return last;
}

/** The cards of these documents for this interface language: made now if not yet, or finished where making them ahead paused. */
export function libraryCards(documents: readonly LibraryEntry[], language: string): DocumentCard<LibraryEntry>[] {
  const made = cardsFor(documents, language);
  made.cards ??= finish(made.steps);
  return made.cards;
}

/**
 * Makes the cards of these documents ahead, a task of at most a few milliseconds at a time,
 * until done or until the returned function stops it (the documents or language changed).
 */
export function prepareLibraryCards(documents: readonly LibraryEntry[], language: string): () => void {
  const made = cardsFor(documents, language);
  let isStopped = false;
  const step = (): void => {
    if (isStopped || made.cards !== null || last !== made) return;
    const startedAt = performance.now();
    while (performance.now() - startedAt < taskBudget) {
      const next = made.steps.next();
      if (next.done === true) {
        made.cards = next.value;
        return;
      }
    }
    inNextTask(step);
  };
  inNextTask(step);
  return () => {
    isStopped = true;
  };
}
