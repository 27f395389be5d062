/**
 * The build reads what the manifest lists in any format the app imports: a Word file (its
 * automatic paragraph numbers computed as Word shows them), a PDF (lines rebuilt into
 * paragraphs) and plain text, with the manifest's metadata winning; the library files it ships
 * hold them like any report. A file it cannot read stops the build, naming the file.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusSources } from '../../build/corpusSources';
import { writeLibraryFiles } from '../../build/libraryFiles';
import { extractEntities } from '../../renderer/src/core/entities/extractEntities';
import { isLibraryFile, isSearchManifest, searchManifestFileName } from '../../renderer/src/core/library/libraryFiles';
import { libraryFolderFixtures } from './libraryFolderFixtures';

const { importFixtures, documentFixtures, temporaryDirectory } = libraryFolderFixtures();

const base = { session: 2026, subject: 'Council working group', body: 'ITU Council' };

/** A data folder with a manifest listing `entries` (each copied from `source` to `file`). */
function dataFolder(entries: ReadonlyArray<{ id: string; title: string; language: string; file: string; source: string }>): string {
  const folder = temporaryDirectory('kb-data-');
  for (const entry of entries) copyFileSync(entry.source, path.join(folder, entry.file));
  const reports = entries.map(({ source: _source, ...entry }) => ({ ...entry, ...base }));
  writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify({ reports }));
  return path.join(folder, 'manifest.json');
}

describe('readCorpusSources', () => {
  it('reads DOCX, PDF and text entries with the import readers, the manifest’s metadata winning', async () => {
    const manifest = dataFolder([
      { id: 'wg-report-docx', title: 'Working group report (Word)', language: 'en', file: 'wg.docx', source: path.join(importFixtures, 'council-numbering.docx') },
      { id: 'wg-layout-pdf', title: 'Working group layout (PDF)', language: 'en', file: 'layout.pdf', source: path.join(importFixtures, 'council-layout.pdf') },
      { id: 'language-policy', title: 'Language policy', language: 'en', file: 'policy.txt', source: path.join(documentFixtures, 'council/c17-60-en.txt') },
    ]);
    const { reports } = await readCorpusSources(manifest);
    expect(reports.map((report) => [report.meta.id, report.meta.title, report.meta.session, report.meta.subject])).toEqual([
      ['wg-report-docx', 'Working group report (Word)', 2026, 'Council working group'],
      ['wg-layout-pdf', 'Working group layout (PDF)', 2026, 'Council working group'],
      ['language-policy', 'Language policy', 2026, 'Council working group'],
    ]);
    const [docx, pdf, text] = reports;
    // Word's automatic numbers, which are not in the document's text, number the paragraphs.
    expect(docx?.units.find((unit) => unit.number === '1.1')?.text).toBe('It reviewed the financial plan.');
    expect(docx?.units.find((unit) => unit.number === '2.2')?.text).toMatch(/^The group agreed on the estimate\./u);
    // The PDF's lines make whole paragraphs; its Chinese paragraph is whole, with no spaces put in.
    expect(pdf?.units.find((unit) => unit.number === '2.1')?.text).toContain('理事会注意到秘书处关于频谱协调和区域讲习班的报告，并请秘书长在下届会议前提交资源估算。');
    expect(pdf?.units.filter((unit) => unit.kind === 'paragraph').length).toBeGreaterThan(15);
    expect(text?.units.find((unit) => unit.number === '2.2.1')?.text).toBe('The cost per page fell by 4 per cent thanks to computer-assisted translation.');
    for (const report of reports) expect(report.units.every((unit) => unit.id === `${report.meta.id}:${unit.number}`)).toBe(true);
  });

  it('ships them as the app loads any report: in library.json, each with its report file and its units in a search segment', async () => {
    const manifest = dataFolder([
      { id: 'wg-report-docx', title: 'Working group report (Word)', language: 'en', file: 'wg.docx', source: path.join(importFixtures, 'council-numbering.docx') },
      { id: 'wg-layout-pdf', title: 'Working group layout (PDF)', language: 'en', file: 'layout.pdf', source: path.join(importFixtures, 'council-layout.pdf') },
    ]);
    const { reports } = await readCorpusSources(manifest);
    const out = temporaryDirectory('kb-generated-');
    await writeLibraryFiles(out, reports, extractEntities(reports));
    const library: unknown = JSON.parse(readFileSync(path.join(out, 'library.json'), 'utf8'));
    if (!isLibraryFile(library)) throw new Error('library.json is not a library file');
    expect(library.documents.map((entry) => [entry.meta.id, entry.units])).toEqual(reports.map((report) => [report.meta.id, report.units.length]));
    const segment = JSON.parse(readFileSync(path.join(out, library.segments[0] ?? ''), 'utf8'));
    expect(segment.units.map((unit: { id: string }) => unit.id)).toEqual(reports.flatMap((report) => report.units.map((unit) => unit.id)));
    // The search worker's manifest lists the same documents, segments and facets.
    const searchManifest: unknown = JSON.parse(readFileSync(path.join(out, searchManifestFileName), 'utf8'));
    if (!isSearchManifest(searchManifest)) throw new Error(`${searchManifestFileName} is not a search manifest`);
    expect(searchManifest.documents).toEqual(reports.map((report) => ({ id: report.meta.id, units: report.units.length })));
    expect([searchManifest.segments, searchManifest.facets]).toEqual([library.segments, library.facets]);
  });

  it('stops at a file it cannot read, naming it and the reason', async () => {
    const manifest = dataFolder([{ id: 'broken', title: 'Broken', language: 'en', file: 'broken.docx', source: path.join(importFixtures, 'corrupt.docx') }]);
    await expect(readCorpusSources(manifest)).rejects.toThrow(/broken\.docx.*the ZIP archive is damaged/u);
  });
});
