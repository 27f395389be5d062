/**
 * What the note editor does when the stored note changes under it (a live query answers after a
 * write in this or another window). Pure, so that every case is tested without a browser.
 *
 * The editor's text derives from a `base` version of the note. A new stored version is the
 * editor's own save (its `updatedAt` is one the editor's saves returned), or someone else's: then
 * the editor follows it when nothing typed is unsaved, and otherwise asks the delegate, never
 * overwriting their text. While a save is in flight the answer waits: the stored version may be
 * the one that save is writing.
 */
import { tagKey } from '../../core/notes/tags';
import type { Note, Stance } from '../../core/notes/types';

/** The fields the editor shows and edits. */
export interface EditedContent {
  readonly body: string;
  readonly tags: readonly string[];
  readonly stance: Stance | null;
}

export interface StoredNoteSituation {
  /** The stored note now; undefined when it is gone for good. */
  readonly stored: Note | undefined;
  /** The version the editor's text derives from. */
  readonly base: Note;
  /** `updatedAt` of every version the editor's own saves wrote. */
  readonly ownVersions: ReadonlySet<string>;
  readonly isSaving: boolean;
  readonly hasUnsavedChanges: boolean;
  /** What the editor shows now. */
  readonly local: EditedContent;
}

/**
 * - deleted: the note was deleted (or is gone): say so, keep the text on screen.
 * - unchanged: the stored version is the base.
 * - adopt: a new version with nothing to show (the editor's own save, or the same content): it becomes the base.
 * - wait: a save is in flight; decide again once it settles.
 * - follow: another window's version, nothing unsaved here: show it.
 * - conflict: another window's version while text here is unsaved: ask.
 */
export type StoredNoteAction = 'deleted' | 'unchanged' | 'adopt' | 'wait' | 'follow' | 'conflict';

/** What the editor should do about the stored note in `situation`. */
export function storedNoteAction(situation: StoredNoteSituation): StoredNoteAction {
  const { stored, base } = situation;
  if (stored === undefined || stored.deletedAt !== null) return 'deleted';
  if (stored.updatedAt === base.updatedAt) return 'unchanged';
  if (situation.ownVersions.has(stored.updatedAt)) return 'adopt';
  if (situation.isSaving) return 'wait';
  if (situation.hasUnsavedChanges) return hasSameContent(stored, situation.local) ? 'adopt' : 'conflict';
  return hasSameContent(stored, base) ? 'adopt' : 'follow';
}

/** Whether two versions read the same to the delegate (tags compared as the index does). */
export function hasSameContent(a: EditedContent, b: EditedContent): boolean {
  return (
    a.body === b.body &&
    a.stance === b.stance &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, index) => tagKey(tag) === tagKey(b.tags[index] ?? ''))
  );
}
