/**
 * A native modal <dialog> with a heading and a close button: the browser traps focus in it,
 * makes the page behind it inert and closes it on Esc (its `cancel` event), which here only
 * asks the owner to unmount it, so React and the browser never disagree on whether it is open.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  readonly className: string;
  readonly title: string;
  readonly closeLabel: string;
  readonly closeClassName?: string;
  /** The id of the element that describes the dialog (its introduction), if any. */
  readonly describedBy?: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function ModalDialog({ className, title, closeLabel, closeClassName, describedBy, onClose, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    // StrictMode mounts twice: showModal on an open dialog would throw.
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={className}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Esc: let React unmount the dialog instead of the browser closing it under React.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className={closeClassName} onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}
