/** The export dialog's pure decisions: scope of a choice, counts, the picker's list, the preview cut. */
import { describe, expect, test } from 'vitest';
import { buildBriefing } from '../../../renderer/src/core/export';
import {
  corpusUnitOrder,
  initialChoice,
  noteExcerpt,
  noteUnitNumber,
  pickerEntries,
  previewText,
  scopeCounts,
  scopeOfChoice,
  withSelection,
  type ExportChoice,
} from '../../../renderer/src/ui/export/exportChoice';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { EXPORTED_AT, noteOn } from '../../core/export/exportFixtures';

const report = bundledReport();
const reports = [report];
const notes = [
  noteOn('6.2', { body: '国际合作 **要点**', tags: ['网络安全', '合作'], stance: 'support' }),
  noteOn('4.3', { body: 'Cyber drills', tags: ['网络安全'], stance: 'concern', passage: '网络演练' }),
  noteOn('5.1', { body: 'gone', tags: ['网络安全'], deletedAt: '2026-11-20T08:00:00.000Z' }),
  noteOn('summary.1', { body: '', passage: report.units.find((unit) => unit.number === 'summary.1')!.text.slice(0, 6) }),
];
const base: ExportChoice = initialChoice(reports, scopeCounts(notes).tags);

describe('scopeOfChoice', () => {
  test.each([
    [{ kind: 'all' }, { kind: 'all' }],
    [{ kind: 'report', reportId: 'c17-res130-zh' }, { kind: 'report', reportId: 'c17-res130-zh' }],
    [{ kind: 'tag', tag: '合作' }, { kind: 'tag', tag: '合作' }],
    [{ kind: 'stance', stance: 'question' }, { kind: 'stance', stance: 'question' }],
    [{ kind: 'selection', noteIds: new Set(['b', 'a']) }, { kind: 'selection', noteIds: ['a', 'b'] }],
  ] as const)('%o gives %o', (change, scope) => {
    expect(scopeOfChoice({ ...base, ...change })).toEqual(scope);
  });

  test('the dialog starts with every note, quoted passages, the first report and the most used tag', () => {
    expect(base).toMatchObject({ kind: 'all', reportId: 'c17-res130-zh', tag: '网络安全', quoteMode: 'passage' });
    expect(base.noteIds.size).toBe(0);
  });

  test('an empty selection exports nothing (the dialog then disables Save)', () => {
    const briefing = buildBriefing({
      reports,
      notes,
      links: [],
      scope: scopeOfChoice({ ...base, kind: 'selection' }),
      options: { lang: 'en', quoteMode: 'passage', exportedAt: EXPORTED_AT },
    });
    expect(briefing.noteCount).toBe(0);
  });
});

describe('scopeCounts', () => {
  test('counts live notes only, by report, tag and stance', () => {
    const counts = scopeCounts(notes);
    expect(counts.all).toBe(3);
    expect(counts.byReport.get('c17-res130-zh')).toBe(3);
    expect(counts.tags).toEqual([
      { tag: '网络安全', count: 2 },
      { tag: '合作', count: 1 },
    ]);
    expect(Object.fromEntries(counts.byStance)).toEqual({ support: 1, concern: 1, question: 0, 'follow-up': 0 });
  });
});

describe('pickerEntries', () => {
  const order = corpusUnitOrder(reports);

  test('lists live notes in document order', () => {
    const { shown, total } = pickerEntries(notes, order, '', 10);
    expect(shown.map(noteUnitNumber)).toEqual(['summary.1', '4.3', '6.2']);
    expect(total).toBe(3);
  });

  test('filters by body, tag or quote, and caps what it shows but not the total', () => {
    expect(pickerEntries(notes, order, 'cyber', 10).shown.map(noteUnitNumber)).toEqual(['4.3']);
    expect(pickerEntries(notes, order, '合作', 10).shown.map(noteUnitNumber)).toEqual(['6.2']);
    const capped = pickerEntries(notes, order, '', 2);
    expect(capped.shown).toHaveLength(2);
    expect(capped.total).toBe(3);
  });
});

describe('labels and selection', () => {
  test('an excerpt is one line, falls back to the quote and is cut with an ellipsis', () => {
    expect(noteExcerpt(noteOn('6.2', { body: 'a\n\n  b' }))).toBe('a b');
    expect(noteExcerpt(noteOn('4.3', { passage: '网络演练' }))).toBe('网络演练');
    expect(noteExcerpt(noteOn('6.2', { body: '网'.repeat(100) }), 10)).toBe(`${'网'.repeat(9)}…`);
  });

  test('withSelection adds and removes without changing its input', () => {
    const start = new Set(['a']);
    expect([...withSelection(start, ['b', 'c'], true)]).toEqual(['a', 'b', 'c']);
    expect([...withSelection(start, ['a'], false)]).toEqual([]);
    expect([...start]).toEqual(['a']);
  });
});

describe('previewText', () => {
  test('keeps a short briefing whole', () => {
    expect(previewText('# a\n', 100)).toEqual({ text: '# a\n', isTruncated: false, totalLength: 4 });
  });

  test('cuts a long one at a line end', () => {
    const preview = previewText('line one\nline two\nline three\n', 20);
    expect(preview).toEqual({ text: 'line one\nline two\n', isTruncated: true, totalLength: 29 });
  });
});
