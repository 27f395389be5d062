/** The app's global keyboard shortcuts, decided from a key event's plain facts. */

export interface KeyFacts {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  /** Whether the event's target takes text (input, textarea, select, contenteditable). */
  readonly isInEditable: boolean;
  /** Whether an IME composition is in progress: its keys belong to the IME. */
  readonly isComposing: boolean;
}

export type Shortcut = 'focusSearch' | 'showShortcuts' | 'annotate';

/**
 * `Ctrl+K` / `Cmd+K` focus search from anywhere; `/` does too, but only outside text fields,
 * where it would otherwise be a character the user is typing. `?` shows the shortcut list and
 * `N` makes a note (on the selected passage, else the focused paragraph), outside text fields.
 */
export function shortcutOf(event: KeyFacts): Shortcut | null {
  if (event.isComposing) return null;
  const key = event.key.toLowerCase();
  if (key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) return 'focusSearch';
  const isPlain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.isInEditable;
  if (!isPlain) return null;
  if (key === '/') return 'focusSearch';
  // `?` is Shift+/ on most layouts: the key, not the modifier, decides.
  if (key === '?') return 'showShortcuts';
  if (key === 'n' && !event.shiftKey) return 'annotate';
  return null;
}

/** Whether an element takes typed text, so single-key shortcuts must leave it alone. */
export function isEditableElement(element: Element | null): boolean {
  if (element === null) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}
