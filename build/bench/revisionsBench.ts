/**
 * Revisions benchmark: two revisions of a synthetic ~100-page report (1,200 paragraphs of
 * reshuffled clauses of the bundled report, labelled as such), the second made by a seeded
 * edit script touching about 3% of the paragraphs (words changed, paragraphs removed, added,
 * split, merged, moved; the paragraphs after an edit in a section renumbered). Timed: the
 * paragraph diff (target ≤ 300 ms) beside a baseline pairing paragraphs by number and comparing
 * their texts, and the same diff of a revision against itself; carrying 1,000 notes across the
 * revision beside re-anchoring them on the unchanged report (what the reader does on opening);
 * and importing the revision as the app does (DocumentsRepository.addRevision: the document, its
 * original and the exact landings among the 1,000 notes in one transaction, on fake-indexeddb).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { withReportId } from '../../renderer/src/core/library/keepBoth';
import { prepareLibraryDocument } from '../../renderer/src/core/library/prepareDocument';
import { makeSelector } from '../../renderer/src/core/notes/anchor';
import { reanchorNotes } from '../../renderer/src/core/notes/reanchorNotes';
import type { Note } from '../../renderer/src/core/notes/types';
import type { Report, Unit } from '../../renderer/src/core/report/types';
import { carryNotes } from '../../renderer/src/core/revisions/carryNotes';
import { carryOnImport } from '../../renderer/src/core/revisions/carryOnImport';
import { diffRevisions } from '../../renderer/src/core/revisions/diffRevisions';
import type { RevisionDiff, RevisionText } from '../../renderer/src/core/revisions/types';
import { DocumentsRepository } from '../../renderer/src/db/documentsRepository';
import { KbDatabase } from '../../renderer/src/db/kbDatabase';
import { readCorpusSources } from '../corpusSources';
import { ms, percentile } from './stats';
import { makeSyntheticCorpus, seededRandom } from './syntheticCorpus';

const PARAGRAPHS = 1_200;
const NOTE_COUNT = 1_000;
const ROUNDS = 15;
const TARGET_MS = 300;
// A printed page of a council report holds about 1,000 Chinese characters.
const CHARACTERS_PER_PAGE = 1_000;

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(46)} ${value}`);
}

interface Samples {
  readonly wall: number[];
  /** CPU time of this process (user + system): steadier than wall time on a machine shared with other jobs. */
  readonly cpu: number[];
}

function timeRuns(run: () => unknown, rounds = ROUNDS): Samples {
  run();
  const samples: Samples = { wall: [], cpu: [] };
  for (let round = 0; round < rounds; round++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    run();
    samples.wall.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    samples.cpu.push((cpu.user + cpu.system) / 1000);
  }
  return samples;
}

function figures(samples: Samples): string {
  return `p50 ${ms(percentile(samples.wall, 50))}, p95 ${ms(percentile(samples.wall, 95))} (CPU p50 ${ms(percentile(samples.cpu, 50))})`;
}

