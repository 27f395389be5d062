/**
 * Notes benchmark: 10,000 synthetic notes on 50 synthetic reports (1,000 of them on one report),
 * stored through the app's own database and repository, then the queries the notes panel, the
 * all-notes view and the reader run, each beside the same work on a plain in-memory array of
 * the same notes (the floor any storage adds to). IndexedDB here is fake-indexeddb, an
 * in-memory implementation in JavaScript: the figures show the cost of our queries and code,
 * not of Chromium's IndexedDB on disk (notesBrowserBench.ts measures that, with the same notes).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { makeSelector } from '../../renderer/src/core/notes/anchor';
import { filterNotes, sortNotes, unitOrderOf, type NoteFilter } from '../../renderer/src/core/notes/noteFilters';
import { countTags } from '../../renderer/src/core/notes/tags';
import { STANCES, type Note, type NoteTarget } from '../../renderer/src/core/notes/types';
import type { Report } from '../../renderer/src/core/report/types';
import { KbDatabase } from '../../renderer/src/db/kbDatabase';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { readCorpusSources } from '../corpusSources';
import { makeSyntheticCorpus, seededRandom } from './syntheticCorpus';
import { ms, percentile } from './stats';

export const NOTE_COUNT = 10_000;
export const REPORT_COUNT = 50;
export const READER_REPORT_NOTES = 1_000;
const ROUNDS = 20;
const TARGET_MS = 100;
const TAGS = [
  'budget', 'COP', 'CIRT', 'GCA', 'capacity building', 'SG17', 'X.509', 'WSIS C5', 'Africa', 'Arab region',
  'Americas', 'Asia-Pacific', 'Europe', 'ENISA', 'UNODC', 'IoT', 'identity', 'spam', 'legal', 'exercise',
  '预算', '网络安全', '保护上网儿童', '能力建设', '国际合作', 'follow up with secretariat', 'ask delegation', 'statistics', 'Nepal', 'Sudan',
];

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(34)} ${value}`);
}

/** Milliseconds of each run of `run`, after one warm-up run. */
async function timeAsync(run: () => Promise<unknown>, rounds = ROUNDS): Promise<number[]> {
  await run();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

function timeSync(run: () => unknown, rounds = ROUNDS): number[] {
  run();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples;
}

function figures(samples: readonly number[]): string {
  return `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))}`;
}

/**
 * 10,000 notes: READER_REPORT_NOTES on the first report, the rest spread over the others; 2 %
 * are tombstones. The browser benchmark (notesBrowserBench.ts) stores the same notes.
 */
export function makeNotes(reports: readonly Report[]): Note[] {
  const random = seededRandom(4);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const notes: Note[] = [];
  for (let n = 0; n < NOTE_COUNT; n++) {
    const report = n < READER_REPORT_NOTES ? reports[0]! : reports[1 + (n % (reports.length - 1))]!;
    const unit = pick(report.units);
    let target: NoteTarget = { reportId: report.meta.id, unitId: unit.id };
    if (random() < 0.6 && unit.text.length > 2) {
      const start = Math.floor(random() * (unit.text.length - 1));
      const end = Math.min(unit.text.length, start + 2 + Math.floor(random() * 30));
      target = { ...target, selector: makeSelector(unit.text, { start, end }) };
    }
    const time = new Date(Date.UTC(2017, 0, 1) + n * 60_000).toISOString();
    notes.push({
      id: crypto.randomUUID(),
      target,
      anchor: { status: 'anchored' },
      body: `Note ${n}: ${unit.text.slice(0, 40 + Math.floor(random() * 120))}`,
      tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))],
      stance: random() < 0.8 ? pick(STANCES) : null,
      createdAt: time,
      updatedAt: time,
      deletedAt: random() < 0.02 ? time : null,
    });
  }
  return notes;
}

