/** The briefing marks notes on paragraphs changed since the report's previous revision (core/revisions' changedUnitIds). */
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import { changedSincePreviousRevisions, changedUnitIds } from '../../../renderer/src/core/revisions/changedUnits';
import { revisionDocument } from '../../fixtures/revisionFixtures';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { briefingOf, noteOn, noteSections } from './exportFixtures';

// The bundled report is the current revision; its previous one said 15 exercises in 4.3.
function previousRevision() {
  const report = bundledReport();
  return { ...report, units: report.units.map((unit) => (unit.number === '4.3' ? { ...unit, text: unit.text.replace('16次', '15次') } : unit)) };
}

describe('briefing of a revised report', () => {
  const changed = new Set(changedUnitIds(bundledReport(), previousRevision()).keys());
  const notes = [noteOn('4.3', { body: '次数有变' }), noteOn('4.1', { body: '未变' })];

  it('says which notes are on a paragraph changed in this revision, in each language', () => {
    expect([...changed]).toEqual(['c17-res130-zh:4.3']);
    expect(noteSections(briefingOf(notes, [], { kind: 'all' }, { changedUnitIds: changed }).tree).map((note) => note.heading)).toEqual([
      '第4.1段',
      '第4.3段（本修订版有改动）',
    ]);
    const english = briefingOf(notes, [], { kind: 'all' }, { changedUnitIds: changed, lang: 'en' });
    expect(noteSections(english.tree).map((note) => note.heading)).toContain('Paragraph 4.3 (changed in this revision)');
  });

  it('marks nothing when no revision is given', () => {
    expect(noteSections(briefingOf(notes).tree).map((note) => note.heading)).toEqual(['第4.1段', '第4.3段']);
  });
});

describe('changedUnitIds', () => {
  it('leaves out paragraphs only renumbered and names how the others changed', () => {
    const report = bundledReport();
    // The previous revision had no 4.2, so its 4.2–4.5 are today's 4.3–4.6; its last one had two more words.
    const previous = {
      ...report,
      units: report.units
        .filter((unit) => unit.number !== '4.2')
        .map((unit) => {
          const match = /^4\.([3-6])$/u.exec(unit.number);
          if (match === null) return unit;
          const number = `4.${Number(match[1]) - 1}`;
          return { ...unit, number, id: `${unit.reportId}:${number}`, text: number === '4.5' ? `${unit.text}补充。` : unit.text };
        }),
    };
    expect(Object.fromEntries(changedUnitIds(report, previous))).toEqual({ 'c17-res130-zh:4.2': 'added', 'c17-res130-zh:4.6': 'renumbered' });
  });
});

describe('changedSincePreviousRevisions', () => {
  it('names the changed paragraphs of each revision whose previous revision is in the library, and nothing of a report without one', () => {
    const rev0 = revisionDocument('en', 0);
    const rev1 = revisionDocument('en', 1);
    const changed = changedSincePreviousRevisions([bundledReport(), rev0, rev1]);
    expect([...changed].every((unitId) => unitId.startsWith(`${rev1.meta.id}:`))).toBe(true);
    expect(changed).toEqual(new Set(changedUnitIds(rev1, rev0).keys()));
    expect(changed.has(`${rev1.meta.id}:1.2`)).toBe(true);
    expect(changed.has(`${rev1.meta.id}:1.1`)).toBe(false);
    expect(changedSincePreviousRevisions([rev1]).size).toBe(0);
  });

  it('names the revision in the mark when the report has a revision number', () => {
    const rev0 = revisionDocument('en', 0);
    const rev1 = revisionDocument('en', 1);
    const reports = [rev0, rev1];
    const notes = [noteOn('1.2', { body: 'More drills' }, rev1), noteOn('1.1', { body: 'Same' }, rev1)];
    const changedUnitIds = changedSincePreviousRevisions(reports);
    const markdown = (lang: 'en' | 'zh') =>
      buildBriefing({ reports, notes, links: [], scope: { kind: 'all' }, options: { lang, quoteMode: 'passage', exportedAt: new Date(0), changedUnitIds } }).markdown;
    expect(markdown('en')).toContain('Paragraph 1.2 (changed in Rev.1)\n');
    expect(markdown('en')).toMatch(/Paragraph 1\.1\n/u);
    expect(markdown('zh')).toContain('第1.2段（Rev.1 有改动）\n');
    expect(markdown('zh')).toMatch(/第1\.1段\n/u);
  });
});
