/**
 * Where the cores went while the benchmark typed: each thread of the browser's processes, its time
 * on a core and its time waiting for one (Linux's /proc/<pid>/task/<tid>/schedstat, in ns), summed
 * by what the thread does. On 2 cores the search worker shares them with the page, V8's compiler
 * and collector threads, the compositor, the GPU process (software compositing here) and the
 * browser process; a keystroke's delay is as much who else ran as the search itself.
 *
 * Linux only: elsewhere (no /proc) nothing is read and nothing is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** What a thread does, for the report: the page's main thread, the search worker, and the rest by role. */
export type ThreadRole = 'page' | 'workers' | 'v8' | 'compositor' | 'renderer-other' | 'gpu' | 'browser' | 'other-process';

export const roleLabels: Readonly<Record<ThreadRole, string>> = {
  page: "the page's main thread",
  workers: 'its workers (the search worker)',
  v8: "V8's compiler and collector threads",
  compositor: 'its compositor',
  'renderer-other': 'other renderer threads',
  gpu: 'the GPU process (compositing frames)',
  browser: 'the browser process',
  'other-process': "the browser's other processes",
};

export interface ThreadSample {
  readonly pid: number;
  readonly tid: number;
  /** The process's --type= (renderer, gpu-process, utility, …), '' for the browser process. */
  readonly processType: string;
  /** The thread's name (comm). */
  readonly name: string;
  /** Time on a core and time runnable but waiting for one, in ns. */
  readonly running: number;
  readonly waiting: number;
}

/**
 * A thread's role from its process type and name (Chromium's thread names: the renderer's main
 * thread keeps the process's name, workers are DedicatedWorker threads, V8's background compile
 * and GC jobs run on the ThreadPoolForeground threads).
 */
export function roleOf(sample: Pick<ThreadSample, 'pid' | 'tid' | 'processType' | 'name'>): ThreadRole {
  if (sample.processType === '') return 'browser';
  if (sample.processType === 'gpu-process') return 'gpu';
  if (sample.processType !== 'renderer') return 'other-process';
  if (sample.tid === sample.pid) return 'page';
  if (sample.name.startsWith('DedicatedWorker')) return 'workers';
  if (sample.name.startsWith('ThreadPoolForeg')) return 'v8';
  if (sample.name === 'Compositor') return 'compositor';
  return 'renderer-other';
}

/** The fields of a schedstat line: ns on a core, ns waiting on a run queue. */
export function parseSchedstat(line: string): { running: number; waiting: number } | null {
  const [running, waiting] = line.trim().split(/\s+/u).map(Number);
  return running === undefined || waiting === undefined || !Number.isFinite(running) || !Number.isFinite(waiting) ? null : { running, waiting };
}

/** The parent pid in a /proc/<pid>/stat line (the name in parentheses may hold spaces). */
export function parentOf(statLine: string): number | null {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : null;
}

/** A process's --type= switch, '' if it has none (the browser process). */
export function processTypeOf(commandLine: string): string {
  return /(?:^|\0|\s)--type=([\w-]+)/u.exec(commandLine)?.[1] ?? '';
}

export interface RoleTimes {
  readonly running: number;
  readonly waiting: number;
}

/** Each role's time between two samplings, in ms (threads gone or born meanwhile count what they can). */
export function timesByRole(before: readonly ThreadSample[], after: readonly ThreadSample[]): Map<ThreadRole, RoleTimes> {
  const earlier = new Map(before.map((sample) => [`${sample.pid}/${sample.tid}`, sample]));
  const sums = new Map<ThreadRole, RoleTimes>();
  for (const sample of after) {
    const start = earlier.get(`${sample.pid}/${sample.tid}`);
    const role = roleOf(sample);
    const sum = sums.get(role) ?? { running: 0, waiting: 0 };
    sums.set(role, {
      running: sum.running + (sample.running - (start?.running ?? 0)) / 1e6,
      waiting: sum.waiting + (sample.waiting - (start?.waiting ?? 0)) / 1e6,
    });
  }
  return sums;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Whether this machine can say (Linux with scheduler statistics per thread). */
export function canSampleThreads(): boolean {
  return readText(`/proc/${process.pid}/task/${process.pid}/schedstat`) !== null;
}

/** The browser's processes: those descended from this one (the benchmark launched it) whose name is the browser's. */
function browserProcesses(): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    const parent = parentOf(readText(`/proc/${entry}/stat`) ?? '');
    if (parent !== null) parents.set(Number(entry), parent);
  }
  const descends = (pid: number): boolean => {
    for (let current = parents.get(pid); current !== undefined && current > 1; current = parents.get(current)) {
      if (current === process.pid) return true;
    }
    return false;
  };
  return [...parents.keys()].filter(descends);
}

/** Every thread of the processes this benchmark started (the browser's), now. */
export function sampleThreads(): ThreadSample[] {
  const samples: ThreadSample[] = [];
  for (const pid of browserProcesses()) {
    const commandLine = readText(`/proc/${pid}/cmdline`);
    if (commandLine === null) continue;
    const processType = processTypeOf(commandLine);
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const times = parseSchedstat(readText(`/proc/${pid}/task/${tid}/schedstat`) ?? '');
      const name = readText(`/proc/${pid}/task/${tid}/comm`)?.trim();
      if (times === null || name === undefined) continue;
      samples.push({ pid, tid: Number(tid), processType, name, ...times });
    }
  }
  return samples;
}
