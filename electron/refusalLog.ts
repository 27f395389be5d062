/**
 * One tiny logger for everything the shell refuses (requests, navigations, windows,
 * permissions, IPC), so a refused action is visible in the terminal instead of silent.
 */

/** Records that `what` was refused for `subject` (usually a URL). */
export type RefusalLogger = (what: string, subject: string) => void;

/** Long data: URLs would flood the log; the start is enough to recognise them. */
const maxSubjectLength = 200;

/** Logs with console.warn, truncating very long subjects. */
export const warnRefusal: RefusalLogger = (what, subject) => {
  const shown = subject.length > maxSubjectLength ? `${subject.slice(0, maxSubjectLength)}…` : subject;
  console.warn(`[kb shell] refused ${what}: ${shown}`);
};
