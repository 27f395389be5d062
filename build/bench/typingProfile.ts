/**
 * Where typing's time goes while the library loads: the UI benchmark's queries typed as soon as
 * the search box is ready, traced by Chromium with its sampling CPU profiler on (the page's main
 * thread and the search worker). Prints each thread's top costs over the typing, and every
 * main-thread task of 50 ms or more with what ran in it: the timeline events inside (script,
 * messages, layout, paint, GC) and the functions sampled during it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startWebServer } from '../webServer';
import { describeCosts, printThreadCosts, profiledTraceCategories, threadNames, threadProfiles, topCosts, traceEvents, type TraceEvent } from './cpuProfile';
import { ms, percentile } from './stats';
import { installTypingProbes, typeQueries } from './typingProbe';

/** Chromium's long-task threshold, in ms. */
const longTask = 50;
const shownEvents = 6;
const shownFunctions = 6;

/** The timeline events inside one task, by name (an event's type added, e.g. "EventDispatch keydown"), with their summed wall time in µs. */
function eventsWithin(events: readonly TraceEvent[], task: TraceEvent): Array<[string, number]> {
  const start = task.ts ?? 0;
  const end = start + (task.dur ?? 0);
  const sums = new Map<string, number>();
  for (const event of events) {
    if (event === task || event.pid !== task.pid || event.tid !== task.tid || event.ph !== 'X' || event.dur === undefined) continue;
    if ((event.ts ?? 0) < start || (event.ts ?? 0) + event.dur > end || event.name === 'RunTask') continue;
    const type = event.args?.data?.type;
    const name = type === undefined ? event.name : `${event.name} ${type}`;
    sums.set(name, (sums.get(name) ?? 0) + event.dur);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, shownEvents);
}

/**
 * Types the benchmark's queries in the app served from `root` as soon as its box is ready, with
 * the trace on; writes it to `tracePath` and prints the typing's figures, each thread's top costs
 * and the main thread's long tasks.
 */
export async function profileTyping(browser: Browser, root: string, tracePath: string): Promise<void> {
  const server = await startWebServer({ root, port: 0 });
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 300_000 });
    await installTypingProbes(page, '.search-view');
    await page.locator('#search-input').focus();
    await browser.startTracing(page, { categories: profiledTraceCategories });
    // Starting V8's profiler on each thread is itself a long task there (interrupt callbacks): let it pass before typing.
    await page.waitForTimeout(100);
    const typing = await typeQueries(page, '#search-input');
    const trace = await browser.stopTracing();
    mkdirSync(path.dirname(tracePath), { recursive: true });
    writeFileSync(tracePath, trace);
    console.log(`  typing profile (the UI bench's queries typed as soon as the box is ready), trace in ${tracePath}:`);
    console.log(
      `    keystroke → results painted p50 ${ms(percentile(typing.toFrame, 50))} / p95 ${ms(percentile(typing.toFrame, 95))} / max ${ms(Math.max(...typing.toFrame))} (${typing.toFrame.length} keys, traced: slower than untraced)`,
    );
    printTypingTrace(traceEvents(trace));
  } finally {
    await context.close();
    await server.close();
  }
}

/** Prints each thread's top costs in a typing trace, and the long tasks of the page's main thread and of its workers with what ran in them. */
export function printTypingTrace(events: readonly TraceEvent[]): void {
  const profiles = threadProfiles(events);
  printThreadCosts(profiles);
  const names = threadNames(events);
  for (const [label, isThread] of [
    ['main-thread', (name: string) => name === 'CrRendererMain'],
    ['worker', (name: string) => name.startsWith('DedicatedWorker')],
  ] as const) {
    const threads = new Set([...names].filter(([, name]) => isThread(name)).map(([thread]) => thread));
    const longTasks = events.filter((event) => event.name === 'RunTask' && threads.has(`${event.pid}:${event.tid}`) && (event.dur ?? 0) >= longTask * 1000);
    const first = longTasks[0]?.ts ?? 0;
    const tasks = events.filter((event) => event.name === 'RunTask' && threads.has(`${event.pid}:${event.tid}`));
    const cpu = tasks.map((task) => (task.tdur ?? 0) / 1000);
    // Wall time grows with the machine's load, CPU time much less: both are said.
    console.log(
      `    ${label} tasks ≥ ${longTask} ms while typing: ${longTasks.length} by wall time, ${cpu.filter((time) => time >= longTask).length} by CPU time (longest ${ms(Math.max(0, ...cpu))} CPU, ${ms(cpu.reduce((sum, time) => sum + time, 0))} CPU in all ${tasks.length} tasks)`,
    );
    for (const task of longTasks) {
      const thread = `${task.pid}:${task.tid}`;
      const start = task.ts ?? 0;
      const end = start + (task.dur ?? 0);
      console.log(`      at ${ms((start - first) / 1000)} after the first: ${ms((task.dur ?? 0) / 1000)} wall, ${ms((task.tdur ?? 0) / 1000)} CPU`);
      console.log(`        events: ${describeCosts(eventsWithin(events, task))}`);
      const profile = profiles.find((candidate) => candidate.thread.endsWith(` ${thread}`));
      if (profile === undefined) continue;
      const costs = topCosts(profile, shownFunctions, start, end);
      console.log(`        functions by total time: ${describeCosts(costs.total)}`);
      console.log(`        functions by self time:  ${describeCosts(costs.self)}`);
    }
  }
}
