/**
 * Every fixture under tests/fixtures/documents (our own texts in the layouts of real ITU
 * documents) parsed and compared with the structure written beside it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureStructure, readStructureSamples } from '../../../build/bench/structureMeasure';
import { parseReportText } from '../../../renderer/src/core/report/index';

const fixtureDirectory = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));
const samples = await readStructureSamples(fixtureDirectory);

describe('document fixtures', () => {
  it('has at least 24 documents covering the six languages and every layout', () => {
    expect(samples.length).toBeGreaterThanOrEqual(24);
    expect(new Set(samples.map((sample) => sample.expected.language))).toEqual(new Set(['ar', 'zh', 'en', 'fr', 'ru', 'es']));
    expect(new Set(samples.map((sample) => sample.expected.layout))).toEqual(
      new Set(['council', 'summary-record', 'resolution', 'pdf-text', 'repeated', 'information-note', 'conference']),
    );
  });

  it.each(samples.map((sample) => [sample.name, sample] as const))('%s parses to its expected structure', (_name, sample) => {
    const report = parseReportText(sample.text, {}, sample.name);
    expect(report.meta.title).toBe(sample.expected.title);
    for (const [key, value] of Object.entries(sample.expected.meta)) expect(report.meta, key).toHaveProperty(key, value);
    expect(report.units.filter((unit) => unit.kind !== 'header').map((unit) => [unit.number, unit.kind])).toEqual(sample.expected.units);
    const score = measureStructure(sample.name, sample.text, sample.expected);
    expect(score.coverage).toBe(1);
  });

  it('numbers the same Council document identically in its six language versions', () => {
    const versions = samples.filter((sample) => sample.name.includes('c17-99-'));
    expect(versions.map((sample) => sample.expected.language).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    const numberings = versions.map((sample) => parseReportText(sample.text, {}, sample.name).units.map((unit) => `${unit.number} ${unit.kind}`));
    for (const numbering of numberings) expect(numbering).toEqual(numberings[0]);
  });

  it('derives ids from symbol, revision and language', () => {
    const ids = samples.map((sample) => parseReportText(sample.text, {}, sample.name).meta.id);
    expect(ids).toContain('c17-99-en');
    expect(ids).toContain('c17-99-zh');
    expect(ids).toContain('c17-45-rev1-fr');
    expect(ids).toContain('c17-21-add1-es');
    expect(ids).toContain('c17-inf-3-en');
  });

  it('lets the manifest win over what the document prints', () => {
    const sample = samples.find((candidate) => candidate.name.endsWith('c17-99-fr.txt'));
    if (sample === undefined) throw new Error('fixture c17-99-fr.txt is missing');
    const report = parseReportText(sample.text, { id: 'my-id', title: 'Mon titre', language: 'fr-CH', agendaItem: 'PL 9' }, sample.name);
    expect(report.meta).toMatchObject({ id: 'my-id', title: 'Mon titre', language: 'fr-CH', agendaItem: 'PL 9', symbol: 'C17/99', date: '2017-04-10' });
    expect(report.units[0]?.id).toBe('my-id:title');
  });
});
