/**
 * The library's cards made ahead (ui/library/libraryCards.ts): a task at a time between
 * keystrokes, so that the library's first render reads them instead of grouping every document;
 * a render that comes first makes them only within its budget, and is told when they are made.
 */
import { expect, test } from 'vitest';
import type { LibraryEntry } from '../../../renderer/src/core/library/libraryFiles';
import { documentCards } from '../../../renderer/src/core/versions/documentCards';
import type { DocumentCard } from '../../../renderer/src/core/versions/documentCards';
import { libraryCardsNow, prepareLibraryCards, whenLibraryCardsMade } from '../../../renderer/src/ui/library/libraryCards';

/** The cards, made now however long that takes. */
function libraryCards(documents: readonly LibraryEntry[], language: string): DocumentCard<LibraryEntry>[] {
  const cards = libraryCardsNow(documents, language, Number.POSITIVE_INFINITY);
  if (cards === null) throw new Error('the cards were not made');
  return cards;
}

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** A library of `count` documents in six languages, counting how often an entry's metadata is read. */
function libraryOf(count: number): { documents: LibraryEntry[]; reads: () => number } {
  let reads = 0;
  const documents = Array.from({ length: count }, (_, n): LibraryEntry => {
    const language = languages[n % languages.length]!;
    const meta = { id: `c17-${Math.floor(n / 6)}-${language}`, title: `Document ${Math.floor(n / 6)}`, language, session: 2017, subject: 'test' };
    return {
      units: 1,
      paragraphs: 1,
      origin: 'bundled',
      get meta() {
        reads++;
        return meta;
      },
    };
  });
  return { documents, reads: () => reads };
}

/** Resolves once the tasks queued so far (and those they queue, up to `tasks` rounds) have run. */
async function afterTasks(tasks: number): Promise<void> {
  for (let n = 0; n < tasks; n++) await new Promise((resolve) => setTimeout(resolve, 0));
}

test('made ahead, the cards are the library’s: its render reads no document again', async () => {
  const { documents, reads } = libraryOf(6_000);
  prepareLibraryCards(documents, 'fr');
  // Not at once: the first task comes after the caller's.
  expect(reads()).toBe(0);
  await expect.poll(() => reads(), { timeout: 10_000 }).toBeGreaterThan(0);
  let readsWhenDone = -1;
  await expect
    .poll(
      async () => {
        const before = reads();
        await afterTasks(3);
        readsWhenDone = reads();
        return readsWhenDone === before;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  // Already made: a render with no time to make any reads them.
  const cards = libraryCardsNow(documents, 'fr', 0)!;
  expect(reads()).toBe(readsWhenDone);
  expect(cards).toHaveLength(1_000);
  expect(cards.map((card) => card.shown.meta.id)).toEqual(documentCards(documents, 'fr').map((card) => card.shown.meta.id));
  expect(libraryCards(documents, 'fr')).toBe(cards);
});

test('shown before they are made, the cards are finished where making them paused', async () => {
  const { documents } = libraryOf(6_000);
  prepareLibraryCards(documents, 'ru');
  await afterTasks(1);
  const cards = libraryCards(documents, 'ru');
  expect(cards.map((card) => [card.key, card.shown.meta.id, card.versions.length])).toEqual(
    documentCards(documents, 'ru').map((card) => [card.key, card.shown.meta.id, card.versions.length]),
  );
});

test('another language or another library makes other cards; a stopped preparation leaves them right', async () => {
  const { documents } = libraryOf(600);
  const stop = prepareLibraryCards(documents, 'en');
  stop();
  await afterTasks(3);
  expect(libraryCards(documents, 'en').map((card) => card.shown.meta.language)).toEqual(Array(100).fill('en'));
  expect(libraryCards(documents, 'ar').map((card) => card.shown.meta.language)).toEqual(Array(100).fill('ar'));
  const fewer = documents.slice(0, 60);
  expect(libraryCards(fewer, 'ar')).toHaveLength(10);
});

test('a render that comes before they are made shows none past its budget, and hears when they are made', async () => {
  const { documents, reads } = libraryOf(6_000);
  expect(libraryCardsNow(documents, 'zh', 0)).toBeNull();
  expect(reads()).toBe(0);
  let told = 0;
  whenLibraryCardsMade(documents, 'zh', () => told++);
  // Made a step per task, not in the caller's.
  expect(reads()).toBe(0);
  await expect.poll(() => told, { timeout: 10_000 }).toBe(1);
  const cards = libraryCardsNow(documents, 'zh', 0);
  expect(cards?.map((card) => card.shown.meta.id)).toEqual(documentCards(documents, 'zh').map((card) => card.shown.meta.id));
  // Asked again once made: told at once.
  whenLibraryCardsMade(documents, 'zh', () => told++);
  expect(told).toBe(2);
});

test('a listener that stops before the cards are made is not told, and stops making them', async () => {
  const { documents, reads } = libraryOf(6_000);
  let told = 0;
  const stop = whenLibraryCardsMade(documents, 'es', () => told++);
  stop();
  await afterTasks(5);
  expect(told).toBe(0);
  expect(reads()).toBe(0);
});
