/**
 * Where start-up's time goes: one fresh load traced by Chromium with its sampling CPU profiler on
 * (every thread: the page's main thread and the search worker), from navigation until the first
 * results of a query are shown. The trace is written for DevTools' Performance panel, and the
 * functions that cost most on each thread are printed: self time (the function's own code) and
 * total time (with what it calls).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startWebServer } from '../webServer';
import { ms } from './stats';

const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];
const shownFunctions = 12;
const profiledQuery = '网络';

/**
 * Resolves once the page has marked `kb:index-complete`: polled, as the app's CSP refuses eval (no
 * waitForFunction), and passed as source text, as tsx wraps named inner functions in a helper the page lacks.
 */
const indexCompleteScript = `new Promise((resolve) => {
  const check = () => {
    if (performance.getEntriesByName('kb:index-complete').length > 0) resolve(true);
    else setTimeout(check, 50);
  };
  check();
})`;

interface CallFrame {
  readonly functionName: string;
  readonly url?: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly parent?: number;
  readonly children?: readonly number[];
}

interface TraceEvent {
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: { readonly cpuProfile?: { readonly nodes?: ProfileNode[]; readonly samples?: number[] }; readonly timeDeltas?: number[] };
  };
}

/** One thread's samples: its profile's nodes and, per node, the microseconds sampled in it. */
interface ThreadProfile {
  readonly nodes: Map<number, ProfileNode>;
  readonly selfTime: Map<number, number>;
}

/** Reads a trace's ProfileChunk events into one profile per thread. */
function threadProfiles(events: readonly TraceEvent[]): Map<string, ThreadProfile> {
  const names = new Map<string, string>();
  for (const event of events) {
    if (event.name === 'thread_name' && event.args?.name !== undefined) names.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  const profiles = new Map<string, ThreadProfile>();
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const thread = `${names.get(`${event.pid}:${event.tid}`) ?? 'thread'} ${event.pid}:${event.tid}/${event.id ?? ''}`;
    const profile = profiles.get(thread) ?? { nodes: new Map(), selfTime: new Map() };
    profiles.set(thread, profile);
    for (const node of event.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = event.args?.data?.cpuProfile?.samples ?? [];
    const deltas = event.args?.data?.timeDeltas ?? [];
    samples.forEach((node, n) => profile.selfTime.set(node, (profile.selfTime.get(node) ?? 0) + Math.max(0, deltas[n + 1] ?? deltas[n] ?? 0)));
  }
  return profiles;
}

function frameLabel(frame: CallFrame): string {
  const file = (frame.url ?? '') === '' ? '' : ` ${frame.url?.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
  return `${frame.functionName || '(anonymous)'}${file}`;
}

const idleFrames = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** The functions with the most self and total time on one thread, and its busy time. */
function topCosts(profile: ThreadProfile): { busy: number; self: [string, number][]; total: [string, number][] } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const [nodeId, time] of profile.selfTime) {
    const node = profile.nodes.get(nodeId);
    if (node === undefined) continue;
    const label = frameLabel(node.callFrame);
    self.set(label, (self.get(label) ?? 0) + time);
    if (node.callFrame.functionName !== '(idle)') busy += time;
    // A function's total counts each sample once, however deep its recursion.
    const seen = new Set<string>();
    for (let current: ProfileNode | undefined = node; current !== undefined; current = current.parent === undefined ? undefined : profile.nodes.get(current.parent)) {
      const name = frameLabel(current.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + time);
    }
  }
  const ranked = (costs: Map<string, number>): [string, number][] =>
    [...costs].filter(([name]) => !idleFrames.has(name.split(' ')[0]!)).sort((a, b) => b[1] - a[1]).slice(0, shownFunctions);
  return { busy, self: ranked(self), total: ranked(total) };
}

/** The parent links of a profile's nodes (Chromium's chunks give children only on some versions). */
function linkParents(profile: ThreadProfile): void {
  const parents = new Map<number, number>();
  for (const node of profile.nodes.values()) {
    for (const child of node.children ?? []) parents.set(child, node.id);
  }
  for (const [child, parent] of parents) {
    const node = profile.nodes.get(child);
    if (node !== undefined && node.parent === undefined) profile.nodes.set(child, { ...node, parent });
  }
}

/**
 * Traces one fresh start-up of the app served from `root`, until the first results of a query or
 * until the whole index is in the worker (`kb:index-complete`), writes the trace to `tracePath`
 * and prints each thread's top costs.
 */
export async function profileStartup(browser: Browser, root: string, tracePath: string, until: 'first-results' | 'index-complete'): Promise<void> {
  const server = await startWebServer({ root, port: 0 });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: traceCategories });
    await page.goto(server.url);
    await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 300_000 });
    await page.locator('#search-input').fill(profiledQuery);
    await page.locator(`.search-view[data-query="${profiledQuery}"]`).waitFor({ timeout: 300_000 });
    if (until === 'index-complete') await page.evaluate(indexCompleteScript);
    const trace = await browser.stopTracing();
    mkdirSync(path.dirname(tracePath), { recursive: true });
    writeFileSync(tracePath, trace);
    const parsed: unknown = JSON.parse(trace.toString('utf8'));
    // Chromium's own trace format; only the fields read above are relied on.
    const events = (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Reflect.get(parsed, 'traceEvents') : parsed) as TraceEvent[];
    const end = until === 'first-results' ? `"${profiledQuery}" shows results` : `"${profiledQuery}" shows results and the whole index is in`;
    console.log(`  start-up profile (until ${end}), trace in ${tracePath}:`);
    for (const [thread, profile] of threadProfiles(events)) {
      linkParents(profile);
      const { busy, self, total } = topCosts(profile);
      if (busy < 50_000) continue;
      console.log(`    ${thread}: ${ms(busy / 1000)} busy`);
      console.log(`      by total time: ${total.map(([name, time]) => `${name} ${ms(time / 1000)}`).join('; ')}`);
      console.log(`      by self time:  ${self.map(([name, time]) => `${name} ${ms(time / 1000)}`).join('; ')}`);
    }
  } finally {
    await context.close();
    await server.close();
  }
}
