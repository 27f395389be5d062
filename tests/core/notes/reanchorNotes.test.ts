import { describe, expect, it } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import { reanchorNote, reanchorNotes } from '../../../renderer/src/core/notes/reanchorNotes';
import type { Note } from '../../../renderer/src/core/notes/types';
import { at, editedReport, makeNote, rangeOf, realReport, realUnit, testUuid } from './noteFixtures';

const quote = '国际电联已与100多个国家进行了16次网络演练';
const sentence = `迄今为止，${quote}。`;
const text43 = realUnit('4.3').text;
const text45 = realUnit('4.5').text;

function noteOnQuote(overrides: Partial<Note> = {}): Note {
  const unit = realUnit('4.3');
  return makeNote({
    target: { reportId: unit.reportId, unitId: unit.id, selector: makeSelector(unit.text, rangeOf(unit.text, quote)) },
    updatedAt: at(5),
    ...overrides,
  });
}

describe('reanchorNote', () => {
  it('returns the same object when nothing changed, so nothing is written', () => {
    const note = noteOnQuote();
    expect(reanchorNote(note, realReport())).toBe(note);
  });

  it('records where a moved note came from, keeps updatedAt, and comes home again', () => {
    const note = noteOnQuote();
    const moved = reanchorNote(note, editedReport({ '4.3': text43.replace(sentence, ''), '4.5': `${text45}${sentence}` }));
    expect(moved.anchor).toEqual({ status: 'moved', fromUnitId: 'c17-res130-zh:4.3' });
    expect(moved.target.unitId).toBe('c17-res130-zh:4.5');
    // Re-anchoring is not the delegate's edit: it must not win a merge against one.
    expect(moved.updatedAt).toBe(note.updatedAt);
    const home = reanchorNote(moved, realReport());
    expect(home.anchor).toEqual({ status: 'anchored' });
    expect(home.target).toEqual(note.target);
  });

  it('keeps the quote the delegate highlighted when a fuzzy match changed it, through later corrections', () => {
    const note = noteOnQuote();
    const first = reanchorNote(note, editedReport({ '4.3': text43.replace('16次', '17次') }));
    expect(first.anchor).toEqual({ status: 'anchored', originalQuote: quote });
    const second = reanchorNote(first, editedReport({ '4.3': text43.replace('16次', '18次') }));
    expect(second.target.selector?.quote.exact).toContain('18次');
    expect(second.anchor.originalQuote).toBe(quote);
  });

  it('orphans a note whose passage is gone, keeping its target and quote', () => {
    const note = noteOnQuote();
    const orphan = reanchorNote(note, editedReport({ '4.3': text43.replace(sentence, '') }));
    expect(orphan.anchor).toEqual({ status: 'orphaned' });
    expect(orphan.target).toEqual(note.target);
  });

  it('keeps the home unit of a moved note that is then orphaned', () => {
    const moved = reanchorNote(noteOnQuote(), editedReport({ '4.3': text43.replace(sentence, ''), '4.5': `${text45}${sentence}` }));
    const orphan = reanchorNote(moved, editedReport({ '4.3': text43.replace(sentence, '') }));
    expect(orphan.anchor).toEqual({ status: 'orphaned', fromUnitId: 'c17-res130-zh:4.3' });
    expect(orphan.target.unitId).toBe('c17-res130-zh:4.5');
  });
});

describe('reanchorNotes', () => {
  it('counts outcomes and returns only the notes to save', () => {
    const unchanged = makeNote({ id: testUuid(1), target: { reportId: 'c17-res130-zh', unitId: 'c17-res130-zh:4.1' } });
    const wholeGone = makeNote({ id: testUuid(2), target: { reportId: 'c17-res130-zh', unitId: 'c17-res130-zh:4.3' } });
    const moved = noteOnQuote({ id: testUuid(3) });
    const report = editedReport({ '4.3': null, '4.5': `${text45}${sentence}` });
    const { changed, summary } = reanchorNotes([unchanged, wholeGone, moved], report);
    expect(summary).toEqual({ anchored: 1, moved: 1, orphaned: 1, changed: 2 });
    expect(changed.map((note) => note.id)).toEqual([testUuid(2), testUuid(3)]);
  });
});
