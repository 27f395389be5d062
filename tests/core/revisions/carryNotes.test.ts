/**
 * Notes carried across a revision: the re-anchoring table of tests/core/notes/anchor.test.ts
 * with revision rows (a paragraph renumbered, split, merged, rewritten, deleted), on the bundled
 * report, and the review actions.
 */
import { describe, expect, it } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import { reanchorNote } from '../../../renderer/src/core/notes/reanchorNotes';
import { noteToAnnotation, toAnnotationCollection } from '../../../renderer/src/core/notes/webAnnotation';
import { parseBackupText } from '../../../renderer/src/core/notes/parseAnnotationCollection';
import type { Note } from '../../../renderer/src/core/notes/types';
import type { Report, Unit } from '../../../renderer/src/core/report/types';
import {
  carryNotes,
  confirmCarriedNote,
  keepOnOldRevision,
  moveCarriedNote,
  type CarriedNote,
  type CarryStatus,
} from '../../../renderer/src/core/revisions/carryNotes';
import { at, makeNote, rangeOf, realReport, realUnit, testUuid } from '../notes/noteFixtures';

const REPORT_ID = 'c17-res130-zh';
const quote = '国际电联已与100多个国家进行了16次网络演练';
const sentence = `迄今为止，${quote}。`;
const text43 = realUnit('4.3').text;

/** The bundled report with section 4's paragraphs replaced by `revise(texts)` and numbered again 4.1, 4.2…, as a revision would. */
function revisedSection4(revise: (texts: string[]) => string[]): Report {
  const report = realReport();
  const isSection4Paragraph = (unit: Unit): boolean => unit.section === '4' && unit.kind === 'paragraph';
  const texts = revise(report.units.filter(isSection4Paragraph).map((unit) => unit.text));
  const paragraphs: Unit[] = texts.map((text, index) => {
    const number = `4.${index + 1}`;
    return { id: `${REPORT_ID}:${number}`, reportId: REPORT_ID, number, kind: 'paragraph', text, section: '4' };
  });
  const units = report.units.flatMap((unit) => (unit.number === '4' ? [unit, ...paragraphs] : isSection4Paragraph(unit) ? [] : [unit]));
  return { ...report, units };
}

const passageNote = (): Note => {
  const unit = realUnit('4.3');
  return makeNote({ id: testUuid(1), target: { reportId: REPORT_ID, unitId: unit.id, selector: makeSelector(unit.text, rangeOf(unit.text, quote)) } });
};
const paragraphNote = (): Note => makeNote({ id: testUuid(2), target: { reportId: REPORT_ID, unitId: `${REPORT_ID}:4.3` } });

function carry(after: Report, notes: readonly Note[] = [passageNote(), paragraphNote()]) {
  return carryNotes({ notes, before: realReport(), after, oldRevision: 'Rev.0' });
}

// Hypothesis-style table: a revision of the report, and where a note on a passage of 4.3 and a
// note on the whole of 4.3 must end up ([status, new paragraph number]).
const cases: Array<{
  name: string;
  revise: (texts: string[]) => string[];
  passage: readonly [CarryStatus, string?];
  paragraph: readonly [CarryStatus, string?];
}> = [
  { name: 'nothing changed', revise: (t) => t, passage: ['exact', '4.3'], paragraph: ['exact', '4.3'] },
  {
    name: 'text edited after the passage',
    revise: (t) => t.map((text) => text.replace('在毛里求斯举行', '在毛里求斯路易港举行')),
    passage: ['exact', '4.3'],
    paragraph: ['fuzzy', '4.3'],
  },
  {
    name: 'a paragraph inserted above: 4.3 renumbered 4.4',
    revise: (t) => [...t.slice(0, 2), '国际电联发布了新版全球网络安全指数报告。', ...t.slice(2)],
    passage: ['moved', '4.4'],
    paragraph: ['moved', '4.4'],
  },
  {
    name: 'a figure corrected inside the passage',
    revise: (t) => t.map((text) => text.replace('16次', '17次')),
    passage: ['fuzzy', '4.3'],
    paragraph: ['fuzzy', '4.3'],
  },
  {
    name: '4.3 split at the passage: the passage now opens 4.4',
    revise: (t) => {
      const [first, second] = text43.split('迄今为止，');
      return [...t.slice(0, 2), first ?? '', `迄今为止，${second ?? ''}`, ...t.slice(3)];
    },
    passage: ['moved', '4.4'],
    paragraph: ['fuzzy', '4.3'],
  },
  {
    name: '4.2 and 4.3 merged into 4.2',
    revise: (t) => [t[0] ?? '', `${t[1] ?? ''}${t[2] ?? ''}`, ...t.slice(3)],
    passage: ['moved', '4.2'],
    paragraph: ['fuzzy', '4.2'],
  },
  {
    name: 'the passage rewritten',
    revise: (t) => t.map((text) => text.replace(sentence, '截至目前，共有一百余个成员国参加过本组织举办的十六场演习。')),
    passage: ['orphaned'],
    paragraph: ['fuzzy', '4.3'],
  },
  {
    name: '4.3 deleted: 4.4 renumbered 4.3 must not take its notes',
    revise: (t) => [...t.slice(0, 2), ...t.slice(3)],
    passage: ['orphaned'],
    paragraph: ['orphaned'],
  },
];

