/**
 * The small "Annotate" button that appears beside a passage selected in the reader's text. It
 * follows the document's selection (mouse or keyboard) and keeps the selection when pressed.
 */
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { currentUnitSelection, type UnitSelection } from './selectionOffsets';

interface SelectionAnnotateButtonProps {
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly isDisabled: boolean;
  readonly onAnnotate: (selection: UnitSelection) => void;
}

export function SelectionAnnotateButton({ rootRef, isDisabled, onAnnotate }: SelectionAnnotateButtonProps) {
  const { t } = useTranslation();
  const [selection, setSelection] = useState<UnitSelection | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      // One read per frame: selectionchange fires for every step of a drag.
      frame = requestAnimationFrame(() => {
        const root = rootRef.current;
        setSelection(root === null ? null : currentUnitSelection(root));
      });
    };
    document.addEventListener('selectionchange', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
    };
  }, [rootRef]);

  if (selection === null || isDisabled) return null;
  return (
    <button
      type="button"
      className="selection-annotate"
      // Placed below the selection, in viewport coordinates (position: fixed); a style
      // property set through the CSSOM, which the CSP (style-src 'self') allows.
      style={{ top: `${Math.round(selection.rect.bottom + 6)}px`, left: `${Math.round(Math.max(8, selection.rect.left))}px` }}
      title={t('notes.annotateSelectionHint')}
      // Pressing the button must not collapse the selection it is about.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        onAnnotate(selection);
        window.getSelection()?.removeAllRanges();
        setSelection(null);
      }}
    >
      {t('notes.annotateSelection')}
    </button>
  );
}
