/**
 * `kb diff <old> <new> [--json] [--language L]`: the paragraph changes between two revisions
 * of a report, both plain-text report files (parsed with the core parser under one synthetic
 * report id, so that unit ids agree). With --json, stdout is
 * `{summary: {changed, added, removed, moved, renumbered, split, merged, unchanged},
 *   changes: [{kind, old, new: [{number, text}], inline?: [{op, text}]}]}`: every entry but the
 * unchanged ones, in reading order of the new revision; `old` is `{number, text}`, null for an
 * added paragraph, and an array of them for a merge (several old paragraphs). `inline` is the
 * word-by-word comparison (ops equal, insert, delete; a split's or merge's several paragraphs
 * joined by U+2029). Without --json, one line per change.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseReportFile } from '../../renderer/src/core/report/parseReport';
import type { Report, Unit } from '../../renderer/src/core/report/types';
import { diffRevisions } from '../../renderer/src/core/revisions/diffRevisions';
import type { RevisionChange } from '../../renderer/src/core/revisions/types';
import { guessLanguage } from './guessLanguage';

/** A wrong command line (exit code 2), as opposed to bad input (exit code 1). */
export class DiffUsageError extends Error {
  override readonly name = 'DiffUsageError';
}

const REPORT_ID = 'revision';

async function readReport(file: string, language: string | undefined): Promise<Report> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const meta = {
    id: REPORT_ID,
    title: path.basename(file),
    language: language ?? guessLanguage(new TextDecoder().decode(bytes.subarray(0, 4096))),
    session: 0,
    subject: '',
  };
  const report = parseReportFile(bytes, file, meta);
  for (const warning of report.warnings) process.stderr.write(`kb: warning: ${file}: ${warning}\n`);
  return report;
}

function printed(unit: Unit): { number: string; text: string } {
  return { number: unit.number, text: unit.text };
}

function changeJson(change: RevisionChange) {
  const old = change.old.map(printed);
  return {
    kind: change.kind,
    old: old.length === 0 ? null : old.length === 1 ? old[0] : old,
    new: change.new.map(printed),
    ...(change.inline === undefined ? {} : { inline: change.inline }),
  };
}

function changeLine(change: RevisionChange): string {
  const numbers = (units: readonly Unit[]): string => (units.length === 0 ? '—' : units.map((unit) => unit.number).join('+'));
  const text =
    change.inline?.map((segment) => (segment.op === 'equal' ? segment.text : segment.op === 'delete' ? `[-${segment.text}-]` : `{+${segment.text}+}`)).join('') ??
    (change.new[0] ?? change.old[0])?.text ??
    '';
  return `${change.kind}\t${numbers(change.old)} → ${numbers(change.new)}\t${text.replaceAll('\u2029', ' ¶ ')}`;
}

/** Runs `kb diff` with the arguments after the command name. */
export async function run(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean', default: false }, language: { type: 'string' } } });
  } catch (error) {
    throw new DiffUsageError(`diff: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  const [oldFile, newFile] = positionals;
  if (oldFile === undefined || newFile === undefined || positionals.length > 2) throw new DiffUsageError('diff needs exactly two report files: <old> <new>');
  if (values.language !== undefined && values.language.trim() === '') throw new DiffUsageError('--language needs a language tag');
  const before = await readReport(oldFile, values.language);
  const after = await readReport(newFile, values.language);
  const diff = diffRevisions({ units: before.units, language: before.meta.language }, { units: after.units, language: after.meta.language });
  const changes = diff.changes.filter((change) => change.kind !== 'unchanged');
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ summary: diff.summary, changes: changes.map(changeJson) }, null, 2)}\n`);
    return;
  }
  const counts = Object.entries(diff.summary)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`);
  process.stdout.write(`${[counts.join(', '), ...changes.map(changeLine)].join('\n')}\n`);
}
