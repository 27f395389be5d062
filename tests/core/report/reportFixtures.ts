import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ReportInputError } from '../../../renderer/src/core/report/index';
import type { Report, ReportMeta, Unit } from '../../../renderer/src/core/report/types';

const dataDirectory = new URL('../../../data/', import.meta.url);

export const BUNDLED_REPORT_ID = 'c17-res130-zh';

/** Metadata for hand-written test reports. */
export function testMeta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    id: 'test-report',
    title: 'Title from the manifest',
    language: 'en',
    session: 2017,
    subject: 'Resolution 130',
    ...overrides,
  };
}

/** The bundled report's manifest entry and raw bytes, read from data/ as the build does. */
export function readBundledReport(): { readonly meta: ReportMeta; readonly fileName: string; readonly bytes: Uint8Array } {
  const manifest: unknown = JSON.parse(readFileSync(new URL('manifest.json', dataDirectory), 'utf8'));
  const entry = manifestEntries(manifest).find((candidate) => candidate.meta.id === BUNDLED_REPORT_ID);
  if (entry === undefined) throw new Error(`manifest has no entry ${BUNDLED_REPORT_ID}`);
  return { ...entry, bytes: new Uint8Array(readFileSync(new URL(entry.fileName, dataDirectory))) };
}

function manifestEntries(manifest: unknown): { meta: ReportMeta; fileName: string }[] {
  if (!isRecord(manifest) || !Array.isArray(manifest.reports)) throw new Error('manifest has no reports list');
  return manifest.reports.map((entry: unknown) => {
    if (!isRecord(entry)) throw new Error('manifest entry is not an object');
    const { id, file, title, language, session, subject, body } = entry;
    if (
      typeof id !== 'string' ||
      typeof file !== 'string' ||
      typeof title !== 'string' ||
      typeof language !== 'string' ||
      typeof session !== 'number' ||
      typeof subject !== 'string'
    ) {
      throw new Error(`manifest entry ${String(id)} is malformed`);
    }
    const meta: ReportMeta = { id, title, language, session, subject, ...(typeof body === 'string' ? { body } : {}) };
    return { meta, fileName: file };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** number → text for every unit, in document order: the shape most assertions compare. */
export function outline(report: Report): [string, string][] {
  return report.units.map((unit) => [unit.number, unit.text]);
}

/** The unit with the given number; fails the test when there is none. */
export function unitNumbered(report: Report, number: string): Unit {
  const unit = report.units.find((candidate) => candidate.number === number);
  if (unit === undefined) throw new Error(`no unit numbered ${number} in ${outline(report).map(([n]) => n).join(', ')}`);
  return unit;
}

/** Runs `action` and returns the ReportInputError it throws; fails if it throws anything else or nothing. */
export function captureInputError(action: () => unknown): ReportInputError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportInputError);
    if (error instanceof ReportInputError) return error;
  }
  throw new Error('expected a ReportInputError, but nothing was thrown');
}

/** Encodes text as UTF-16 with a byte-order mark, without Node's Buffer, as a Windows editor saves it. */
export function utf16WithByteOrderMark(text: string, endianness: 'le' | 'be'): Uint8Array {
  const units = `\uFEFF${text}`;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index += 1) {
    const code = units.charCodeAt(index);
    const [first, second] = endianness === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[index * 2] = first;
    bytes[index * 2 + 1] = second;
  }
  return bytes;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * A small English report in the bundled report's layout (wrapped title, summary, two
 * sections, footer) and the outline it must parse to, whatever the tolerated variation.
 */
export const SAMPLE_LINES: readonly string[] = [
  ' \tActivities of ITU related to',
  'Resolution 130',
  '',
  '',
  '\tSummary',
  'This report summarises the work since 2016.',
  ' Council is invited to note the report.',
  ' 1\tCybersecurity',
  '1.1\tFirst paragraph of section one.',
  '1.2\tSecond paragraph, with 16.2 million users.',
  '2\tLegal measures',
  '2.1\tOnly paragraph of section two.',
  '',
  '',
  '_______________',
  '• http://www.itu.int/council •',
  ' ',
];

export const SAMPLE_OUTLINE: [string, string][] = [
  ['title', 'Activities of ITU related to Resolution 130'],
  ['summary.1', 'This report summarises the work since 2016.'],
  ['summary.2', 'Council is invited to note the report.'],
  ['1', 'Cybersecurity'],
  ['1.1', 'First paragraph of section one.'],
  ['1.2', 'Second paragraph, with 16.2 million users.'],
  ['2', 'Legal measures'],
  ['2.1', 'Only paragraph of section two.'],
];

/** Joins lines into a report text. */
export function reportText(lines: readonly string[], lineEnd = '\n'): string {
  return lines.join(lineEnd);
}
