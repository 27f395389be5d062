/**
 * One Tab stop for a group of controls, arrow keys inside it (WAI-ARIA APG "roving tabindex",
 * as a toolbar does): the last control used keeps tabIndex 0, the others -1. A paragraph's
 * dozen entity chips were a dozen Tab stops between one paragraph and the next.
 */
import { useState, type KeyboardEvent } from 'react';

export interface RovingFocus {
  /** The tabIndex of the control at `index`. */
  readonly tabIndexOf: (index: number) => 0 | -1;
  /** For the group's element: moves focus with ←/→ (↑/↓ too), Home and End. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** For each control: remembers the one focused (by Tab, click or arrow). */
  readonly onFocusAt: (index: number) => void;
}

const steps: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** `selector` picks the group's controls inside the element the key event comes to. */
export function useRovingFocus(count: number, selector: string): RovingFocus {
  const [current, setCurrent] = useState(0);
  const active = Math.min(current, Math.max(0, count - 1));
  return {
    tabIndexOf: (index) => (index === active ? 0 : -1),
    onFocusAt: setCurrent,
    onKeyDown: (event) => {
      const step = steps[event.key];
      const target = event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : step === undefined ? null : (active + step + count) % count;
      if (target === null || count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      setCurrent(target);
      event.currentTarget.querySelectorAll<HTMLElement>(selector)[target]?.focus();
    },
  };
}
