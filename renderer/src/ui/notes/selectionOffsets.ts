/**
 * The passage the delegate selected, as offsets in a unit's text. Offsets count UTF-16 code
 * units from the start of the unit's text element (`.unit-text`), whatever <mark> or <span>
 * elements highlights have cut it into: the length of a DOM Range's text from the element's
 * start to each end of the selection.
 */

/** A selection inside one unit's text. */
export interface UnitSelection {
  readonly unitNumber: string;
  readonly start: number;
  readonly end: number;
  /** The selection's box, to place the Annotate button beside it. */
  readonly rect: { readonly top: number; readonly left: number; readonly bottom: number };
}

function unitTextElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('.unit-text') ?? null;
}

function offsetWithin(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The current selection when it lies inside one unit's text and is not empty; else null. */
export function currentUnitSelection(root: HTMLElement): UnitSelection | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const textElement = unitTextElementOf(range.startContainer);
  if (textElement === null || textElement !== unitTextElementOf(range.endContainer) || !root.contains(textElement)) return null;
  const unitNumber = textElement.closest<HTMLElement>('[data-unit]')?.dataset.unit;
  if (unitNumber === undefined) return null;
  const start = offsetWithin(textElement, range.startContainer, range.startOffset);
  const end = offsetWithin(textElement, range.endContainer, range.endOffset);
  if (end <= start) return null;
  const box = range.getBoundingClientRect();
  return { unitNumber, start, end, rect: { top: box.top, left: box.left, bottom: box.bottom } };
}
