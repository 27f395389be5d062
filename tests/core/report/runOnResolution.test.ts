import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../renderer/src/core/report/parseReport';
import { RUN_ON_LENGTH } from '../../../renderer/src/core/report/runOnLines';
import { splitRunOnResolution } from '../../../renderer/src/core/report/runOnResolution';

// A decision as a web page copies it from the compilation of Council texts: page number, class and
// references above a rule, then the decision with every line end lost.
const decision = [
  '- 12 - (4.1 – Council) References: Documents C11/40 and C11/77 (2011). _____________ ',
  'Dec. 560 Study of the use of the six languages (C-2011) ',
  'The Council, recalling its Resolution 1238 on the six official languages of the Union and the equal treatment it requires for every language, ',
  'considering a) that 2 of the 6 languages are used in 80 % of the pages printed; ',
  'b) that the cost of translation and of the printing of documents in the six languages grew by 3 % a year over the last five years, ',
  'decides, 1 that a study of the use of the languages shall be made in 2012; ',
  '2 that the study shall cover the documents of the Council and of its working groups, the summary records of the plenary meetings and the reports of the expert groups, ',
  'instructs the Secretary-General to report to the Council at its 2012 session.',
].join('');

describe('a resolution that lost its line ends', () => {
  it('is cut before its heading, the body that speaks, each clause and each item in order', () => {
    expect(decision.length).toBeGreaterThan(RUN_ON_LENGTH);
    const pieces = splitRunOnResolution(decision);
    expect(pieces.map((piece) => piece.slice(0, 14))).toEqual([
      '- 12 - (4.1 – ',
      '_____________',
      'Dec. 560 Study',
      'The Council,',
      'recalling its ',
      'considering',
      'a) that 2 of t',
      'b) that the co',
      'decides,',
      '1 that a study',
      '2 that the stu',
      'instructs the ',
    ]);
    expect(pieces.join('').replace(/\s/gu, '')).toBe(decision.replace(/\s/gu, ''));
  });

  it('parses into its title, preamble and operative clauses with their items, the references kept as header', () => {
    const report = parseReportText(decision, {}, 'dec-560.txt');
    expect(report.meta.title).toBe('Dec. 560 Study of the use of the six languages (C-2011)');
    // The documents the references line cites are not this text's symbol.
    expect(report.meta.symbol).toBeUndefined();
    expect(report.units.map((unit) => `${unit.number} ${unit.kind}`)).toEqual([
      'title title',
      'header.1 header',
      'pre.0 preamble',
      'pre.1 preamble',
      'pre.2 preamble',
      'pre.2.a preamble',
      'pre.2.b preamble',
      'op.1 operative',
      'op.1.1 operative',
      'op.1.2 operative',
      'op.2 operative',
    ]);
    expect(report.units.find((unit) => unit.number === 'pre.2.a')?.text).toBe('that 2 of the 6 languages are used in 80 % of the pages printed;');
    expect(report.warnings.join('\n')).toMatch(/line 1: a [0-9]+-character line .* cut into 12 pieces/u);
  });

  it('leaves prose with a clause word after a comma alone when it prints no heading and no operative clause', () => {
    const prose = 'The group met twice, noting that the work was late. '.repeat(20);
    expect(splitRunOnResolution(prose)).toEqual([prose]);
  });
});
