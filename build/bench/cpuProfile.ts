/**
 * Reading a Chromium trace taken with the sampling CPU profiler on (startupProfile.ts,
 * typingProfile.ts): one profile per thread (the page's main thread, the search worker), the
 * functions that cost most on each, and the same over one window of time (a long task).
 */
import { ms } from './stats';

/** The trace categories that give timeline events (tasks) and CPU samples on every thread. */
export const profiledTraceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];
const shownFunctions = 12;

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

export interface TraceEvent {
  readonly name: string;
  readonly ph?: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts?: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly startTime?: number;
      readonly type?: string;
      readonly cpuProfile?: { readonly nodes?: ProfileNode[]; readonly samples?: number[] };
      readonly timeDeltas?: number[];
    };
  };
}

/** One thread's samples: its profile's nodes, and each sample's node, time (trace µs) and weight (µs until the next). */
export interface ThreadProfile {
  /** The sampled thread's name, process and thread id: "CrRendererMain 2132:2132". */
  readonly thread: string;
  readonly nodes: Map<number, ProfileNode>;
  readonly samples: Array<{ readonly node: number; readonly at: number; readonly weight: number }>;
}

/** The events of a trace file's text (Chromium's own format; only the fields above are relied on). */
export function traceEvents(trace: Buffer): TraceEvent[] {
  const parsed: unknown = JSON.parse(trace.toString('utf8'));
  return (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Reflect.get(parsed, 'traceEvents') : parsed) as TraceEvent[];
}

/** Each thread's name, by "pid:tid". */
export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    if (event.name === 'thread_name' && event.args?.name !== undefined) names.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  return names;
}

/**
 * Reads a trace's Profile and ProfileChunk events into one profile per thread. The chunks come
 * from V8's profiler thread; the Profile event that opens each profile (same process and id)
 * names the thread sampled and the time of its first sample.
 */
export function threadProfiles(events: readonly TraceEvent[]): ThreadProfile[] {
  const names = threadNames(events);
  const openings = new Map<string, { thread: string; startTime: number }>();
  for (const event of events) {
    if (event.name !== 'Profile' || event.id === undefined) continue;
    const thread = `${event.pid}:${event.tid}`;
    openings.set(`${event.pid}/${event.id}`, { thread: `${names.get(thread) ?? 'thread'} ${thread}`, startTime: event.args?.data?.startTime ?? event.ts ?? 0 });
  }
  const profiles = new Map<string, ThreadProfile & { clock: number }>();
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const key = `${event.pid}/${event.id ?? ''}`;
    let profile = profiles.get(key);
    if (profile === undefined) {
      const opening = openings.get(key);
      profile = { thread: opening?.thread ?? `thread of profile ${key}`, nodes: new Map(), samples: [], clock: opening?.startTime ?? 0 };
      profiles.set(key, profile);
    }
    for (const node of event.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = event.args?.data?.cpuProfile?.samples ?? [];
    const deltas = event.args?.data?.timeDeltas ?? [];
    samples.forEach((node, n) => {
      profile.clock += deltas[n] ?? 0;
      profile.samples.push({ node, at: profile.clock, weight: Math.max(0, deltas[n + 1] ?? deltas[n] ?? 0) });
    });
  }
  for (const profile of profiles.values()) linkParents(profile);
  return [...profiles.values()];
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

function frameLabel(frame: CallFrame): string {
  const file = (frame.url ?? '') === '' ? '' : ` ${frame.url?.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
  return `${frame.functionName || '(anonymous)'}${file}`;
}

const idleFrames = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

export interface Costs {
  /** Microseconds sampled outside idle. */
  readonly busy: number;
  readonly self: Array<[string, number]>;
  readonly total: Array<[string, number]>;
}

/** The functions with the most self and total time on one thread (within [from, to] µs when given), and its busy time. */
export function topCosts(profile: ThreadProfile, count = shownFunctions, from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY): Costs {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const sample of profile.samples) {
    if (sample.at < from || sample.at > to) continue;
    const node = profile.nodes.get(sample.node);
    if (node === undefined) continue;
    const time = sample.weight;
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
  const ranked = (costs: Map<string, number>): Array<[string, number]> =>
    [...costs].filter(([name]) => !idleFrames.has(name.split(' ')[0]!)).sort((a, b) => b[1] - a[1]).slice(0, count);
  return { busy, self: ranked(self), total: ranked(total) };
}

/** "name 12.0 ms; other 3.000 ms" from [name, µs] pairs. */
export function describeCosts(costs: ReadonlyArray<readonly [string, number]>): string {
  return costs.map(([name, time]) => `${name} ${ms(time / 1000)}`).join('; ');
}

/** Prints each thread's busy time and top costs (threads busy less than 50 ms left out). */
export function printThreadCosts(profiles: readonly ThreadProfile[]): void {
  for (const profile of profiles) {
    const { busy, self, total } = topCosts(profile);
    if (busy < 50_000) continue;
    console.log(`    ${profile.thread}: ${ms(busy / 1000)} busy`);
    console.log(`      by total time: ${describeCosts(total)}`);
    console.log(`      by self time:  ${describeCosts(self)}`);
  }
}