/** Runs the notes benchmark and prints its figures. */
export async function runNotesBench(): Promise<void> {
  const source = (await readCorpusSources()).reports[0]!;
  const corpus = makeSyntheticCorpus(source, REPORT_COUNT, 50, 130);
  const order = unitOrderOf(corpus.units);
  const notes = makeNotes(corpus.reports);
  const readerReport = corpus.reports[0]!;
  const otherReport = corpus.reports[1]!;
  console.log(
    `\nNotes — ${NOTE_COUNT.toLocaleString('en')} synthetic notes on ${REPORT_COUNT} synthetic reports, stored with the app's Dexie database on fake-indexeddb (in-memory JavaScript in Node, not Chromium's IndexedDB):`,
  );
  const db = new KbDatabase(`kb-bench-${Date.now()}`, { indexedDB: { indexedDB, IDBKeyRange } });
  try {
    const repository = new NotesRepository(db);
    let started = performance.now();
    await db.transaction('rw', db.notes, () => db.notes.bulkAdd(notes));
    line(`insert ${NOTE_COUNT.toLocaleString('en')} (one transaction)`, ms(performance.now() - started));

    const createSamples: number[] = [];
    for (let n = 0; n < 200; n++) {
      started = performance.now();
      await repository.create({ target: { reportId: otherReport.meta.id, unitId: otherReport.units[n % 50]!.id }, body: `extra ${n}`, tags: ['budget'] });
      createSamples.push(performance.now() - started);
    }
    line('save one note (create, p50 / p95)', `${figures(createSamples)}   (200 saves, each its own transaction)`);

    const all = await repository.listAll();
    const loadAll = await timeAsync(() => repository.listAll(), 10);
    const liveCount = all.filter((note) => note.deletedAt === null).length;
    const reportNoteCount = all.filter((note) => note.target.reportId === otherReport.meta.id && note.deletedAt === null).length;
    line('load all notes (all-notes view)', `${figures(loadAll)}   (once per view; then filters run in memory)`);
    console.log(`  p50 / p95 over ${ROUNDS} runs after a warm-up; in-memory = same filter and sort on the loaded array (baseline, and what the all-notes view does per filter change); target ≤ ${TARGET_MS} ms`);

    const queries: Array<{ name: string; db: () => Promise<unknown>; memory: () => unknown }> = [
      {
        name: `report in document order (${reportNoteCount})`,
        db: () => repository.listForReport(otherReport.meta.id, order),
        memory: () => sortNotes(filterNotes(all, { reportId: otherReport.meta.id }), 'document', order),
      },
      ...([{ tags: ['budget'] }, { stances: ['concern'] }, { tags: ['网络安全'], stances: ['question'] }] satisfies NoteFilter[]).map(
        (filter) => ({
          name: `all notes, ${JSON.stringify(filter)}`,
          db: () => repository.list(filter, 'updated'),
          memory: () => sortNotes(filterNotes(all, filter), 'updated'),
        }),
      ),
      {
        name: `all notes, no filter (${liveCount.toLocaleString('en')})`,
        db: () => repository.list({}, 'updated'),
        memory: () => sortNotes(filterNotes(all, {}), 'updated'),
      },
      {
        name: 'all notes, text "secretariat"',
        db: () => repository.list({ text: 'secretariat' }, 'updated'),
        memory: () => sortNotes(filterNotes(all, { text: 'secretariat' }), 'updated'),
      },
      {
        name: 'tags with counts (completion)',
        db: () => repository.tags(),
        memory: () => countTags(all.filter((note) => note.deletedAt === null)),
      },
    ];
    for (const query of queries) {
      const stored = await timeAsync(query.db);
      const memory = timeSync(query.memory);
      console.log(`  ${query.name}`);
      line('  database p50 / p95', `${figures(stored)}${percentile(stored, 95) <= TARGET_MS ? '' : '   over target'}`);
      line('  in-memory p50 / p95', figures(memory));
    }

    // The all-notes view filters in memory on every keystroke: the text typed letter by letter.
    const typed = ['s', 'se', 'sec', 'secr', 'secretariat', '网', '网络', '网络安全'];
    const perKeystroke = timeSync(() => {
      for (const text of typed) sortNotes(filterNotes(all, { text }), 'updated');
    }).map((total) => total / typed.length);
    line('all-notes view, per keystroke', `${figures(perKeystroke)}   (in memory, ${typed.length} prefixes typed; a frame is 16 ms)`);

    const readerCount = all.filter((note) => note.target.reportId === readerReport.meta.id && note.deletedAt === null).length;
    console.log(`  reader open: report with ${readerCount.toLocaleString('en')} live notes (${readerReport.units.length} units)`);
    const load = await timeAsync(() => repository.listForReport(readerReport.meta.id, order));
    const reanchor = await timeAsync(() => repository.reanchorReport(readerReport.meta.id, readerReport));
    const open = await timeAsync(async () => {
      await repository.reanchorReport(readerReport.meta.id, readerReport);
      return repository.listForReport(readerReport.meta.id, order);
    });
    line('  load, document order p50 / p95', figures(load));
    line('  re-anchor check (text unchanged)', figures(reanchor));
    line('  both (what the reader does)', `${figures(open)}${percentile(open, 95) <= TARGET_MS ? '' : '   over target'}`);
    line('  in-memory sort baseline', figures(timeSync(() => sortNotes(filterNotes(all, { reportId: readerReport.meta.id }), 'document', order))));
  } finally {
    db.close();
    await db.delete();
  }
}
