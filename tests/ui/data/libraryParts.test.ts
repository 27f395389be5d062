/** Which documents the library holds beyond the bundled ones, in the order the library lists them. */
import { describe, expect, it } from 'vitest';
import { LibraryParts } from '../../../renderer/src/ui/data/libraryParts';
import { importedFixture } from '../../fixtures/libraryDocuments';

const addedAt = '2026-12-01T09:00:00.000Z';
const [cooperation, policy, french] = ['council/c17-99-en.txt', 'council/c17-60-en.txt', 'council/c17-99-fr.txt'].map((file) => importedFixture(file, addedAt).document);
if (cooperation === undefined || policy === undefined || french === undefined) throw new Error('fixtures missing');

function order(parts: LibraryParts): string[] {
  return parts.importedParts().map((part) => part.report.meta.id);
}

describe('LibraryParts', () => {
  it('puts a removed document back in its place on Undo, as the database keeps it', () => {
    const parts = new LibraryParts(new Set(['c17-res130-zh']));
    parts.add([cooperation, policy, french]);
    expect(parts.remove(['c17-60-en'])).toEqual(['c17-60-en']);
    expect(order(parts)).toEqual(['c17-99-en', 'c17-99-fr']);
    expect(parts.add([policy])).toEqual([]);
    expect(order(parts)).toEqual(['c17-99-en', 'c17-60-en', 'c17-99-fr']);
    expect(parts.has('c17-60-en')).toBe(true);
  });

  it('puts a document imported again after a removal, and a replacement, at the end, as new ones', () => {
    const parts = new LibraryParts(new Set());
    parts.add([cooperation, policy, french]);
    parts.remove(['c17-99-en']);
    // Imported again (not undone): another time of adding.
    parts.add([{ ...cooperation, addedAt: '2026-12-02T10:00:00.000Z' }]);
    expect(order(parts)).toEqual(['c17-60-en', 'c17-99-fr', 'c17-99-en']);
    expect(parts.add([policy])).toEqual(['c17-60-en']);
    expect(order(parts)).toEqual(['c17-99-fr', 'c17-99-en', 'c17-60-en']);
  });
});