/** The next revision of `report`: about 3% of its paragraphs edited, sections renumbered. */
function revise(report: Report, random: () => number): { revised: Report; edits: Record<string, number> } {
  const edits: Record<string, number> = { words: 0, removed: 0, added: 0, split: 0, merged: 0, moved: 0 };
  const sections = new Map<string, string[]>();
  const moved: string[] = [];
  const paragraphs = report.units.filter((unit) => unit.kind === 'paragraph');
  for (let index = 0; index < paragraphs.length; index++) {
    const unit = paragraphs[index]!;
    const section = unit.section ?? '1';
    const texts = sections.get(section) ?? [];
    sections.set(section, texts);
    const roll = random();
    const clauses = unit.text.split('，');
    if (roll < 0.01) {
      edits['words']! += 1;
      clauses[Math.floor(random() * clauses.length)] = '经修订的表述';
      texts.push(clauses.join('，'));
    } else if (roll < 0.015) edits['removed']! += 1;
    else if (roll < 0.02) {
      edits['added']! += 1;
      texts.push(unit.text, `新增段落${index}：理事会注意到本报告所述活动的最新进展。`);
    } else if (roll < 0.025 && clauses.length > 2) {
      edits['split']! += 1;
      const middle = Math.floor(clauses.length / 2);
      texts.push(`${clauses.slice(0, middle).join('，')}。`, clauses.slice(middle).join('，'));
    } else if (roll < 0.03 && paragraphs[index + 1]?.section === section) {
      edits['merged']! += 1;
      texts.push(`${unit.text}${paragraphs[index + 1]!.text}`);
      index += 1;
    } else if (roll < 0.033) {
      edits['moved']! += 1;
      moved.push(unit.text);
    } else texts.push(unit.text);
  }
  const lastSection = [...sections.keys()].at(-1) ?? '1';
  sections.get(lastSection)?.push(...moved);
  const units: Unit[] = [];
  for (const [section, texts] of sections) {
    texts.forEach((text, index) => {
      const number = `${section}.${index + 1}`;
      units.push({ id: `${report.meta.id}:${number}`, reportId: report.meta.id, number, kind: 'paragraph', text, section });
    });
  }
  return { revised: { ...report, units }, edits };
}

/** The baseline: pair by number only and compare the texts; no moves, splits, merges or word diff. */
function pairByNumber(before: RevisionText, after: RevisionText): { same: number; different: number; unpaired: number } {
  const newByNumber = new Map(after.units.map((unit) => [unit.number, unit.text]));
  let same = 0;
  let different = 0;
  for (const unit of before.units) {
    const text = newByNumber.get(unit.number);
    if (text === unit.text) same += 1;
    else if (text !== undefined) different += 1;
  }
  return { same, different, unpaired: before.units.length - same - different };
}

function makeNotes(report: Report, random: () => number): Note[] {
  return Array.from({ length: NOTE_COUNT }, (_, n): Note => {
    const unit = report.units[Math.floor(random() * report.units.length)]!;
    const length = 6 + Math.floor(random() * 14);
    const start = Math.floor(random() * Math.max(1, unit.text.length - length));
    const hasPassage = random() < 0.7 && unit.text.length > length;
    const createdAt = new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString();
    return {
      id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      target: { reportId: report.meta.id, unitId: unit.id, ...(hasPassage ? { selector: makeSelector(unit.text, { start, end: start + length }) } : {}) },
      anchor: { status: 'anchored' },
      body: '',
      tags: [],
      stance: null,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    };
  });
}

/**
 * Importing `after` as the new revision of `before` with `notes` on it, as the import session
 * does once the file is read and the diff made: each round on a fresh database holding the notes.
 */
async function timeImportWithNotes(before: Report, after: Report, notes: readonly Note[], rounds = 5): Promise<{ samples: Samples; carried: number; toReview: number }> {
  const document = withReportId(prepareLibraryDocument(after, 'imported'), `${before.meta.id}-rev1`);
  const revised = document.report;
  const diff: RevisionDiff = diffRevisions({ units: before.units, language: 'zh' }, { units: revised.units, language: 'zh' });
  const original = new TextEncoder().encode(revised.units.map((unit) => unit.text).join('\n'));
  const samples: Samples = { wall: [], cpu: [] };
  let outcome = { carried: 0, toReview: 0 };
  for (let round = 0; round <= rounds; round++) {
    const db = new KbDatabase(`kb-bench-revisions-${Date.now()}-${round}`, { indexedDB: { indexedDB, IDBKeyRange } });
    await db.notes.bulkPut([...notes]);
    const documents = new DocumentsRepository(db);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await documents.addRevision(document, original, {
      fromReportIds: [before.meta.id],
      carry: (stored) => carryOnImport({ notes: stored, sources: [{ before, oldRevision: 'Rev.0', diff }], after: revised }),
    });
    // The first round warms up.
    if (round > 0) {
      samples.wall.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      samples.cpu.push((cpu.user + cpu.system) / 1000);
    }
    outcome = { carried: result.carried.length, toReview: result.toReview };
    db.close();
    await db.delete();
  }
  return { samples, ...outcome };
}

