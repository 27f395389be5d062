/**
 * Files dragged anywhere over the window: an overlay says they will be added, and dropping them
 * starts the import. Without this, a dropped file would make the browser navigate to it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPickedDocumentFiles } from '../../bridge/browserBridge';
import { useDocumentImport } from './useDocumentImport';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function DropOverlay() {
  const { t } = useTranslation();
  const { session } = useDocumentImport();
  const [isDragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag left the window.
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      readPickedDocumentFiles(files).then(
        (opened) => session.add(opened.files, opened.refused),
        // Reading never rejects (an unreadable file is refused), so this is a bug worth seeing.
        (error: unknown) => console.error('dropped files could not be read', error),
      );
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [session]);

  if (!isDragging) return null;
  // Pointer events pass through, so the window keeps receiving the drag's events; the panel
  // and its live region announce the files once dropped.
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-message">
        <p className="drop-overlay-title">{t('documentImport.dropHere')}</p>
        <p>{t('documentImport.dropHint')}</p>
      </div>
    </div>
  );
}
