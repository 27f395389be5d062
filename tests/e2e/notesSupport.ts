/** Steps the notes browser tests share: select a passage, annotate it, type and wait for "saved". */
import type { Page } from 'playwright-core';
import type { Note } from '../../renderer/src/core/notes/types';
import { waitForApp } from './support/session';

export const reportId = 'c17-res130-zh';

/** Selects [start, end) (UTF-16 offsets) of a unit's text, as a mouse drag would. */
export async function selectPassage(page: Page, unitNumber: string, start: number, end: number): Promise<string> {
  // The report's units arrive after the app is ready (a report is loaded when opened).
  await page.locator(`[data-unit="${unitNumber}"] .unit-text`).first().waitFor();
  return page.evaluate(
    ({ unitNumber, start, end }) => {
      const element = document.querySelector(`[data-unit="${unitNumber}"] .unit-text`);
      if (element === null) throw new Error(`no unit ${unitNumber}`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= at && start <= at + length) range.setStart(node, start - at);
        if (end >= at && end <= at + length) {
          range.setEnd(node, end - at);
          break;
        }
        at += length;
      }
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return range.toString();
    },
    { unitNumber, start, end },
  );
}

/** Selects a passage, presses Annotate, and waits for the editor of the new note. */
export async function annotatePassage(page: Page, unitNumber: string, start: number, end: number): Promise<string> {
  const quote = await selectPassage(page, unitNumber, start, end);
  await page.locator('.selection-annotate').click();
  await page.locator('.note-editor .note-quote', { hasText: quote }).waitFor();
  return quote;
}

/** Types into the open editor's body and waits until the status says the write committed. */
export async function typeAndWaitForSaved(page: Page, text: string): Promise<void> {
  await page.locator('.note-editor textarea').fill(text);
  await page.locator('.note-editor [data-save-state="saved"]').waitFor();
}

/**
 * Writes notes into the app's database as Dexie stores them (inbound `id` key), then reloads so
 * that the app reads them. The app must have opened the database first (the all-notes view
 * does), so that Dexie, not this raw connection, creates the schema.
 */
export async function seedNotes(page: Page, rows: readonly Note[]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('itu-council-kb');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('notes', 'readwrite');
          for (const record of records) transaction.objectStore('notes').put(record);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    rows,
  );
  await page.reload();
  await waitForApp(page);
}

/** Every note in the app's database, as stored. */
export function storedNotes(page: Page): Promise<Note[]> {
  return page.evaluate(
    () =>
      new Promise<Note[]>((resolve, reject) => {
        const request = indexedDB.open('itu-council-kb');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('notes').objectStore('notes').getAll();
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result as Note[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/** The all-notes view's count, once it has read the notes. */
export async function notesCount(page: Page): Promise<number> {
  const count = await page.locator('.notes-count[data-count]').getAttribute('data-count');
  return Number(count);
}

/** Marks the database as written by a newer app: this one then opens it read-only. */
export async function markDataNewer(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('itu-council-kb');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('meta', 'readwrite');
          transaction.objectStore('meta').put({ key: 'dataVersion', value: 999 });
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}