/** Runs the revisions benchmark and prints its figures. */
export async function runRevisionsBench(): Promise<void> {
  const source = (await readCorpusSources()).reports[0]!;
  const synthetic = makeSyntheticCorpus(source, 1, PARAGRAPHS, 15);
  const before = synthetic.reports[0]!;
  const random = seededRandom(2017);
  const { revised: after, edits } = revise(before, random);
  const oldText: RevisionText = { units: before.units, language: 'zh' };
  const newText: RevisionText = { units: after.units, language: 'zh' };
  console.log(
    `\nRevisions — a synthetic report (reshuffled clauses of ${source.meta.id}) of ${before.units.length.toLocaleString('en')} paragraphs, ` +
      `${synthetic.characters.toLocaleString('en')} characters (~${Math.round(synthetic.characters / CHARACTERS_PER_PAGE)} pages), and its revision ` +
      `(${after.units.length.toLocaleString('en')} paragraphs; edits: ${Object.entries(edits).map(([kind, count]) => `${count} ${kind}`).join(', ')}):`,
  );
  const diff = diffRevisions(oldText, newText);
  line('changes found', Object.entries(diff.summary).map(([kind, count]) => `${count} ${kind}`).join(', '));
  line(`diff of the two revisions (target ≤ ${TARGET_MS} ms)`, figures(timeRuns(() => diffRevisions(oldText, newText))));
  line('  same diff, a revision against itself', figures(timeRuns(() => diffRevisions(oldText, oldText))));
  // The hard case: a term replaced in every paragraph and a paragraph inserted at the top of each
  // section, so that no paragraph keeps both its number and its text.
  const everywhere: RevisionText = {
    language: 'zh',
    units: before.units.flatMap((unit) => {
      const number = unit.number.split('.');
      const renumbered = { ...unit, number: `${number[0]}.${Number(number[1]) + 1}`, text: unit.text.replace('，', '，全面修订，') };
      return number[1] === '1' ? [{ ...unit, text: `第${unit.section ?? ''}节新增的引言段落。` }, renumbered] : [renumbered];
    }),
  };
  const hard = diffRevisions(oldText, everywhere);
  line('  every paragraph edited and renumbered', `${figures(timeRuns(() => diffRevisions(oldText, everywhere), 5))} (${hard.summary.renumbered} renumbered, ${hard.summary.added} added, ${hard.summary.removed} removed)`);
  const baseline = pairByNumber(oldText, newText);
  line('  baseline: pair by number, compare texts', `${figures(timeRuns(() => pairByNumber(oldText, newText)))} (${baseline.same} same, ${baseline.different} different, ${baseline.unpaired} unpaired)`);

  const notes = makeNotes(before, random);
  const carried = carryNotes({ notes, before, after, oldRevision: 'Rev.0', diff });
  line(`carry ${NOTE_COUNT.toLocaleString('en')} notes to the revision (diff given)`, figures(timeRuns(() => carryNotes({ notes, before, after, oldRevision: 'Rev.0', diff }), 5)));
  line('  outcome', Object.entries(carried.summary).map(([status, count]) => `${count} ${status}`).join(', '));
  line('  the same, diff included', figures(timeRuns(() => carryNotes({ notes, before, after, oldRevision: 'Rev.0' }), 5)));
  line('  baseline: re-anchor them on the unchanged report', figures(timeRuns(() => reanchorNotes(notes, before), 5)));
  const imported = await timeImportWithNotes(before, after, notes);
  line(`import the revision, ${NOTE_COUNT.toLocaleString('en')} notes carried in its transaction`, `${figures(imported.samples)} (${imported.carried} carried, ${imported.toReview} left for review; fake-indexeddb)`);
}
