/**
 * Notes in real Chromium: the built web app on a temporary copy with a synthetic 50-report
 * corpus, in a persistent browser profile (on-disk IndexedDB; a playwright context without a
 * profile is incognito, whose IndexedDB lives in memory). The 10,000 notes of the Node notes
 * benchmark are written into the app's own database (the `notes` store, as Dexie stores them)
 * in one IndexedDB transaction, then the page is reloaded and timed:
 *
 * - navigation to #/notes until the all-notes view shows its first screen of rows (read first,
 *   on the updatedAt index), and, separately, until the full list is ready (its count shown);
 * - each filter (report, tag, stance) from the select's change event to the updated count;
 * - navigation to the report with 1,000 notes, in stages: its text, its highlights (every unit
 *   holding a passage marked), its notes panel (count shown, first rows listed; the list is
 *   windowed), all three; cold (after a reload) and warm (the app running), each against the
 *   same navigation with 0 notes in the same run, with the cost of the notes (target ≤ 100 ms)
 *   and the split given by the app's performance entries (notes read, passages placed,
 *   sections grouped).
 *
 * Baselines from the same run: the same navigations before any note was stored, a raw
 * IndexedDB getAll of the same rows in the page, and a raw cursor over the newest rows. Times
 * are in-page (performance.now from the hash change or the change event to the DOM mutation
 * that completes the view), plus the next animation frame (painted). Figures only: nothing here asserts a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Note } from '../../renderer/src/core/notes/types';
import { chromiumArgs, findChromium } from '../chromium';
import { readCorpusSources } from '../corpusSources';
import { buildRendererIfStale } from '../rendererBuild';
import { startWebServer } from '../webServer';
import { makeNotes, NOTE_COUNT, REPORT_COUNT } from './notesBench';
import { servedBuild } from './servedBuild';
import { makeSyntheticCorpus } from './syntheticCorpus';
import { ms, percentile } from './stats';

const RUNS = 9;
const TARGET_MS = 100;

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(52)} ${value}`);
}

/** What completes a view: every selector present at least `count` times. */
interface ReadyWhen {
  readonly selector: string;
  readonly count: number;
}

interface Timing {
  /** Start to the DOM mutation that completed the view. */
  readonly toDom: number;
  /** Start to the next animation frame after it (painted). */
  readonly toFrame: number;
}

/**
 * In-page code is passed as source text: the TypeScript loader (tsx/esbuild) wraps named inner
 * functions in a `__name` helper that exists in Node, not in the page. The probe starts its
 * clock at `start` ('hash': when it sets location.hash; 'change': at the next change event) and
 * times each stage (a list of selectors) until it is first complete; it resolves with one Timing
 * per stage once the last is complete.
 */
function probeScript(start: { hash: string } | 'change', ...stages: ReadonlyArray<readonly ReadyWhen[]>): string {
  return `new Promise((resolve, reject) => {
    const stages = ${JSON.stringify(stages)};
    const isReady = (ready) => ready.every((want) => document.querySelectorAll(want.selector).length >= want.count);
    const timings = stages.map(() => null);
    let started = null;
    const observer = new MutationObserver(() => {
      if (started === null) return;
      stages.forEach((ready, index) => {
        if (timings[index] !== null || !isReady(ready)) return;
        const toDom = performance.now() - started;
        timings[index] = { toDom, toFrame: null };
        requestAnimationFrame(() => {
          timings[index].toFrame = performance.now() - started;
          if (timings.every((timing) => timing !== null && timing.toFrame !== null)) resolve(timings);
        });
      });
      if (timings.every((timing) => timing !== null)) {
        observer.disconnect();
        clearTimeout(timer);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('not ready after 20 s: ' + JSON.stringify(stages.flat().map((want) => [want.selector, document.querySelectorAll(want.selector).length]))));
    }, 20000);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const start = ${JSON.stringify(start)};
    if (start === 'change') {
      document.addEventListener('change', () => { started = performance.now(); window.__kbStarted = started; }, { capture: true, once: true });
    } else {
      started = performance.now();
      window.__kbStarted = started;
      location.hash = start.hash;
    }
  })`;
}

/** Time from the last probe's start to the first `name` mark after it (NaN if none). */
async function markAfterStart(page: Page, name: string): Promise<number> {
  const value: unknown = await page.evaluate(`(() => {
    const entry = performance.getEntriesByName(${JSON.stringify(name)}).find((mark) => mark.startTime >= window.__kbStarted);
    return entry === undefined ? null : entry.startTime - window.__kbStarted;
  })()`);
  return typeof value === 'number' ? value : Number.NaN;
}

