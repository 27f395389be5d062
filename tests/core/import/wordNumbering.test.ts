/**
 * Word's numbering rules that the fixture writer cannot produce (lvlRestart, style-linked lists,
 * numStyleLink, shared counters), on minimal WordprocessingML parts as Word writes them.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatCounter } from '../../../renderer/src/core/import/docx/numberFormats';
import { readDocument } from '../../../renderer/src/core/import/readDocument';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A paragraph: `numId`/`ilvl` in w:numPr when given, `style` as w:pStyle. */
function p(text: string, options: { numId?: string; ilvl?: number; style?: string } = {}): string {
  const numPr =
    options.numId === undefined && options.ilvl === undefined
      ? ''
      : `<w:numPr>${options.ilvl === undefined ? '' : `<w:ilvl w:val="${options.ilvl}"/>`}${options.numId === undefined ? '' : `<w:numId w:val="${options.numId}"/>`}</w:numPr>`;
  const style = options.style === undefined ? '' : `<w:pStyle w:val="${options.style}"/>`;
  return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

function lvl(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
}

async function labels(body: string, numbering: string, styles = ''): Promise<Array<string | undefined>> {
  const bytes = zipSync({
    'word/document.xml': encode(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': encode(`<w:numbering ${W}>${numbering}</w:numbering>`),
    'word/styles.xml': encode(`<w:styles ${W}>${styles}</w:styles>`),
  });
  const document = await readDocument(bytes, 'rules.docx');
  return document.blocks.map((block) => block.label);
}

describe('Word automatic numbering rules', () => {
  it('continues one count across w:num instances of one abstract list when none overrides a start', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`;
    expect(await labels(p('a', { numId: '1', ilvl: 0 }) + p('b', { numId: '2', ilvl: 0 }) + p('c', { numId: '1', ilvl: 0 }), numbering)).toEqual(['1.', '2.', '3.']);
  });

  it('restarts a level after a higher one by default, never with lvlRestart 0, and only after levels 1..N with lvlRestart N', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'lowerLetter', '%3)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'decimal', '%1.%2.%3', '<w:lvlRestart w:val="1"/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const never = p('x', { numId: '1', ilvl: 0 }) + p('x', { numId: '1', ilvl: 2 }) + p('x', { numId: '1', ilvl: 1 }) + p('x', { numId: '1', ilvl: 2 });
    expect(await labels(never, numbering)).toEqual(['1', 'a)', '1.1', 'b)']);
    const afterFirst = p('x', { numId: '2', ilvl: 0 }) + p('x', { numId: '2', ilvl: 1 }) + p('x', { numId: '2', ilvl: 2 }) + p('x', { numId: '2', ilvl: 1 }) + p('x', { numId: '2', ilvl: 2 }) + p('x', { numId: '2', ilvl: 0 }) + p('x', { numId: '2', ilvl: 2 });
    expect(await labels(afterFirst, numbering), 'a level skipped shows its start value').toEqual(['1', '1.1', '1.1.1', '1.2', '1.2.2', '2', '2.1.1']);
  });

  it('numbers paragraphs through their style: w:numPr in the style, the level from w:lvl/w:pStyle', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1', '<w:pStyle w:val="Heading1"/>')}${lvl(1, 'decimal', '%1.%2', '<w:pStyle w:val="Heading2"/>')}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`;
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = p('Scope', { style: 'Heading1' }) + p('Terms', { style: 'Heading2' }) + p('Plain', { style: 'Heading2', numId: '0' }) + p('More', { style: 'Heading2' }) + p('Next', { style: 'Heading1' });
    expect(await labels(body, numbering, styles)).toEqual(['1', '1.1', undefined, '1.2', '2']);
  });

  it('recognises localised heading styles by their built-in name', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Titre9"><w:name w:val="Titre perso"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>';
    const bytes = zipSync({
      'word/document.xml': encode(`<w:document ${W}><w:body>${p('Zwei', { style: 'berschrift2' })}${p('Trois', { style: 'Titre9' })}</w:body></w:document>`),
      'word/styles.xml': encode(`<w:styles ${W}>${styles}</w:styles>`),
    });
    const document = await readDocument(bytes, 'localised.docx');
    expect(document.blocks.map((block) => [block.kind, block.level])).toEqual([['heading', 2], ['heading', 3]]);
  });

  it('follows w:numStyleLink to the list its numbering style names', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="CouncilList"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const styles = '<w:style w:type="numbering" w:styleId="CouncilList"><w:name w:val="Council list"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    expect(await labels(p('a', { numId: '2', ilvl: 0 }) + p('b', { numId: '2', ilvl: 0 }), numbering, styles)).toEqual(['I.', 'II.']);
  });

  it('prints bullets, decimalZero, Chinese counting and level overrides', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '\uF0B7')}${lvl(1, 'decimalZero', '%2')}${lvl(2, 'chineseCounting', '%3、')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="9"/></w:lvlOverride></w:num>`;
    const body = p('b', { numId: '1', ilvl: 0 }) + p('z', { numId: '1', ilvl: 1 }) + p('z', { numId: '1', ilvl: 1 }) + p('c', { numId: '1', ilvl: 2 });
    expect(await labels(body, numbering)).toEqual(['•', '09', '10', '一、']);
  });
});

describe('formatCounter', () => {
  it.each([
    [1, 'lowerLetter', 'a'],
    [26, 'lowerLetter', 'z'],
    [27, 'lowerLetter', 'aa'],
    [53, 'upperLetter', 'AAA'],
    [4, 'lowerRoman', 'iv'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [7, 'decimalZero', '07'],
    [12, 'decimalZero', '12'],
    [21, 'ordinal', '21st'],
    [12, 'ordinal', '12th'],
    [3, 'decimalEnclosedCircle', '③'],
    [12, 'chineseCounting', '十二'],
    [105, 'chineseCounting', '一百零五'],
    [20, 'chineseCounting', '二十'],
    [3, 'arabicAlpha', 'ت'],
    [42, 'hindiNumbers', '४२'],
    [5, 'someFutureFormat', '5'],
  ])('prints %i in %s as %s', (value, format, expected) => {
    expect(formatCounter(value, format)).toBe(expected);
  });

  it('never prints an empty label for a positive counter in a numbering format', () => {
    const formats = ['decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'chineseCounting', 'ideographDigital', 'arabicAlpha', 'russianLower'];
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.constantFrom(...formats), (value, format) => formatCounter(value, format).length > 0));
  });
});
