/**
 * Resolves in a new macrotask: the messages and events that arrived meanwhile (a query, a
 * keystroke) are handled first. Long loading work (a segment decoded, parsed, added; the facets
 * read) awaits it between its steps.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
