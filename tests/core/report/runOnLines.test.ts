import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../renderer/src/core/report/parseReport';
import { RUN_ON_LENGTH, splitRunOnLine } from '../../../renderer/src/core/report/runOnLines';

// A summary record as some web pages hand it over: header, subjects table and text run into one line.
const filler = 'The delegates heard the presentation and asked questions on the figures given for 2016 and 2017. ';
const runOn = [
  'Council 2019Geneva, 10-20 June 2019Document C19/90-E3 June 2019Original: English',
  'SUMMARY RECORDSubjects discussedDocuments1Opening of the session-2Election of officers-3Budget for 2020C19/12',
  '1Opening of the session1.1The Chairman opened the session. ',
  filler.repeat(4),
  '1.2It was so agreed.2Election of officers2.1The officers were elected by acclamation. ',
  filler.repeat(3),
  '3Budget for 2020 (Document C19/12)3.1The councillor from Kenya spoke on 5G networks and 3 regional offices. ',
  filler.repeat(2),
].join('');

describe('a page that lost its line ends', () => {
  it('is cut before the numbers that continue the numbering, not at the subjects table or figures in the text', () => {
    expect(runOn.length).toBeGreaterThan(RUN_ON_LENGTH);
    const pieces = splitRunOnLine(runOn);
    expect(pieces.map((piece) => /^[0-9.]+/u.exec(piece)?.[0])).toEqual([undefined, '1', '1.1', '1.2', '2', '2.1', '3', '3.1']);
    expect(pieces.join('').replace(/\s/gu, '')).toBe(runOn.replace(/\s/gu, ''));
  });

  it('parses into its sections and paragraphs with a warning naming the line, and reads the header from it', () => {
    const report = parseReportText(runOn, {});
    expect(report.units.filter((unit) => /^[0-9]/u.test(unit.number)).map((unit) => unit.number)).toEqual(['1', '1.1', '1.2', '2', '2.1', '3', '3.1']);
    expect(report.meta).toEqual(expect.objectContaining({ symbol: 'C19/90', date: '2019-06-03', originalLanguage: 'en' }));
    expect(report.warnings.join('\n')).toMatch(/line 1: a [0-9]+-character line/u);
  });

  it('leaves an ordinary line alone', () => {
    expect(splitRunOnLine('1.1The text. 2Next')).toEqual(['1.1The text. 2Next']);
  });

  it('reads a first paragraph whose section heading was lost as that section\'s paragraph', () => {
    const report = parseReportText(['1\tOpening', '1.1\tThe session opened.', '2.1\tThe officers were elected.', '2.2\tIt was so agreed.'].join('\n'), {});
    expect(report.units.map((unit) => unit.number)).toEqual(expect.arrayContaining(['1', '1.1', '2.1', '2.2']));
    expect(report.units.map((unit) => unit.number)).not.toContain('2');
    expect(report.warnings.join('\n')).toMatch(/no heading for section 2/u);
  });
});
