/**
 * Debounced autosave for one note being edited, without React: the editor calls `change` on
 * every keystroke and shows `state`. "saved" is reported only when the write's transaction has
 * committed; a failed write keeps the unsaved changes (to show and to retry), never drops them.
 * Saves run one at a time, in order, so an older save can never land after a newer one. While
 * held (the editor asks the delegate whether their text or another window's wins) edits are
 * collected but not saved.
 */
import type { Note } from '../core/notes/types';
import type { NoteChanges } from './notesRepository';
import { toNoteWriteError, type NoteWriteError } from './writeErrors';

/** What the editor shows: all typed text committed, waiting to save, saving, or failed. */
export type AutosaveState =
  | { readonly status: 'saved'; readonly note: Note | undefined }
  | { readonly status: 'pending' }
  | { readonly status: 'saving' }
  | { readonly status: 'failed'; readonly error: NoteWriteError };

/** Runs `run` after `ms`; returns a function that cancels it. */
export type Schedule = (run: () => void, ms: number) => () => void;

export interface AutosaveOptions {
  /** Quiet time after the last change before saving; 600 ms by default. */
  readonly delayMs?: number;
  /** Called on every state change. */
  readonly onState?: (state: AutosaveState) => void;
  /** The timer; setTimeout by default. */
  readonly schedule?: Schedule;
}

const scheduleWithTimeout: Schedule = (run, ms) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

/** Collects a note's edits and saves them after a pause (e.g. `new NoteAutosave((c) => notes.update(id, c))`). */
export class NoteAutosave {
  private pending: NoteChanges = {};
  private hasPending = false;
  private isHeld = false;
  private cancelTimer: (() => void) | undefined;
  private running: Promise<void> = Promise.resolve();
  private current: AutosaveState = { status: 'saved', note: undefined };
  private readonly delayMs: number;
  private readonly schedule: Schedule;

  constructor(
    private readonly save: (changes: NoteChanges) => Promise<Note>,
    private readonly options: AutosaveOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 600;
    this.schedule = options.schedule ?? scheduleWithTimeout;
  }

  /** The current state. */
  get state(): AutosaveState {
    return this.current;
  }

  /** The changes not yet committed (what the editor must keep showing after a failure). */
  get unsavedChanges(): NoteChanges {
    return this.pending;
  }

  /** Whether edits are waiting to be saved (or failed to save). */
  get hasUnsavedChanges(): boolean {
    return this.hasPending;
  }

  /** Records an edit; it is saved after `delayMs` without further edits (unless held). */
  change(changes: NoteChanges): void {
    this.pending = { ...this.pending, ...changes };
    this.hasPending = true;
    this.setState({ status: 'pending' });
    this.scheduleSave();
  }

  /** Saves pending edits now (on blur, before closing, or to retry); resolves when they are committed or have failed. Does nothing while held. */
  flush(): Promise<void> {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    if (this.isHeld) return this.running;
    this.running = this.running.then(() => this.saveNow());
    return this.running;
  }

  /** Stops saving until `release`; edits are still collected. */
  hold(): void {
    this.isHeld = true;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  /** Saving resumes: pending edits are saved after the usual pause. */
  release(): void {
    if (!this.isHeld) return;
    this.isHeld = false;
    if (this.hasPending) this.scheduleSave();
  }

  /** Drops the unsaved edits (the delegate chose another window's version of the note). */
  discard(note: Note): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.pending = {};
    this.hasPending = false;
    this.setState({ status: 'saved', note });
  }

  private scheduleSave(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    if (this.isHeld) return;
    this.cancelTimer = this.schedule(() => {
      this.cancelTimer = undefined;
      void this.flush();
    }, this.delayMs);
  }

  private async saveNow(): Promise<void> {
    if (!this.hasPending) return;
    const changes = this.pending;
    this.pending = {};
    this.hasPending = false;
    this.setState({ status: 'saving' });
    try {
      const note = await this.save(changes);
      if (!this.hasPending) this.setState({ status: 'saved', note });
    } catch (error) {
      // Put the failed changes back under any made since, so nothing typed is lost.
      this.pending = { ...changes, ...this.pending };
      this.hasPending = true;
      this.setState({ status: 'failed', error: toNoteWriteError(error) });
    }
  }

  /** Stops the timer without saving (the editor was discarded); pending changes stay readable. */
  dispose(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private setState(state: AutosaveState): void {
    this.current = state;
    this.options.onState?.(state);
  }
}
