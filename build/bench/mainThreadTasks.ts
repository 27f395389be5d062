/**
 * The page's main-thread tasks from a Chromium trace, each with its wall time and the CPU time the
 * thread spent in it. A long-task observer sees wall time only: on a shared machine a 10 ms task
 * the scheduler preempts shows as 150 ms, so the benchmark prints both, and a task of 50 ms CPU
 * is work the app must move, whatever the machine's load.
 */
import type { Browser, Page } from 'playwright-core';

export interface MainThreadTask {
  /** Milliseconds from the task's start to its end. */
  readonly wall: number;
  /** Milliseconds of CPU the main thread used in it (the trace's thread duration). */
  readonly cpu: number;
}

interface TraceEvent {
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** Starts tracing the page's tasks (one trace at a time per browser). */
export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
}

/** Stops the trace and returns every task of the renderer's main thread. */
export async function stopTaskTrace(browser: Browser): Promise<MainThreadTask[]> {
  const parsed: unknown = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const events: readonly TraceEvent[] = typeof parsed === 'object' && parsed !== null && Array.isArray(Reflect.get(parsed, 'traceEvents')) ? Reflect.get(parsed, 'traceEvents') : [];
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  return events
    .filter((event) => event.name === 'RunTask' && mainThreads.has(`${event.pid}:${event.tid}`) && event.dur !== undefined)
    .map((event) => ({ wall: (event.dur ?? 0) / 1000, cpu: (event.tdur ?? 0) / 1000 }));
}

/** "3 ≥ 50 ms by wall time (longest 120 ms); 0 by CPU time (longest 14 ms)". */
export function describeLongTasks(tasks: readonly MainThreadTask[], limit = 50): string {
  const count = (pick: (task: MainThreadTask) => number): string => {
    const values = tasks.map(pick);
    return `${values.filter((value) => value >= limit).length} (longest ${Math.max(0, ...values).toFixed(0)} ms)`;
  };
  return `wall ${count((task) => task.wall)}, CPU ${count((task) => task.cpu)}`;
}
