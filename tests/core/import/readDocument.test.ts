import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportReason } from '../../../renderer/src/core/import/importError';
import { readDocument, sniffFormat } from '../../../renderer/src/core/import/readDocument';
import { sourceDocumentText } from '../../../renderer/src/core/import/sourceDocumentText';
import { parseSourceDocument } from '../../../renderer/src/core/report/parseSourceDocument';
import { chineseParagraph } from '../../../build/importFixtures/councilText';
import { fixtureBytes, importErrorOf, readFixture } from './importFixtures';

describe('readDocument refuses hostile and unreadable files with a reason, never a crash', () => {
  it.each<[string, ImportReason, RegExp]>([
    ['encrypted.pdf', 'encrypted', /password/u],
    ['scanned-no-text.pdf', 'no-text-layer', /no text/u],
    ['corrupt.docx', 'corrupt-zip', /damaged/u],
    ['bomb-many-entries.docx', 'too-large', /more than 2000 entries/u],
    ['bomb-declared-size.docx', 'too-large', /decompress to more than/u],
    ['doctype-entities.docx', 'unsafe-xml', /DTD/u],
    ['not-a-document.docx', 'corrupt-docx', /not a Word document/u],
    ['latin1-refused.txt', 'undecodable', /save it as UTF-8/u],
  ])('%s: %s', async (name, reason, detail) => {
    const error = await importErrorOf(fixtureBytes(name), name);
    expect(error.reason).toBe(reason);
    expect(error.message).toContain(name);
    expect(error.message).toMatch(detail);
  });

  it.each<[string, Uint8Array, string, ImportReason]>([
    ['empty', new Uint8Array(0), 'empty.docx', 'empty'],
    ['a PNG named .txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'photo.txt', 'unsupported-type'],
    ['a Word 97 file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.doc', 'unsupported-type'],
    ['text named .pdf', new TextEncoder().encode('just text'), 'fake.pdf', 'corrupt-pdf'],
    ['text named .docx', new TextEncoder().encode('just text'), 'fake.docx', 'corrupt-zip'],
    ['a PDF header and garbage', new TextEncoder().encode('%PDF-1.7\n garbage'), 'broken.pdf', 'corrupt-pdf'],
  ])('%s', async (_name, bytes, fileName, reason) => {
    expect((await importErrorOf(bytes, fileName)).reason).toBe(reason);
  });

  it('refuses a document past the page, character and file-size caps', async () => {
    expect((await importErrorOf(fixtureBytes('council-layout.pdf'), 'a.pdf', { limits: { maxPages: 2 } })).reason).toBe('too-large');
    expect((await importErrorOf(fixtureBytes('council-numbering.docx'), 'a.docx', { limits: { maxCharacters: 200 } })).reason).toBe('too-large');
    expect((await importErrorOf(fixtureBytes('council-layout.pdf'), 'a.pdf', { limits: { maxCharacters: 200 } })).reason).toBe('too-large');
    expect((await importErrorOf(fixtureBytes('plain-utf16le-bom.txt'), 'a.txt', { limits: { maxFileBytes: 100 } })).reason).toBe('too-large');
  });

  it('refuses a PDF when no pdf.js runtime is given', async () => {
    const error = await readDocument(fixtureBytes('council-layout.pdf'), 'a.pdf').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('unsupported-type');
  });

  it('ends any bytes, ZIP-looking or not, as a document or an ImportError', async () => {
    const real = fixtureBytes('council-numbering.docx');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 0, max: real.length - 1 }), fc.boolean(), async (noise, at, asZip) => {
        const bytes = asZip ? Uint8Array.from([...real.subarray(0, at), ...noise, ...real.subarray(at + noise.length)]) : noise;
        await readDocument(bytes, asZip ? 'fuzz.docx' : 'fuzz.txt').then(
          (document) => expect(document.blocks.length).toBeGreaterThanOrEqual(0),
          (error: unknown) => expect(error).toBeInstanceOf(ImportError),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('readDocument on text files', () => {
  it.each(['plain-utf16le-bom.txt', 'plain-utf16be-nobom.txt'])('decodes %s', async (name) => {
    const document = await readFixture(name);
    expect(document.format).toBe('text');
    expect(document.blocks.map((block) => block.text)).toEqual(['Council 2026', 'Document C17/18-E', '', '1\tIntroduction', '1.1\tThe Council considered the report of the secretariat.', '']);
  });

  it('detects GB18030 Chinese text', async () => {
    const document = await readFixture('chinese-gb18030.txt');
    expect(document.blocks.map((block) => block.text)).toContain(`1.1\t${chineseParagraph}`);
  });

  it('gives back the text as written through the text bridge', async () => {
    const document = await readFixture('arabic-utf8.txt');
    expect(sourceDocumentText(document)).toBe(new TextDecoder().decode(fixtureBytes('arabic-utf8.txt')));
  });
});

describe('sniffFormat', () => {
  it('judges by the bytes, not the name', () => {
    expect(sniffFormat(fixtureBytes('council-layout.pdf'))).toBe('pdf');
    expect(sniffFormat(fixtureBytes('council-numbering.docx'))).toBe('docx');
    expect(sniffFormat(Uint8Array.from([...new TextEncoder().encode('junk\n'), ...fixtureBytes('council-layout.pdf').subarray(0, 20)]))).toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('1\tIntroduction'))).toBe('text');
    expect(sniffFormat(zipSync({}))).toBe('docx');
  });
});

describe('sourceDocumentText', () => {
  it('writes labels before a tab, blocks apart, and footnotes after a rule', async () => {
    const text = sourceDocumentText(await readFixture('council-numbering.docx'));
    expect(text).toContain('\n1.1\tIt reviewed the financial plan.\n');
    expect(text).toContain('\nRegion\tWorkshops\tCost (CHF)\n');
    expect(text).toMatch(/\n_{10}\n1\tFootnote one: the estimate excludes travel costs\.\n2\tFootnote two/u);
  });

  it("keeps each Word footnote with the paragraph that calls it, though a list restarts its numbering in between", async () => {
    const report = parseSourceDocument(await readFixture('council-numbering.docx'));
    const footnotes = report.units.filter((unit) => unit.kind === 'footnote').map((unit) => [unit.number, unit.text]);
    expect(footnotes).toEqual([
      ['fn.1', 'Footnote one: the estimate excludes travel costs.'],
      ['fn.2', expect.stringMatching(/^Footnote two/u)],
    ]);
    const callers = report.units.filter((unit) => (unit.footnotes ?? []).length > 0).map((unit) => [unit.text.slice(0, 32), unit.footnotes]);
    expect(callers).toEqual([
      ['It reviewed the operational plan', ['fn.1']],
      ['One asked for the regional break', ['fn.2']],
    ]);
  });
});
