/**
 * The export worker: builds briefings off the main thread. A briefing of 10,000 notes takes
 * a second or more (the first one longer, while the exporter's body cache fills), which on the
 * page would freeze the dialog's radio buttons and checkboxes. Requests queue while one runs;
 * only the latest is then built, the others are answered as superseded.
 */
import { buildBriefing } from '../../core/export';
import type { Link, Note } from '../../core/notes';
import type { Report } from '../../core/report/types';
import type { FromExportWorker, ToExportWorker } from './exportWorkerProtocol';
import { messageOf } from '../feedback/errorMessage';

let reports: readonly Report[] = [];
let notes: readonly Note[] = [];
let links: readonly Link[] = [];
let latest: Extract<ToExportWorker, { type: 'build' }> | null = null;
let isBuildScheduled = false;

function reply(message: FromExportWorker): void {
  postMessage(message);
}

/** Builds the latest request; runs after the queued messages have been read. */
function buildLatest(): void {
  isBuildScheduled = false;
  const request = latest;
  latest = null;
  if (request === null) return;
  try {
    reply({ type: 'built', id: request.id, briefing: buildBriefing({ reports, notes, links, scope: request.scope, options: request.options }) });
  } catch (error) {
    reply({ type: 'failed', id: request.id, message: messageOf(error) });
  }
}

addEventListener('message', (event: MessageEvent<ToExportWorker>) => {
  const message = event.data;
  if (message.type === 'data') {
    reports = message.reports ?? reports;
    notes = message.notes ?? notes;
    links = message.links ?? links;
    return;
  }
  if (latest !== null) reply({ type: 'superseded', id: latest.id });
  latest = message;
  if (!isBuildScheduled) {
    isBuildScheduled = true;
    setTimeout(buildLatest, 0);
  }
});
