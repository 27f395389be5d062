/**
 * Issue 11: Council documents whose sections are Roman numerals (I, II, III…) with paragraphs
 * numbered 1, 2, 3… under them, continuing across sections.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../renderer/src/core/report/index';
import { romanSectionOf } from '../../../renderer/src/core/report/labels';
import { testMeta } from './reportFixtures';

const FRONT = ['REVIEW OF THE TRAVEL POLICY', '', 'Summary', 'This report describes the review.', 'Action required', 'The Council is invited to note this report.', ''];

function body(lines: readonly string[]): [string, string, string | undefined][] {
  const report = parseReportText([...FRONT, ...lines].join('\n'), testMeta());
  return report.units.filter((unit) => unit.kind !== 'title').map((unit) => [unit.number, unit.kind, unit.section]);
}

describe('Roman section headings', () => {
  it.each([
    ['I\tIntroduction', 'I', 1, 'Introduction'],
    ['IV. Next steps', 'IV', 4, 'Next steps'],
    ['IX Budget', 'IX', 9, 'Budget'],
    ['XII\t结论', 'XII', 12, '结论'],
    ['II\tالمقدمة', 'II', 2, 'المقدمة'],
    ['III', 'III', 3, ''],
    ['V.', 'V', 5, ''],
  ])('reads %j as a Roman section', (line, numeral, value, rest) => {
    expect(romanSectionOf(line)).toEqual({ numeral, value, rest });
  });

  it.each(['I would like to thank the secretariat.', 'i)\tthe booking of tickets', 'I) the first item', 'IIII\tWrong', 'VX\tWrong', 'I', 'Introduction', '1\tBackground'])(
    'does not read %j as a Roman section',
    (line) => {
      expect(romanSectionOf(line)).toBeUndefined();
    },
  );
});

describe('parseReportText: Roman-numbered sections', () => {
  it('ends the action-required block at "I" and keeps the integers as paragraphs across sections', () => {
    expect(body(['I\tIntroduction', '1\tFirst.', '2\tSecond.', 'II\tFindings', '3\tThird.', 'III\tConclusions', '4\tFourth.'])).toEqual([
      ['summary.1', 'summary', undefined],
      ['action.1', 'action', undefined],
      ['I', 'section', 'I'],
      ['1', 'paragraph', 'I'],
      ['2', 'paragraph', 'I'],
      ['II', 'section', 'II'],
      ['3', 'paragraph', 'II'],
      ['III', 'section', 'III'],
      ['4', 'paragraph', 'III'],
    ]);
  });

  it('keeps a sentence starting with "I" and a list item "i)" as text of the paragraph above', () => {
    const report = parseReportText([...FRONT, 'I\tIntroduction', '1\tThe reviewer said:', 'I Would rather wait.', 'i)\tfirst point;', '2\tSecond.'].join('\n'), testMeta());
    expect(report.units.find((unit) => unit.number === '1')?.text).toBe('The reviewer said:\nI Would rather wait.\ni)\tfirst point;');
    expect(report.units.map((unit) => unit.number)).toEqual(['title', 'summary.1', 'action.1', 'I', '1', '2']);
  });

  it('warns about a skipped Roman section, naming its line, and keeps it as text', () => {
    const report = parseReportText([...FRONT, 'I\tIntroduction', '1\tFirst.', 'III\tConclusions', '2\tSecond.'].join('\n'), testMeta());
    expect(report.units.map((unit) => unit.number)).toEqual(['title', 'summary.1', 'action.1', 'I', '1', '2']);
    expect(report.units.find((unit) => unit.number === '1')?.text).toBe('First.\nIII\tConclusions');
    expect(report.warnings).toContainEqual(expect.stringMatching(/^line 10: "III" looks like a section number/u));
  });

  it('numbers paragraphs within their section when they start again at 1 under each Roman heading, with a warning', () => {
    const report = parseReportText([...FRONT, 'I\tIntroduction', '1\tFirst.', '2\tSecond.', 'II\tFindings', '1\tFirst again.', 'III\tEnd', '1\tLast.'].join('\n'), testMeta());
    expect(report.units.map((unit) => [unit.number, unit.kind, unit.text])).toEqual([
      ['title', 'title', 'REVIEW OF THE TRAVEL POLICY'],
      ['summary.1', 'summary', 'This report describes the review.'],
      ['action.1', 'action', 'The Council is invited to note this report.'],
      ['I', 'section', 'Introduction'],
      ['1', 'paragraph', 'First.'],
      ['2', 'paragraph', 'Second.'],
      ['II', 'section', 'Findings'],
      ['II.1', 'paragraph', 'First again.'],
      ['III', 'section', 'End'],
      ['III.1', 'paragraph', 'Last.'],
    ]);
    expect(report.warnings).toContainEqual(expect.stringMatching(/^line 12: paragraphs start again at 1 under section II/u));
  });

  it('leaves documents numbered 1, 2, 3… alone: a Roman line there is text', () => {
    expect(body(['1\tIntroduction', '1.1\tFirst.', 'II\tNot a section here', '2\tFindings'])).toEqual([
      ['summary.1', 'summary', undefined],
      ['action.1', 'action', undefined],
      ['1', 'section', '1'],
      ['1.1', 'paragraph', '1'],
      ['2', 'section', '2'],
    ]);
  });
});
