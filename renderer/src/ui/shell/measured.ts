/**
 * Times a pure computation made during render (a filter, a grouping) as a User Timing entry,
 * read by the benchmark and the browser's profiler. The result never depends on the clock, so
 * the render stays pure; only the entry does.
 */
export function measured<T>(name: string, work: () => T, shouldRecord = true): T {
  const started = performance.now();
  const result = work();
  if (shouldRecord) performance.measure(name, { start: started });
  return result;
}
