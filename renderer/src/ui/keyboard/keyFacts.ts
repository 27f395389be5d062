/** A DOM key event's plain facts, for shortcutOf. */
import { isEditableElement, type KeyFacts } from './shortcuts';

export function keyFactsOf(event: KeyboardEvent): KeyFacts {
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
    isInEditable: isEditableElement(event.target instanceof Element ? event.target : null),
    isComposing: event.isComposing,
  };
}
