/**
 * Builds briefings in the export worker, or on the page when no worker can start (the result
 * is the same, only the dialog is less responsive). One builder per dialog: it remembers which
 * corpus, notes and links the worker already holds, so a change of scope sends only the scope.
 */
import type { Briefing, BriefingInput } from '../../core/export';
import type { Link, Note } from '../../core/notes';
import type { Report } from '../../core/report/types';
import type { FromExportWorker, ToExportWorker } from './exportWorkerProtocol';

export interface BriefingBuilder {
  /** The briefing for `input`, or null when a later request superseded this one. */
  build(input: BriefingInput): Promise<Briefing | null>;
  dispose(): void;
}

function pageBuilder(): BriefingBuilder {
  // Loaded only here: the exporter otherwise runs in its worker, not in the page's bundle.
  return { build: async (input) => (await import('../../core/export/briefing')).buildBriefing(input), dispose: () => undefined };
}

/** A builder backed by a new export worker; the page builder when workers are unavailable. */
export function createBriefingBuilder(): BriefingBuilder {
  let worker: Worker;
  try {
    // Vite bundles the worker as its own chunk from this exact `new Worker(new URL(…))` form.
    worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'export' });
  } catch {
    return pageBuilder();
  }
  let nextId = 1;
  let sent: { reports?: readonly Report[]; notes?: readonly Note[]; links?: readonly Link[] } = {};
  const waiting = new Map<
    number,
    { readonly input: BriefingInput; readonly resolve: (briefing: Briefing | null) => void; readonly reject: (error: Error) => void }
  >();
  let fallback: BriefingBuilder | null = null;

  worker.addEventListener('error', (event) => {
    // A worker that cannot run (or crashed): build on the page from now on, this time included.
    event.preventDefault();
    const page = pageBuilder();
    fallback = page;
    for (const { input, resolve, reject } of waiting.values()) page.build(input).then(resolve, reject);
    waiting.clear();
  });
  worker.addEventListener('message', (event: MessageEvent<FromExportWorker>) => {
    const message = event.data;
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'built') waiter?.resolve(message.briefing);
    else if (message.type === 'superseded') waiter?.resolve(null);
    else waiter?.reject(new Error(message.message));
  });

  return {
    build(input) {
      if (fallback !== null) return fallback.build(input);
      const data: { -readonly [K in keyof typeof sent]: (typeof sent)[K] } = {};
      if (sent.reports !== input.reports) data.reports = input.reports;
      if (sent.notes !== input.notes) data.notes = input.notes;
      if (sent.links !== input.links) data.links = input.links;
      if (Object.keys(data).length > 0) {
        worker.postMessage({ type: 'data', ...data } satisfies ToExportWorker);
        sent = { reports: input.reports, notes: input.notes, links: input.links };
      }
      const id = nextId++;
      worker.postMessage({ type: 'build', id, scope: input.scope, options: input.options } satisfies ToExportWorker);
      return new Promise((resolve, reject) => waiting.set(id, { input, resolve, reject }));
    },
    dispose() {
      worker.terminate();
      for (const { resolve } of waiting.values()) resolve(null);
      waiting.clear();
    },
  };
}
