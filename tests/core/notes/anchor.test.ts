import { describe, expect, it } from 'vitest';
import {
  CONTEXT_LENGTH,
  makeSelector,
  reanchorTarget,
  type ReportText,
  selectsQuote,
  toTextRange,
} from '../../../renderer/src/core/notes/anchor';
import type { NoteTarget } from '../../../renderer/src/core/notes/types';
import { editedReport, rangeOf, realReport, realUnit } from './noteFixtures';

const REPORT_ID = 'c17-res130-zh';

/** A target on `passage` (its `occurrence`-th appearance) in the bundled report's unit `number`. */
function targetOn(number: string, passage: string, occurrence = 0): NoteTarget {
  const unit = realUnit(number);
  let range = rangeOf(unit.text, passage);
  for (let n = 0; n < occurrence; n++) range = rangeOf(unit.text, passage, range.start + 1);
  return { reportId: REPORT_ID, unitId: unit.id, selector: makeSelector(unit.text, range) };
}

/** The text a result's target selects in `report`. */
function selectedText(report: ReportText, target: NoteTarget): string | undefined {
  const unit = report.units.find((candidate) => candidate.id === target.unitId);
  if (unit === undefined || target.selector === undefined) return undefined;
  const range = toTextRange(unit.text, target.selector.position);
  return unit.text.slice(range.start, range.end);
}

describe('makeSelector', () => {
  const text = realUnit('4.3').text;

  it('records the exact passage, up to 32 characters each side, and code point offsets', () => {
    const range = rangeOf(text, '国际电联已与100多个国家进行了16次网络演练');
    const selector = makeSelector(text, range);
    expect(selector.quote.exact).toBe('国际电联已与100多个国家进行了16次网络演练');
    expect(selector.quote.prefix).toBe(text.slice(range.start - CONTEXT_LENGTH, range.start));
    expect(selector.quote.suffix).toBe(text.slice(range.end, range.end + CONTEXT_LENGTH));
    expect(selector.position).toEqual({ start: range.start, end: range.end });
  });

  it('keeps shorter context at the edges of the unit', () => {
    const selector = makeSelector(text, { start: 0, end: 4 });
    expect(selector.quote).toMatchObject({ exact: '国际电联', prefix: '' });
    const end = makeSelector(text, { start: text.length - 5, end: text.length });
    expect(end.quote.suffix).toBe('');
  });

  it('counts positions in code points and never splits a surrogate pair (W3C §4.2.5)', () => {
    const astral = '𠀀𠀁甲乙𠀂丙';
    // 𠀀 is [0, 2), 𠀁 [2, 4), 甲 4, 乙 5, 𠀂 [6, 8): a selection from 7 starts inside 𠀂.
    const selector = makeSelector(astral, { start: 7, end: 8 });
    expect(selector.quote.exact).toBe('𠀂');
    expect(selector.position).toEqual({ start: 4, end: 5 });
    expect(selector.quote.prefix).toBe('𠀀𠀁甲乙');
    expect(toTextRange(astral, selector.position)).toEqual({ start: 6, end: 8 });
    expect(selectsQuote(astral, selector)).toBe(true);
  });

  it.each([
    [{ start: 3, end: 3 }],
    [{ start: -1, end: 2 }],
    [{ start: 0, end: 10_000 }],
    [{ start: 1.5, end: 3 }],
  ])('refuses the range %j', (range) => {
    expect(() => makeSelector(text, range)).toThrow(RangeError);
  });
});

