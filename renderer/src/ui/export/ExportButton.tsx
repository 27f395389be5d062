/**
 * The header's "Export briefing" button and the dialog it opens. The dialog is mounted only
 * while open, so the notes are read (and the database opened) only when someone exports; its
 * code (the briefing builder, the revision comparison) is loaded then too, not at start-up.
 */
import { lazy, memo, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/export.css';
import { CorpusGate } from '../data/CorpusGate';
import { useKnowledgeBase } from '../data/KnowledgeBaseContext';

const ExportDialog = lazy(() => import('./ExportDialog').then((module) => ({ default: module.ExportDialog })));

/** Memoised, as the header's other parts: each keystroke re-renders the app (the search box's state is the app's). */
export const ExportButton = memo(function ExportButton() {
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
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="export-open"
        aria-haspopup="dialog"
        disabled={state.status !== 'ready'}
        onClick={() => setIsOpen(true)}
      >
        {t('exportDialog.open')}
      </button>
      {/* Every report's text is fetched the first time a briefing is made, not at start-up. */}
      {isOpen && state.status === 'ready' ? (
        <CorpusGate>
          {(corpus) => (
            <Suspense fallback={null}>
              <ExportDialog reports={corpus.reports} onClose={close} />
            </Suspense>
          )}
        </CorpusGate>
      ) : null}
    </>
  );
});