/** The first `name` measure after the last probe's start: when it began (from the start) and how long it took. */
async function measureAfterStart(page: Page, name: string): Promise<{ begin: number; duration: number }> {
  const value: unknown = await page.evaluate(`(() => {
    const entry = performance.getEntriesByName(${JSON.stringify(name)}).find((measure) => measure.startTime >= window.__kbStarted);
    return entry === undefined ? null : [entry.startTime - window.__kbStarted, entry.duration];
  })()`);
  const [begin = Number.NaN, duration = Number.NaN] = numbers(value);
  return { begin, duration };
}

function asTiming(value: unknown): Timing {
  if (typeof value === 'object' && value !== null && 'toDom' in value && 'toFrame' in value) {
    const { toDom, toFrame } = value;
    if (typeof toDom === 'number' && typeof toFrame === 'number') return { toDom, toFrame };
  }
  throw new Error(`the probe returned ${JSON.stringify(value)}`);
}

function asTimings(value: unknown): Timing[] {
  if (!Array.isArray(value)) throw new Error(`the probe returned ${JSON.stringify(value)}`);
  return value.map(asTiming);
}

/** Goes to `hash` and times each stage; starts from `away` so that the view mounts afresh. */
async function timeNavigationStages(page: Page, away: string, hash: string, ...stages: ReadonlyArray<readonly ReadyWhen[]>): Promise<Timing[]> {
  await page.evaluate(`location.hash = ${JSON.stringify(away)}`);
  await page.waitForTimeout(150);
  return asTimings(await page.evaluate(probeScript({ hash }, ...stages)));
}

/** Goes to `hash` and times until `ready`; starts from `away` so that the view mounts afresh. */
async function timeNavigation(page: Page, away: string, hash: string, ready: readonly ReadyWhen[]): Promise<Timing> {
  const [timing] = await timeNavigationStages(page, away, hash, ready);
  if (timing === undefined) throw new Error('the probe returned no timing');
  return timing;
}

/** Picks `value` in the select labelled by the filter's name and times until `ready`. */
async function timeFilter(page: Page, selectIndex: number, value: string, ready: readonly ReadyWhen[]): Promise<Timing> {
  const probe = page.evaluate(probeScript('change', ready));
  // Let the probe install its listener before the change happens.
  await page.waitForTimeout(20);
  await page.locator('.notes-filters select').nth(selectIndex).selectOption(value);
  const [timing] = asTimings(await probe);
  if (timing === undefined) throw new Error('the probe returned no timing');
  return timing;
}

function figures(samples: readonly Timing[], withTarget = false): string {
  const dom = samples.map((sample) => sample.toDom);
  const frame = samples.map((sample) => sample.toFrame);
  const verdict = withTarget ? (percentile(frame, 95) <= TARGET_MS ? '   within target' : '   over target') : '';
  return `p50 ${ms(percentile(dom, 50))} / p95 ${ms(percentile(dom, 95))}; painted p50 ${ms(percentile(frame, 50))} / p95 ${ms(percentile(frame, 95))}${verdict}`;
}

async function repeat<T>(runs: number, run: () => Promise<T>): Promise<T[]> {
  const samples: T[] = [];
  for (let index = 0; index < runs; index++) samples.push(await run());
  return samples;
}

/** Writes the notes as Dexie stores them (inbound `id` key) in one transaction; resolves on commit. */
const seedScript = (notes: readonly Note[]): string => `new Promise((resolve, reject) => {
  const notes = ${JSON.stringify(notes)};
  const request = indexedDB.open('itu-council-kb');
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const started = performance.now();
    const transaction = db.transaction('notes', 'readwrite', { durability: 'strict' });
    for (const note of notes) transaction.objectStore('notes').put(note);
    transaction.oncomplete = () => { db.close(); resolve(performance.now() - started); };
    transaction.onerror = () => reject(transaction.error);
  };
})`;

/**
 * In-page source that opens the app's database and times `read` (source of a function
 * `(db, done, fail) => void` that calls done when its read is over) `runs` times after a warm-up.
 */
const timedReadScript = (read: string, runs: number): string => `new Promise((resolve, reject) => {
  const request = indexedDB.open('itu-council-kb');
  request.onerror = () => reject(request.error);
  request.onsuccess = async () => {
    const db = request.result;
    const read = ${read};
    const samples = [];
    for (let run = 0; run <= ${runs}; run++) {
      const started = performance.now();
      await new Promise((done, fail) => read(db, done, fail));
      if (run > 0) samples.push(performance.now() - started);
    }
    db.close();
    resolve(samples);
  };
})`;

