import { describe, expect, it } from 'vitest';
import type { Note } from '../../../renderer/src/core/notes/types';
import { hasSameContent, storedNoteAction, type StoredNoteSituation } from '../../../renderer/src/ui/notes/storedNoteChange';
import { at, makeNote } from '../../core/notes/noteFixtures';

const base = makeNote({ body: 'base text', tags: ['budget'], updatedAt: at(1) });
const theirs = makeNote({ body: 'their text', tags: ['budget'], updatedAt: at(2) });
const mine = { body: 'my unsaved text', tags: ['budget'], stance: null };

function situation(stored: Note | undefined, overrides: Partial<StoredNoteSituation> = {}): StoredNoteSituation {
  return { stored, base, ownVersions: new Set(), isSaving: false, hasUnsavedChanges: false, local: base, ...overrides };
}

describe('storedNoteAction: the note changed under the editor', () => {
  it.each([
    ['the same version', situation(base), 'unchanged'],
    ['another window edited, nothing unsaved here: follow it', situation(theirs), 'follow'],
    ['another window edited, text here unsaved: ask, never overwrite', situation(theirs, { hasUnsavedChanges: true, local: mine }), 'conflict'],
    ['the editor’s own save', situation(theirs, { ownVersions: new Set([theirs.updatedAt]), hasUnsavedChanges: true, local: mine }), 'adopt'],
    ['a save is in flight: it may be this version, decide after', situation(theirs, { isSaving: true, hasUnsavedChanges: true, local: mine }), 'wait'],
    ['the other window wrote what is typed here', situation(theirs, { hasUnsavedChanges: true, local: theirs }), 'adopt'],
    ['a new version with the same content (restored, re-anchored)', situation({ ...base, updatedAt: at(3) }), 'adopt'],
    ['deleted in another window', situation({ ...base, deletedAt: at(3), updatedAt: at(3) }, { hasUnsavedChanges: true, local: mine }), 'deleted'],
    ['gone from the database', situation(undefined), 'deleted'],
  ])('%s', (_name, given, expected) => {
    expect(storedNoteAction(given)).toBe(expected);
  });

  it('compares tags as the index does (case and width folded), and order matters', () => {
    expect(hasSameContent({ body: 'x', tags: ['COP'], stance: null }, { body: 'x', tags: ['cop'], stance: null })).toBe(true);
    expect(hasSameContent({ body: 'x', tags: ['a', 'b'], stance: null }, { body: 'x', tags: ['b', 'a'], stance: null })).toBe(false);
    expect(hasSameContent({ body: 'x', tags: [], stance: 'concern' }, { body: 'x', tags: [], stance: null })).toBe(false);
  });
});