describe('re-anchoring on the bundled report with an edited copy of its text', () => {
  const original = realReport();
  const quote = '国际电联已与100多个国家进行了16次网络演练';
  const sentence = `迄今为止，${quote}。`;
  const text43 = realUnit('4.3').text;
  const text45 = realUnit('4.5').text;

  it('leaves a note alone when the text is unchanged', () => {
    const target = targetOn('4.3', quote);
    expect(reanchorTarget(target, original)).toEqual({ status: 'anchored', target, method: 'unchanged', score: 1 });
  });

  // Hypothesis-style table: an edit of the report, and where the note must end up.
  const cases: Array<{
    name: string;
    edits: Record<string, string | null>;
    status: 'anchored' | 'moved' | 'orphaned';
    method?: 'exact' | 'fuzzy';
    unit?: string;
    selects?: string;
  }> = [
    {
      name: 'text inserted before the passage',
      edits: { '4.3': `【更正】${text43}` },
      status: 'anchored',
      method: 'exact',
      unit: '4.3',
      selects: quote,
    },
    {
      name: 'text deleted before the passage',
      edits: { '4.3': text43.replace('以增强参与团队的通信和事件响应能力，', '') },
      status: 'anchored',
      method: 'exact',
      unit: '4.3',
      selects: quote,
    },
    {
      name: 'a character deleted inside the passage',
      edits: { '4.3': text43.replace('100多个', '100个') },
      status: 'anchored',
      method: 'fuzzy',
      unit: '4.3',
      selects: '国际电联已与100个国家进行了16次网络演练',
    },
    {
      name: 'a figure corrected inside the passage',
      edits: { '4.3': text43.replace('16次', '17次') },
      status: 'anchored',
      method: 'fuzzy',
      unit: '4.3',
      selects: '国际电联已与100多个国家进行了17次网络演练',
    },
    {
      name: 'the sentence moved to the end of another paragraph',
      edits: { '4.3': text43.replace(sentence, ''), '4.5': `${text45}${sentence}` },
      status: 'moved',
      method: 'exact',
      unit: '4.5',
      selects: quote,
    },
    {
      name: 'the paragraph removed and the sentence kept, edited, in another one',
      edits: { '4.3': null, '4.5': `${text45}${sentence.replace('16次', '十六次')}` },
      status: 'moved',
      method: 'fuzzy',
      unit: '4.5',
      selects: '国际电联已与100多个国家进行了十六次网络演练',
    },
    {
      name: 'the passage rewritten',
      edits: { '4.3': text43.replace(sentence, '截至目前，共有一百余个成员国参加过本组织举办的十六场演习。') },
      status: 'orphaned',
    },
    {
      name: 'the passage deleted',
      edits: { '4.3': text43.replace(sentence, '') },
      status: 'orphaned',
    },
    {
      name: 'the whole paragraph deleted',
      edits: { '4.3': null },
      status: 'orphaned',
    },
  ];

  it.each(cases)('$name → $status', ({ edits, status, method, unit, selects }) => {
    const target = targetOn('4.3', quote);
    const report = editedReport(edits);
    const result = reanchorTarget(target, report);
    expect(result.status).toBe(status);
    if (result.status === 'orphaned') {
      // An orphan keeps its target untouched: the quote is what the delegate sees in the list.
      expect(result.target).toEqual(target);
      expect(result.target.selector?.quote.exact).toBe(quote);
      return;
    }
    expect(result.method).toBe(method);
    expect(result.target.unitId).toBe(`${REPORT_ID}:${unit}`);
    expect(selectedText(report, result.target)).toBe(selects);
    expect(result.target.selector?.quote.exact).toBe(selects);
  });

  it('tells a repeated phrase apart by its prefix and suffix when offsets no longer fit', () => {
    // 网络演练 appears five times in 4.3; annotate the fourth (the Arab region exercise).
    const target = targetOn('4.3', '网络演练', 3);
    expect(target.selector?.quote.prefix.endsWith('阿拉伯区域（2016年5月23-27日）')).toBe(true);
    // Another occurrence is added at the start, so both the offset and the count change.
    const report = editedReport({ '4.3': `本段所述网络演练如下：${text43}` });
    const result = reanchorTarget(target, report);
    expect(result.status).toBe('anchored');
    const edited = report.units.find((unit) => unit.number === '4.3')?.text ?? '';
    const expectedStart = edited.indexOf('阿拉伯区域（2016年5月23-27日）网络演练') + '阿拉伯区域（2016年5月23-27日）'.length;
    expect(result.target.selector?.position.start).toBe(expectedStart);
  });

  it('prefers the occurrence nearest the old position when the contexts agree equally', () => {
    const text = '甲乙丙丁。甲乙丙丁。甲乙丙丁。';
    const report: ReportText = { units: [{ id: 'r:1', text: `前言${text}` }] };
    const target: NoteTarget = { reportId: 'r', unitId: 'r:1', selector: makeSelector(text, { start: 5, end: 9 }) };
    const result = reanchorTarget(target, report);
    expect(result.target.selector?.position).toEqual({ start: 7, end: 11 });
  });

  it('does not attach a common short phrase to another paragraph when its own is deleted', () => {
    // 国际电联 occurs 32 times in the report; 4.1 and 5.1 also start with 国际电联继续.
    const target = targetOn('4.3', '国际电联');
    const result = reanchorTarget(target, editedReport({ '4.3': null }));
    expect(result.status).toBe('orphaned');
  });

  it('moves a short phrase to another paragraph when its context moved with it', () => {
    // 4.3 is split after its first sentence; the rest now opens 4.5.
    const target = targetOn('4.3', '16次');
    const splitAt = text43.indexOf(sentence);
    const report = editedReport({ '4.3': text43.slice(0, splitAt), '4.5': `${text43.slice(splitAt)}${text45}` });
    const result = reanchorTarget(target, report);
    expect(result.status).toBe('moved');
    expect(result.target.unitId).toBe(`${REPORT_ID}:4.5`);
    expect(result.target.selector?.quote.exact).toBe('16次');
  });

  describe('a whole-paragraph note', () => {
    const target: NoteTarget = { reportId: REPORT_ID, unitId: `${REPORT_ID}:4.3` };

    it('stays on its unit whatever the unit now says', () => {
      const result = reanchorTarget(target, editedReport({ '4.3': '全新的段落文本。' }));
      expect(result).toEqual({ status: 'anchored', target, method: 'unchanged', score: 1 });
    });

    it('is orphaned when its unit is gone', () => {
      expect(reanchorTarget(target, editedReport({ '4.3': null }))).toEqual({ status: 'orphaned', target });
    });
  });

  it('orphans a note on a report it does not know, keeping its target', () => {
    const target = targetOn('4.3', quote);
    const result = reanchorTarget(target, { units: [] });
    expect(result).toEqual({ status: 'orphaned', target });
  });
});

