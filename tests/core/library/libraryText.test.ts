import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_FORMAT, type LibraryEntry, type LibraryFile } from '../../../renderer/src/core/library/libraryFiles';
import { libraryText, parseLibraryText } from '../../../renderer/src/core/library/libraryText';

/** Runs the parse to its end; how many steps it took. */
function parsed(text: string, documentsPerStep?: number): { value: unknown; steps: number } {
  const parsing = parseLibraryText(text, documentsPerStep);
  let steps = 1;
  for (;;) {
    const next = parsing.next();
    if (next.done === true) return { value: next.value, steps };
    steps++;
  }
}

function entry(n: number, title = `Document ${n}`): LibraryEntry & { file: string } {
  return { meta: { id: `doc-${n}`, title, language: 'en', session: 2017, subject: 'test' }, units: 10 + n, paragraphs: n, origin: 'bundled', file: `reports/doc-${n}.json` };
}

function library(documents: LibraryFile['documents']): LibraryFile {
  return { format: LIBRARY_FILE_FORMAT, documents, segments: ['search/segment-0.json'], entities: 'entities.json', facets: 'facets.json' };
}

describe('library.json text', () => {
  it('reads back what it wrote, its documents a step of a thousand at a time', () => {
    const written = library(Array.from({ length: 2_500 }, (_, n) => entry(n)));
    const { value, steps } = parsed(libraryText(written));
    expect(value).toEqual(written);
    // The head, then three steps of documents.
    expect(steps).toBe(4);
  });

  it('is JSON that any reader parses whole to the same library', () => {
    const written = library([entry(1), entry(2)]);
    expect(JSON.parse(libraryText(written))).toEqual(written);
    expect(parsed(libraryText(library([]))).value).toEqual(library([]));
  });

  it('reads titles with line breaks, quotes, brackets and the layout’s own markers as written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('\n]}\n', '",\n{', '"documents":[', '\u2028', '国际电联\r\n', '\\')), { maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        (titles, perStep) => {
          const written = library(titles.map((title, n) => entry(n, title)));
          expect(parsed(libraryText(written), perStep).value).toEqual(written);
        },
      ),
    );
  });

  it('reads a library laid out by another writer whole, in one step', () => {
    const written = library([entry(1), entry(2), entry(3)]);
    for (const text of [JSON.stringify(written), JSON.stringify(written, null, 2)]) expect(parsed(text, 1)).toEqual({ value: written, steps: 1 });
    // Its documents last but spread over lines: the whole text is read.
    const spread = `${JSON.stringify({ ...written, documents: undefined }).slice(0, -1)},"documents":[\n${written.documents.map((document) => JSON.stringify(document, null, 1)).join(',\n')}\n]}`;
    expect(parsed(spread, 1).value).toEqual(written);
  });

  it('throws a syntax error for a damaged file, whatever its layout', () => {
    const text = libraryText(library([entry(1), entry(2)]));
    expect(() => parsed(text.replace('"doc-2"', '"doc-2'))).toThrow(SyntaxError);
    expect(() => parsed(text.slice(0, text.length / 2))).toThrow(SyntaxError);
    expect(() => parsed('{"format":')).toThrow(SyntaxError);
  });
});
