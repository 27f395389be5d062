/** useNoteSync follows one note for its life: handed another note, it refuses instead of mixing their state. */
import { describe, expect, test } from 'vitest';
import { assertSameNote } from '../../../renderer/src/ui/notes/useNoteSync';

describe('useNoteSync contract', () => {
  test('the same note passes; another note throws, naming the remount it needs', () => {
    expect(() => assertSameNote('a', 'a')).not.toThrow();
    expect(() => assertSameNote('a', 'b')).toThrow(/key=\{note\.id\}/u);
  });
});
