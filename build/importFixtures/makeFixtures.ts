/**
 * Writes the import fixtures with real tools: the `docx` package (a DOCX writer with Word's automatic
 * numbering), LibreOffice (DOCX → PDF with embedded fonts), qpdf (encryption), ImageMagick (a raster
 * page), iconv (GB18030), and fflate for the hostile archives.
 *   npx tsx build/importFixtures/makeFixtures.ts
 * Needs: apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-noto-core qpdf imagemagick
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { writeCouncilDocx, writeLayoutDocx, writeScanDocx } from './councilDocx';
import { convertToPdf } from './convertToPdf';
import { arabicParagraph, chineseParagraph } from './councilText';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/import');
const out = (name: string): string => path.join(outDir, name);

function utf16(text: string, littleEndian: boolean, withBom: boolean): Uint8Array {
  const units = (withBom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < units.length; index++) view.setUint16(index * 2, units.charCodeAt(index), littleEndian);
  return bytes;
}

const plainText = ['Council 2026', 'Document C17/18-E', '', '1\tIntroduction', '1.1\tThe Council considered the report of the secretariat.', ''].join('\n');

async function main(): Promise<void> {
  writeFileSync(out('council-numbering.docx'), await writeCouncilDocx());
  // LibreOffice's own rendering of the automatic numbers: an independent check of ours.
  convertToPdf(out('council-numbering.docx'), out('council-numbering.pdf'));
  const layoutDocx = out('council-layout.docx');
  writeFileSync(layoutDocx, await writeLayoutDocx());
  convertToPdf(layoutDocx, out('council-layout.pdf'));
  execFileSync('qpdf', ['--encrypt', 'delegate-pass', 'owner-pass', '256', '--', out('council-layout.pdf'), out('encrypted.pdf')]);

  const work = mkdtempSync(path.join(tmpdir(), 'kb-scan-'));
  try {
    const png = path.join(work, 'scan.png');
    execFileSync('convert', ['-size', '1240x1754', 'xc:white', '-fill', 'black', '-draw', 'rectangle 100,100 1100,140', '-draw', 'rectangle 100,200 900,230', png]);
    const scanDocx = path.join(work, 'scan.docx');
    writeFileSync(scanDocx, await writeScanDocx(readFileSync(png)));
    convertToPdf(scanDocx, out('scanned-no-text.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // Hostile archives, derived from the real DOCX.
  const real = unzipSync(readFileSync(out('council-numbering.docx')));
  const realZip = zipSync(real);
  writeFileSync(out('corrupt.docx'), realZip.slice(0, Math.floor(realZip.length * 0.6)));
  const manyEntries: Record<string, Uint8Array> = { ...real };
  for (let index = 0; index < 2100; index++) manyEntries[`x/${index}`] = new Uint8Array(0);
  writeFileSync(out('bomb-many-entries.docx'), zipSync(manyEntries, { level: 0 }));
  writeFileSync(out('bomb-declared-size.docx'), withDeclaredSize(zipSync(real), 'word/document.xml', 0x7fff_ffff));
  const laughs = new TextEncoder().encode(
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>',
  );
  writeFileSync(out('doctype-entities.docx'), zipSync({ ...real, 'word/document.xml': laughs }));
  writeFileSync(out('not-a-document.docx'), zipSync({ 'readme.txt': new TextEncoder().encode('a zip, not a Word document') }));

  // Text in legacy and UTF-16 encodings.
  writeFileSync(out('plain-utf16le-bom.txt'), utf16(plainText, true, true));
  writeFileSync(out('plain-utf16be-nobom.txt'), utf16(plainText, false, false));
  const chinese = `理事会 2026\n文件 C17/18-C\n\n1\t引言\n1.1\t${chineseParagraph}\n`;
  writeFileSync(out('chinese-gb18030.txt'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: chinese }));
  writeFileSync(out('latin1-refused.txt'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'ISO-8859-1'], { input: 'Conseil 2026\nLe Conseil a examiné le rapport et décidé de créer un groupe.\n' }));
  writeFileSync(out('arabic-utf8.txt'), `المجلس 2026\n\n1\t${arabicParagraph}\n`);
}

/** Rewrites the uncompressed size an archive's central directory declares for one entry (a zip bomb's lie). */
function withDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(entryName);
  for (let offset = 0; offset + 46 < bytes.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const candidate = bytes.subarray(offset + 46, offset + 46 + nameLength);
    if (candidate.length === name.length && candidate.every((byte, index) => byte === name[index])) {
      view.setUint32(offset + 24, size, true);
      return bytes;
    }
  }
  throw new Error(`no ${entryName} in the archive`);
}

await main();
