/**
 * library.json's text: still JSON, written with its documents last, one per line, so that the
 * page can parse them a thousand at a time instead of the whole file in one go. Parsed whole, the
 * file of 10,000 documents (2 MB) was a task of 58–68 ms on the page's main thread at start-up
 * (parse, collections, checks; 23 ms of CPU stretched on two busy cores), as a delegate typing at
 * once typed their first keys. A text laid out otherwise (another writer, an editor) is parsed
 * whole: the layout is an optimisation, never a condition of reading the file.
 */
import type { LibraryFile } from './libraryFiles';

const documentsOpening = '"documents":[';
const closing = ']}';

/** The text of a library file: its other fields on the first line, then one document per line. */
export function libraryText(library: LibraryFile): string {
  const { documents, ...rest } = library;
  const head = JSON.stringify(rest);
  const lines = documents.map((entry) => JSON.stringify(entry));
  // JSON.stringify escapes every line break inside a string: a line holds one document.
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}${documentsOpening}\n${lines.join(',\n')}\n${closing}\n`;
}

/**
 * Parses a library file's text (unchecked: isLibraryFile says whether it is one), yielding between
 * steps of `documentsPerStep` documents when the text is laid out as libraryText lays it out;
 * else in one step. Throws SyntaxError for text that is not JSON.
 */
export function* parseLibraryText(text: string, documentsPerStep = 1000): Generator<void, unknown> {
  const headEnd = text.indexOf('\n');
  const body = text.trimEnd();
  const bodyEnd = body.lastIndexOf('\n');
  if (headEnd < 0 || !text.slice(0, headEnd).endsWith(documentsOpening) || body.slice(bodyEnd + 1) !== closing) return JSON.parse(text) as unknown;
  const documents: unknown[] = [];
  let head: unknown;
  try {
    head = JSON.parse(`${text.slice(0, headEnd)}${closing}`);
    for (let start = headEnd + 1; start < bodyEnd; ) {
      yield;
      let end = start;
      for (let n = 0; n < documentsPerStep && end < bodyEnd; n++) {
        const next = body.indexOf('\n', end + 1);
        end = next < 0 || next > bodyEnd ? bodyEnd : next;
      }
      // The step's lines, each but the file's last ending in the comma that separates documents.
      const lines = body.slice(start, end);
      const parsed = JSON.parse(`[${lines.endsWith(',') ? lines.slice(0, -1) : lines}]`) as unknown[];
      for (const entry of parsed) documents.push(entry);
      start = end + 1;
    }
  } catch (error) {
    // Line breaks inside a document (another writer's layout): the whole text, or its error.
    if (error instanceof SyntaxError) return JSON.parse(text) as unknown;
    throw error;
  }
  return head !== null && typeof head === 'object' && !Array.isArray(head) ? { ...head, documents } : head;
}
