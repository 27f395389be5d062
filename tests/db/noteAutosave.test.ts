import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { NoteAutosave, type Schedule } from '../../renderer/src/db/noteAutosave';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { openDatabase, steppingClock } from './dbFixtures';

/** A timer the test fires by hand. */
function manualTimer(): { schedule: Schedule; fire: () => void; pending: () => number } {
  let queued: Array<{ run: () => void; isCancelled: boolean }> = [];
  return {
    schedule: (run) => {
      const entry = { run, isCancelled: false };
      queued.push(entry);
      return () => {
        entry.isCancelled = true;
      };
    },
    fire: () => {
      const due = queued.filter((entry) => !entry.isCancelled);
      queued = [];
      for (const entry of due) entry.run();
    },
    pending: () => queued.filter((entry) => !entry.isCancelled).length,
  };
}

async function setUp() {
  const db = openDatabase();
  const notes = new NotesRepository(db, steppingClock());
  const note = await notes.create({ target: { reportId: 'r', unitId: 'r:1' }, body: '' });
  const timer = manualTimer();
  const autosave = new NoteAutosave((changes) => notes.update(note.id, changes), { schedule: timer.schedule });
  return { db, notes, note, timer, autosave };
}

describe('NoteAutosave', () => {
  it('saves once after a pause, with the latest text, and reports saved only once committed', async () => {
    const { db, notes, note } = await setUp();
    const timer = manualTimer();
    const other = openDatabase(db.name);
    const states: string[] = [];
    let readAtSaved: Promise<string | undefined> | undefined;
    const autosave = new NoteAutosave((changes) => notes.update(note.id, changes), {
      schedule: timer.schedule,
      onState: (state) => {
        states.push(state.status);
        // The moment "saved" shows, another connection (a reload) must read the text.
        if (state.status === 'saved') readAtSaved = other.notes.get(note.id).then((row) => row?.body);
      },
    });
    autosave.change({ body: 'C' });
    autosave.change({ body: 'Co' });
    autosave.change({ body: 'Concern', stance: 'concern' });
    expect(autosave.state.status).toBe('pending');
    expect(timer.pending()).toBe(1);
    timer.fire();
    await autosave.flush();
    expect(await readAtSaved).toBe('Concern');
    expect(states).toEqual(['pending', 'pending', 'pending', 'saving', 'saved']);
    expect(autosave.state).toMatchObject({ status: 'saved', note: { body: 'Concern', stance: 'concern' } });
  });

  it('keeps unsaved text when a write fails, and saves it on retry', async () => {
    const { db, notes, note, timer, autosave } = await setUp();
    const put = vi.spyOn(db.notes, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    autosave.change({ body: 'important text' });
    timer.fire();
    await autosave.flush();
    expect(autosave.state).toMatchObject({ status: 'failed', error: { kind: 'quota' } });
    expect(autosave.unsavedChanges).toEqual({ body: 'important text' });
    autosave.change({ stance: 'question' });
    expect(autosave.unsavedChanges).toEqual({ body: 'important text', stance: 'question' });
    put.mockRestore();
    await autosave.flush();
    expect(autosave.state.status).toBe('saved');
    expect(await notes.get(note.id)).toMatchObject({ body: 'important text', stance: 'question' });
  });

  it('runs saves in order, so an older text never lands after a newer one', async () => {
    const { notes, note, autosave } = await setUp();
    autosave.change({ body: 'first' });
    const first = autosave.flush();
    autosave.change({ body: 'second' });
    const second = autosave.flush();
    await Promise.all([first, second]);
    expect((await notes.get(note.id))?.body).toBe('second');
    expect(autosave.state.status).toBe('saved');
  });

  it('does not save after dispose', async () => {
    const { notes, note, timer, autosave } = await setUp();
    autosave.change({ body: 'discarded' });
    autosave.dispose();
    timer.fire();
    expect((await notes.get(note.id))?.body).toBe('');
  });

  it('while held, collects edits without saving (not on the timer, not on flush); released, saves them after the pause', async () => {
    const { notes, note, timer, autosave } = await setUp();
    autosave.change({ body: 'mine' });
    autosave.hold();
    expect(timer.pending()).toBe(0);
    autosave.change({ body: 'mine, longer' });
    expect(timer.pending()).toBe(0);
    await autosave.flush();
    expect((await notes.get(note.id))?.body).toBe('');
    expect(autosave.state.status).toBe('pending');
    expect(autosave.hasUnsavedChanges).toBe(true);
    autosave.release();
    expect(timer.pending()).toBe(1);
    timer.fire();
    await autosave.flush();
    expect((await notes.get(note.id))?.body).toBe('mine, longer');
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('discard drops the unsaved edits and reports the version shown as saved', async () => {
    const { notes, note, timer, autosave } = await setUp();
    const theirs = await notes.update(note.id, { body: 'theirs' });
    autosave.change({ body: 'mine' });
    autosave.hold();
    autosave.discard(theirs);
    autosave.release();
    timer.fire();
    await autosave.flush();
    expect(autosave.state).toEqual({ status: 'saved', note: theirs });
    expect(autosave.hasUnsavedChanges).toBe(false);
    expect((await notes.get(note.id))?.body).toBe('theirs');
  });
});
