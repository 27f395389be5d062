/** How the UI benchmark reads where the cores went while typing: Chromium's threads by role, from /proc. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parentOf, parseSchedstat, processTypeOf, roleOf, sampleThreads, timesByRole, type ThreadSample } from '../../build/bench/threadTimes';

const renderer = 41;

function thread(tid: number, name: string, running: number, waiting: number, processType = 'renderer', pid = renderer): ThreadSample {
  return { pid, tid, processType, name, running, waiting };
}

describe('roleOf', () => {
  it("tells the page's main thread, its workers, V8's pool and compositor, and the other processes apart", () => {
    expect(roleOf(thread(renderer, 'chromium', 0, 0))).toBe('page');
    expect(roleOf(thread(42, 'DedicatedWorker', 0, 0))).toBe('workers');
    expect(roleOf(thread(43, 'ThreadPoolForeg', 0, 0))).toBe('v8');
    expect(roleOf(thread(44, 'Compositor', 0, 0))).toBe('compositor');
    expect(roleOf(thread(45, 'Chrome_ChildIOT', 0, 0))).toBe('renderer-other');
    expect(roleOf(thread(7, 'VizCompositorTh', 0, 0, 'gpu-process', 7))).toBe('gpu');
    expect(roleOf(thread(3, 'chromium', 0, 0, '', 3))).toBe('browser');
    expect(roleOf(thread(9, 'chromium', 0, 0, 'utility', 9))).toBe('other-process');
  });
});

describe('reading /proc', () => {
  it('reads a schedstat line and refuses anything else', () => {
    expect(parseSchedstat('1207405 318835 12\n')).toEqual({ running: 1207405, waiting: 318835 });
    expect(parseSchedstat('')).toBeNull();
    expect(parseSchedstat('not numbers')).toBeNull();
  });

  it('finds the parent in a stat line whose name holds spaces and parentheses', () => {
    expect(parentOf('2419 (Web Content (1)) S 2380 2419 2380 0 -1')).toBe(2380);
    expect(parentOf('')).toBeNull();
  });

  it("reads a process's --type, none for the browser process", () => {
    expect(processTypeOf('/usr/lib/chromium/chromium\0--type=renderer\0--lang=zh-CN\0')).toBe('renderer');
    expect(processTypeOf('/usr/lib/chromium/chromium --type=gpu-process --no-sandbox')).toBe('gpu-process');
    expect(processTypeOf('/usr/lib/chromium/chromium\0--headless\0')).toBe('');
  });

  it('samples the threads of the processes this one started, with their times on a core', async () => {
    // A child that spins on its main thread for 200 ms, says so, then waits.
    const child = spawn(process.execPath, ['-e', 'const end = Date.now() + 200; while (Date.now() < end); console.log("spun"); setTimeout(() => {}, 10000);']);
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const threads = sampleThreads().filter((sample) => sample.pid === child.pid);
      expect(threads.some((sample) => sample.tid === child.pid && roleOf(sample) === 'browser')).toBe(true);
      // At least some of the spin was on a core, however busy the machine.
      expect(threads.find((sample) => sample.tid === child.pid)!.running).toBeGreaterThan(10e6);
    } finally {
      child.kill();
    }
  });
});

describe('timesByRole', () => {
  it('sums each role between two samplings in ms, counting a thread born meanwhile from zero', () => {
    const before = [thread(renderer, 'chromium', 10e6, 1e6), thread(43, 'ThreadPoolForeg', 5e6, 0)];
    const after = [
      thread(renderer, 'chromium', 30e6, 4e6),
      thread(43, 'ThreadPoolForeg', 9e6, 2e6),
      thread(44, 'ThreadPoolForeg', 6e6, 1e6),
      thread(42, 'DedicatedWorker', 7e6, 0.5e6),
    ];
    const roles = timesByRole(before, after);
    expect(roles.get('page')).toEqual({ running: 20, waiting: 3 });
    expect(roles.get('v8')).toEqual({ running: 10, waiting: 3 });
    expect(roles.get('workers')).toEqual({ running: 7, waiting: 0.5 });
    expect(roles.has('gpu')).toBe(false);
  });
});