describe('carryNotes across a revision', () => {
  it.each(cases)('$name → passage $passage.0, paragraph $paragraph.0', ({ revise, passage, paragraph }) => {
    const after = revisedSection4(revise);
    const { carried } = carry(after);
    const outcome = (entry: CarriedNote | undefined) => [entry?.status, ...(entry?.newUnit === undefined ? [] : [entry.newUnit.number])];
    expect(outcome(carried[0])).toEqual([...passage]);
    expect(outcome(carried[1])).toEqual([...paragraph]);
    for (const entry of carried) {
      // An orphan keeps its old target; a landed note names a unit of the new revision.
      if (entry.status === 'orphaned') expect(entry.after.target).toEqual(entry.before.target);
      else expect(after.units.some((unit) => unit.id === entry.after.target.unitId)).toBe(true);
      if (entry.status === 'moved') expect(entry.after.anchor.fromUnitId).toBe(`${REPORT_ID}:4.3`);
    }
  });

  it('lists for review only the notes that did not land exactly, with both paragraphs and the actions', () => {
    const after = revisedSection4((t) => [...t.slice(0, 2), '国际电联发布了新版全球网络安全指数报告。', ...t.slice(2)]);
    const untouched = makeNote({ id: testUuid(3), target: { reportId: REPORT_ID, unitId: `${REPORT_ID}:3.1` } });
    const { review, summary } = carry(after, [passageNote(), paragraphNote(), untouched]);
    expect(summary).toEqual({ exact: 1, moved: 2, fuzzy: 0, orphaned: 0 });
    expect(review.map((entry) => entry.before.id)).toEqual([testUuid(1), testUuid(2)]);
    const [first] = review;
    expect(first?.oldUnit?.text).toBe(text43);
    expect(first?.newUnit?.text).toBe(text43);
    expect(first?.change?.kind).toBe('renumbered');
    expect(first?.actions).toEqual([
      { kind: 'confirm', unitId: `${REPORT_ID}:4.4` },
      { kind: 'move', suggestedUnitIds: [`${REPORT_ID}:4.4`] },
      { kind: 'keep', revision: 'Rev.0' },
    ]);
  });

  it('offers an orphan no confirmation, and the paragraphs of the new revision nearest its old one to move it to', () => {
    const after = revisedSection4((t) => t.map((text) => text.replace(sentence, '截至目前，共有一百余个成员国参加过本组织举办的十六场演习。')));
    const { review } = carry(after);
    // Orphans come last, after the notes that landed somewhere.
    expect(review.map((entry) => entry.status)).toEqual(['fuzzy', 'orphaned']);
    const orphan = review[1];
    expect(orphan?.actions.map((action) => action.kind)).toEqual(['move', 'keep']);
    expect(orphan?.actions[0]).toEqual({ kind: 'move', suggestedUnitIds: [`${REPORT_ID}:4.3`] });
    expect(() => confirmCarriedNote(orphan!, at(9))).toThrow(RangeError);
  });
});

describe('review actions', () => {
  const after = revisedSection4((t) => [...t.slice(0, 2), '国际电联发布了新版全球网络安全指数报告。', ...t.slice(2)]);
  const [moved] = carry(after, [passageNote()]).review;

  it('confirm anchors the note where it landed, records where it was, and it stays there', () => {
    const confirmed = confirmCarriedNote(moved!, at(9));
    expect(confirmed.target.unitId).toBe(`${REPORT_ID}:4.4`);
    expect(confirmed.anchor).toEqual({ status: 'anchored', previous: { decision: 'confirmed', revision: 'Rev.0', unitId: `${REPORT_ID}:4.3`, quote } });
    expect(confirmed.updatedAt).toBe(at(9));
    // The reader re-anchors on every opening: the confirmed note is at home now.
    expect(reanchorNote(confirmed, after)).toBe(confirmed);
  });

  it('move puts the note on the chosen paragraph, on its passage when the paragraph holds it', () => {
    const onPassage = moveCarriedNote(moved!, after, `${REPORT_ID}:4.4`, at(9));
    expect(onPassage.target.selector?.quote.exact).toBe(quote);
    const onParagraph = moveCarriedNote(moved!, after, `${REPORT_ID}:4.1`, at(9));
    expect(onParagraph.target).toEqual({ reportId: REPORT_ID, unitId: `${REPORT_ID}:4.1` });
    expect(onParagraph.anchor.previous).toEqual({ decision: 'moved', revision: 'Rev.0', unitId: `${REPORT_ID}:4.3`, quote });
    expect(reanchorNote(onParagraph, after)).toBe(onParagraph);
    expect(() => moveCarriedNote(moved!, after, `${REPORT_ID}:9.9`, at(9))).toThrow(RangeError);
  });

  it('keep leaves the note on the old revision, untouched by later re-anchoring and by carrying again', () => {
    const kept = keepOnOldRevision(moved!, at(9));
    expect(kept.target).toEqual(passageNote().target);
    expect(kept.anchor.previous?.decision).toBe('kept');
    expect(reanchorNote(kept, after)).toBe(kept);
    expect(carryNotes({ notes: [kept], before: realReport(), after, oldRevision: 'Rev.0' }).carried).toEqual([]);
  });

  it('every decision survives a backup and its import', () => {
    const decided = [confirmCarriedNote(moved!, at(9)), moveCarriedNote(moved!, after, `${REPORT_ID}:4.1`, at(9)), keepOnOldRevision(moved!, at(9))];
    for (const note of decided) {
      expect(noteToAnnotation(note)['kb:anchor']).toEqual(note.anchor);
      const backup = toAnnotationCollection([note], [], { collectionId: `urn:uuid:${testUuid(50)}`, pageId: `urn:uuid:${testUuid(51)}`, generated: at(10) });
      expect(parseBackupText(JSON.stringify(backup)).notes[0]?.anchor).toEqual(note.anchor);
    }
  });
});