describe('re-anchoring from the unit that replaced the note\'s own in a revision', () => {
  const quote = '国际电联已与100多个国家进行了16次网络演练';
  const text43 = realUnit('4.3').text;
  const text44 = realUnit('4.4').text;
  // Rev.1: a paragraph inserted above 4.3, which is now 4.4 (and 4.4 is 4.5…).
  const renumbered: ReportText = {
    units: realReport().units.flatMap((unit) => {
      if (unit.number === '4.3') return [{ id: `${REPORT_ID}:4.3`, text: '新插入的段落。' }, { id: `${REPORT_ID}:4.4`, text: text43 }];
      if (unit.number === '4.4') return [{ id: `${REPORT_ID}:4.5`, text: text44 }];
      return [{ id: unit.id, text: unit.text }];
    }),
  };

  it('finds a passage in the start unit with its offsets, and names that unit', () => {
    const target = targetOn('4.3', quote);
    const result = reanchorTarget(target, renumbered, `${REPORT_ID}:4.4`);
    expect(result).toMatchObject({ status: 'anchored', method: 'unchanged' });
    expect(result.target).toEqual({ ...target, unitId: `${REPORT_ID}:4.4` });
  });

  it('follows a whole-paragraph note to the start unit, and orphans it when its paragraph is gone (null)', () => {
    const target: NoteTarget = { reportId: REPORT_ID, unitId: `${REPORT_ID}:4.3` };
    expect(reanchorTarget(target, renumbered, `${REPORT_ID}:4.4`).target.unitId).toBe(`${REPORT_ID}:4.4`);
    // Without the hint the note would stay on the new 4.3, another paragraph.
    expect(reanchorTarget(target, renumbered).target.unitId).toBe(`${REPORT_ID}:4.3`);
    expect(reanchorTarget(target, renumbered, null)).toEqual({ status: 'orphaned', target });
  });

  it('searches the whole report, the unit of the old number included, when the start unit is gone', () => {
    const result = reanchorTarget(targetOn('4.3', quote), renumbered, null);
    expect(result).toMatchObject({ status: 'moved', method: 'exact' });
    expect(result.target.unitId).toBe(`${REPORT_ID}:4.4`);
  });
});