/** Times a raw getAll (the whole store, or one report through its index) in the page. */
const getAllScript = (reportId: string | null, runs: number): string =>
  timedReadScript(
    `(db, done, fail) => {
      const store = db.transaction('notes', 'readonly').objectStore('notes');
      const get = ${JSON.stringify(reportId)} === null ? store.getAll() : store.index('target.reportId').getAll(${JSON.stringify(reportId)});
      get.onsuccess = () => done(get.result.length);
      get.onerror = () => fail(get.error);
    }`,
    runs,
  );

/** Times a raw cursor over the newest `limit` rows of the updatedAt index (what the first screen reads) in the page. */
const newestScript = (limit: number, runs: number): string =>
  timedReadScript(
    `(db, done, fail) => {
      const rows = [];
      const cursor = db.transaction('notes', 'readonly').objectStore('notes').index('updatedAt').openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (at === null || rows.length >= ${limit}) return done(rows.length);
        rows.push(at.value);
        at.continue();
      };
      cursor.onerror = () => fail(cursor.error);
    }`,
    runs,
  );

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

/** Runs the browser notes benchmark and prints its figures. */
export async function runNotesBrowserBench(parts: { readonly list: boolean; readonly reader: boolean } = { list: true, reader: true }): Promise<void> {
  await buildRendererIfStale();
  const source = (await readCorpusSources()).reports[0]!;
  const corpus = makeSyntheticCorpus(source, REPORT_COUNT, 50, 130);
  const notes = makeNotes(corpus.reports);
  const live = notes.filter((note) => note.deletedAt === null);
  const readerReport = corpus.reports[0]!;
  const readerNotes = live.filter((note) => note.target.reportId === readerReport.meta.id);
  const tagCounts = new Map<string, number>();
  for (const note of live) for (const tag of note.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  const [tag = 'budget'] = [...tagCounts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const filters = [
    { name: `report (${readerNotes.length} notes)`, select: 0, value: readerReport.meta.id, count: readerNotes.length },
    { name: `tag "${tag}" (${tagCounts.get(tag) ?? 0})`, select: 1, value: tag, count: tagCounts.get(tag) ?? 0 },
    {
      name: `stance "concern" (${live.filter((note) => note.stance === 'concern').length})`,
      select: 2,
      value: 'concern',
      count: live.filter((note) => note.stance === 'concern').length,
    },
  ];

  const root = await servedBuild('kb-notes-bench-', corpus.reports);
  const profile = mkdtempSync(path.join(tmpdir(), 'kb-notes-bench-profile-'));
  const server = await startWebServer({ root, port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: (await findChromium()).executablePath,
    args: [...chromiumArgs],
    locale: 'zh-CN',
    viewport: { width: 1280, height: 860 },
  });
  console.log(
    `\nNotes in Chromium — ${NOTE_COUNT.toLocaleString('en')} synthetic notes (${live.length.toLocaleString('en')} live) on ${REPORT_COUNT} synthetic reports, the web build, IndexedDB on disk (persistent profile):`,
  );
  console.log(`  in-page times over ${RUNS} runs, to the DOM mutation that completes the view, and to the next frame (painted); target ≤ ${TARGET_MS} ms`);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}#/`);
    await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });

    const listReady = (count: number): ReadyWhen[] => [
      { selector: `.notes-count[data-count="${count}"]`, count: 1 },
      ...(count === 0 ? [] : [{ selector: '.virtual-list .note-item', count: 1 }]),
    ];
    // The view's first screen: the five rows its 560 px list shows (rows are 112 px).
    const firstScreen: ReadyWhen[] = [{ selector: '.virtual-list .note-item', count: 5 }];
    // The reader, in stages: its text (the last unit), its highlights (every unit holding a
    // passage shows a mark) and its notes panel (the count shown and the first rows listed).
    const unitsWithPassages = new Set(readerNotes.filter((note) => note.target.selector !== undefined).map((note) => note.target.unitId)).size;
    const readerText: ReadyWhen[] = [{ selector: `.report-body [data-unit="${readerReport.units.at(-1)!.number}"]`, count: 1 }];
    const readerMarks = (noteCount: number): ReadyWhen[] =>
      noteCount === 0 ? readerText : [{ selector: '.report-body .unit:has(mark.note-mark)', count: unitsWithPassages }];
    const readerPanel = (noteCount: number): ReadyWhen[] =>
      noteCount === 0
        ? [{ selector: '.notes-panel .notes-empty', count: 1 }]
        : [
            { selector: `.notes-panel .notes-panel-count[data-count="${noteCount}"]`, count: 1 },
            { selector: '.notes-panel .note-item', count: Math.min(noteCount, 5) },
          ];
    const readerReady = (noteCount: number): ReadyWhen[] => [...readerText, ...readerMarks(noteCount), ...readerPanel(noteCount)];
    const readerStages = (noteCount: number): ReadonlyArray<readonly ReadyWhen[]> => [readerText, readerMarks(noteCount), readerPanel(noteCount), readerReady(noteCount)];
    const readerHash = `#/report/${readerReport.meta.id}`;
    const reloadApp = async (): Promise<void> => {
      await page.reload();
      await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    };
    // Cold: each sample after a reload (a fresh Dexie, no live query, nothing cached in the
    // page); warm: the view remounted from the home page, the app already running.
    type ReaderSeries = { timings: Timing[][]; notesRead: number[]; marks: number[]; sections: number[] };
    const readerSeries = async (noteCount: number, isCold: boolean): Promise<ReaderSeries> => {
      const series: ReaderSeries = { timings: [], notesRead: [], marks: [], sections: [] };
      series.timings = await repeat(RUNS, async () => {
        if (isCold) await reloadApp();
        const stages = await timeNavigationStages(page, '#/', readerHash, ...readerStages(noteCount));
        series.notesRead.push(await markAfterStart(page, 'kb:report-notes-read'));
        series.marks.push((await measureAfterStart(page, 'kb:note-marks')).duration);
        series.sections.push((await measureAfterStart(page, 'kb:notes-panel-sections')).duration);
        return stages;
      });
      return series;
    };

    const emptyList = parts.list ? await repeat(RUNS, () => timeNavigation(page, '#/', '#/notes', listReady(0))) : [];
    const emptyReaderCold = parts.reader ? await readerSeries(0, true) : undefined;
    const emptyReaderWarm = parts.reader ? await readerSeries(0, false) : undefined;

    const insert: unknown = await page.evaluate(seedScript(notes));
    line(`insert ${NOTE_COUNT.toLocaleString('en')} notes (one transaction, strict durability)`, typeof insert === 'number' ? ms(insert) : String(insert));
    await reloadApp();
    const stage = (samples: readonly Timing[][], index: number): Timing[] =>
      samples.map((timings) => timings[index]).filter((timing): timing is Timing => timing !== undefined);

    if (parts.list) {
    console.log('  all-notes view: navigation to #/notes → first screen of rows shown, then full list ready (count shown)');
    // Cold: each sample after a reload (a fresh Dexie, nothing cached in the page), navigating
    // as soon as the app says it is ready (its start-up work may still be running), and again
    // after it has had 1.5 s to settle.
    type Read = { begin: number; duration: number };
    const coldSeries = async (settleMs: number) => {
      const reads: Record<'recent' | 'all', Read[]> = { recent: [], all: [] };
      const timings = await repeat(RUNS, async () => {
        await page.reload();
        await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
        await page.waitForTimeout(settleMs);
        const stages = await timeNavigationStages(page, '#/', '#/notes', firstScreen, listReady(live.length));
        reads.recent.push(await measureAfterStart(page, 'kb:recent-notes-read'));
        reads.all.push(await measureAfterStart(page, 'kb:all-notes-read'));
        return stages;
      });
      return { timings, reads };
    };
    const readFigures = (samples: readonly Read[]): string =>
      `starts p50 ${ms(percentile(samples.map((read) => read.begin), 50))} after navigation, takes p50 ${ms(percentile(samples.map((read) => read.duration), 50))} / p95 ${ms(percentile(samples.map((read) => read.duration), 95))}`;
    const coldSeriesFigures = async (label: string, settleMs: number): Promise<void> => {
      const { timings, reads } = await coldSeries(settleMs);
      line(`    ${label}: first rows visible`, figures(stage(timings, 0), true));
      line('      of which the newest-notes read (kb:recent-notes-read)', readFigures(reads.recent));
      line(`    ${label}: full list ready (${live.length.toLocaleString('en')} counted)`, figures(stage(timings, 1)));
      line('      of which the full read (kb:all-notes-read)', readFigures(reads.all));
    };
    line('    baseline: same view, 0 notes (count shown)', figures(emptyList));
    line('    baseline: raw IndexedDB getAll of the notes store', `p50 ${ms(percentile(numbers(await page.evaluate(getAllScript(null, RUNS))), 50))}`);
    line('    baseline: raw IndexedDB cursor, newest 30 by updatedAt', `p50 ${ms(percentile(numbers(await page.evaluate(newestScript(30, RUNS))), 50))}`);
    await coldSeriesFigures('after a reload, at once', 0);
    await coldSeriesFigures('after a reload and 1.5 s idle', 1500);
    const list = await repeat(RUNS, () => timeNavigationStages(page, '#/', '#/notes', firstScreen, listReady(live.length)));
    line('    again (remounted; Dexie may answer from its cache): first rows', figures(stage(list, 0), true));
    line('    again: full list ready (count shown)', figures(stage(list, 1)));

    console.log('  filters on the all-notes view: change event → count updated');
    for (const filter of filters) {
      await page.locator('.notes-filters select').nth(filter.select).selectOption('');
      await page.locator(`.notes-count[data-count="${live.length}"]`).waitFor();
      const samples = await repeat(RUNS, async () => {
        const timing = await timeFilter(page, filter.select, filter.value, listReady(filter.count));
        await page.locator('.notes-filters select').nth(filter.select).selectOption('');
        await page.locator(`.notes-count[data-count="${live.length}"]`).waitFor();
        return timing;
      });
      line(`    ${filter.name}`, figures(samples, true));
    }
    const filterPasses = numbers(await page.evaluate(`performance.getEntriesByName('kb:notes-filter').map((entry) => entry.duration)`));
    line('    of which the in-memory filter pass (kb:notes-filter)', `p50 ${ms(percentile(filterPasses, 50))} / max ${ms(Math.max(...filterPasses))}`);

    }

    if (parts.reader && emptyReaderCold !== undefined && emptyReaderWarm !== undefined) {
      console.log(
        `  reader: navigation to a report (${readerReport.units.length} units) → its text; its highlights (${unitsWithPassages} units with passages marked); its notes panel (count and first rows); all three`,
      );
      const stageNames = ['text', 'highlights', 'notes panel', 'all three'];
      const seriesFigures = (label: string, series: ReaderSeries, hasNotes: boolean): void => {
        stageNames.forEach((name, index) => {
          if (!hasNotes && (index === 1 || index === 2)) return;
          line(`    ${label}: ${name}`, figures(stage(series.timings, index)));
        });
        if (!hasNotes) return;
        line('      of which: notes read (kb:report-notes-read mark)', `at p50 ${ms(percentile(series.notesRead, 50))} / p95 ${ms(percentile(series.notesRead, 95))}`);
        line('      passages placed (kb:note-marks)', `takes p50 ${ms(percentile(series.marks, 50))} / p95 ${ms(percentile(series.marks, 95))}`);
        line('      notes grouped by section (kb:notes-panel-sections)', `takes p50 ${ms(percentile(series.sections, 50))} / p95 ${ms(percentile(series.sections, 95))}`);
      };
      const painted = (series: { timings: Timing[][] }, p: number): number => percentile(stage(series.timings, 3).map((timing) => timing.toFrame), p);
      const cost = (label: string, withNotes: { timings: Timing[][] }, without: { timings: Timing[][] }): void => {
        const added = painted(withNotes, 50) - painted(without, 50);
        const added95 = painted(withNotes, 95) - painted(without, 95);
        const signed = (value: number): string => `${value < 0 ? '−' : '+'}${ms(Math.abs(value))}`;
        line(
          `    ${label}: cost of the notes (painted, all three)`,
          `p50 ${signed(added)} / p95 ${signed(added95)} over 0 notes${added95 <= TARGET_MS ? '   within target (≤ +100 ms)' : '   over target (≤ +100 ms)'}`,
        );
      };
      const withNotesCold = await readerSeries(readerNotes.length, true);
      const withNotesWarm = await readerSeries(readerNotes.length, false);
      seriesFigures('baseline, 0 notes, after a reload', emptyReaderCold, false);
      seriesFigures(`${readerNotes.length} notes, after a reload`, withNotesCold, true);
      seriesFigures('baseline, 0 notes, again (app running)', emptyReaderWarm, false);
      seriesFigures(`${readerNotes.length} notes, again (app running)`, withNotesWarm, true);
      line(
        '    baseline: raw IndexedDB getAll of its notes (index)',
        `p50 ${ms(percentile(numbers(await page.evaluate(getAllScript(readerReport.meta.id, RUNS))), 50))}`,
      );
      cost('after a reload', withNotesCold, emptyReaderCold);
      cost('again', withNotesWarm, emptyReaderWarm);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
