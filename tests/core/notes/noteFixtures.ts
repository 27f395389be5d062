/** Shared builders for notes and links, and the bundled report as anchoring needs it. */
import type { Link, Note, NoteTarget } from '../../../renderer/src/core/notes/types';
import type { Report, Unit } from '../../../renderer/src/core/report/types';
import { bundledReport } from '../../fixtures/bundledCorpus';

/** A deterministic UUID for test record number `n`. */
export function testUuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** An ISO time `minutes` after a fixed origin. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2017, 4, 15, 9, 0) + minutes * 60_000).toISOString();
}

/** A live, anchored note on a whole unit, with fields overridden. */
export function makeNote(overrides: Partial<Note> = {}): Note {
  const target: NoteTarget = overrides.target ?? { reportId: 'r', unitId: 'r:1' };
  return {
    id: testUuid(1),
    target,
    anchor: { status: 'anchored' },
    body: 'A note',
    tags: [],
    stance: null,
    createdAt: at(0),
    updatedAt: at(0),
    deletedAt: null,
    ...overrides,
  };
}

/** A live link from a unit to another, with fields overridden. */
export function makeLink(overrides: Partial<Link> = {}): Link {
  return {
    id: testUuid(1001),
    from: { kind: 'unit', reportId: 'r', unitId: 'r:1' },
    to: { reportId: 'r', unitId: 'r:2' },
    label: '',
    createdAt: at(0),
    updatedAt: at(0),
    deletedAt: null,
    ...overrides,
  };
}

/** The bundled report parsed by the real parser. */
export function realReport(): Report {
  return bundledReport();
}

/** A unit of the bundled report by number. */
export function realUnit(number: string): Unit {
  const unit = realReport().units.find((candidate) => candidate.number === number);
  if (unit === undefined) throw new Error(`the bundled report has no unit ${number}`);
  return unit;
}

/** The bundled report with some units' texts replaced (a corrected edition); null removes the unit. */
export function editedReport(edits: Readonly<Record<string, string | null>>): Report {
  const report = realReport();
  const units = report.units.flatMap((unit): Unit[] => {
    const edit = edits[unit.number];
    if (edit === undefined) return [unit];
    return edit === null ? [] : [{ ...unit, text: edit }];
  });
  return { ...report, units };
}

/** The [start, end) UTF-16 range of the first occurrence of `passage` in `text`; throws when absent. */
export function rangeOf(text: string, passage: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(passage, from);
  if (start === -1) throw new Error(`"${passage}" is not in the text`);
  return { start, end: start + passage.length };
}
