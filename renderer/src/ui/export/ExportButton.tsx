/**
 * The header's "Export briefing" button and the dialog it opens. The dialog is mounted only
 * while open, so the notes are read (and the database opened) only when someone exports.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/export.css';
import { useKnowledgeBase } from '../data/KnowledgeBaseContext';
import { ExportDialog } from './ExportDialog';

export function ExportButton() {
  const { t } = useTranslation();
  const state = useKnowledgeBase();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Focus goes back to the button that opened the dialog (WAI-ARIA dialog pattern): the dialog
  // is unmounted rather than closed, so the browser's own focus restoration does not run.
  useEffect(() => {
    if (wasOpen.current && !isOpen) buttonRef.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);

  const close = useCallback(() => setIsOpen(false), []);
  const reports = state.status === 'ready' ? state.knowledgeBase.reports : null;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="export-open"
        aria-haspopup="dialog"
        disabled={reports === null}
        onClick={() => setIsOpen(true)}
      >
        {t('exportDialog.open')}
      </button>
      {isOpen && reports !== null ? <ExportDialog reports={reports} onClose={close} /> : null}
    </>
  );
}
