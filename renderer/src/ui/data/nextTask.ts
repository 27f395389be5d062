/**
 * Resolves in a new macrotask: the messages and events that arrived meanwhile (a query, a
 * keystroke) are handled first. Long loading work (a segment decoded, parsed, added; the facets
 * read) awaits it between its steps.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `run` in a new task at once, after the messages and events that arrived meanwhile: a chain
 * of setTimeout(0) (nextTask) waits 4 ms at each link once nested (the HTML timer clamping), idle
 * time between the slices of background work.
 */
export function inNextTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

/** Resolves in a new task at once (inNextTask): for work that awaits between its steps without the timer clamping. */
export function nextTaskNow(): Promise<void> {
  return new Promise((resolve) => inNextTask(resolve));
}
