/**
 * Save, Save as Word and Copy. Saving goes through the bridge (an atomic write after a save
 * dialog in Electron, a download in the browser); the Word writer (core/export/docxBriefing.ts
 * and the docx library) is loaded on the first Word save, never with the app. Copy puts the
 * whole briefing on the clipboard. Each ends with a message: a confirmation as a status, a
 * failure as an alert, a cancelled save said plainly.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing, BriefingInput } from '../../core/export';
import { messageOf } from '../feedback/errorMessage';

type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };


interface ExportActionsProps {
  readonly briefing: Briefing | null;
  /** True while the briefing is not yet the one the form asks for: saving it would save the wrong notes. */
  readonly isStale: boolean;
  /** What the briefing is built from: the Word file is written from the same tree. */
  readonly input: BriefingInput;
}

export function ExportActions({ briefing, isStale, input }: ExportActionsProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const isUnavailable = briefing === null || briefing.noteCount === 0 || isStale || outcome.kind === 'busy';

  const save = async (): Promise<void> => {
    if (briefing === null) return;
    setOutcome({ kind: 'busy' });
    try {
      const saved = await window.kb.saveTextFile({
        title: t('exportDialog.saveTitle'),
        suggestedName: briefing.fileName,
        content: briefing.markdown,
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      });
      setOutcome(
        saved === null
          ? { kind: 'done', message: t('exportDialog.saveCancelled') }
          : { kind: 'done', message: t('exportDialog.saved', { name: saved.name }) },
      );
    } catch (error) {
      setOutcome({ kind: 'failed', message: t('exportDialog.saveFailed', { message: messageOf(error) }) });
    }
  };

  const saveWord = async (): Promise<void> => {
    setOutcome({ kind: 'busy' });
    try {
      const { buildDocxBriefing } = await import('../../core/export/docxBriefing');
      const docx = await buildDocxBriefing(input);
      const saved = await window.kb.saveBinaryFile({
        title: t('briefingSend.saveWordTitle'),
        suggestedName: docx.fileName,
        content: docx.bytes,
        filters: [{ name: t('briefingSend.wordFiles'), extensions: ['docx'] }],
      });
      setOutcome(
        saved === null
          ? { kind: 'done', message: t('exportDialog.saveCancelled') }
          : { kind: 'done', message: t('exportDialog.saved', { name: saved.name }) },
      );
    } catch (error) {
      setOutcome({ kind: 'failed', message: t('exportDialog.saveFailed', { message: messageOf(error) }) });
    }
  };

  const copy = async (): Promise<void> => {
    if (briefing === null) return;
    setOutcome({ kind: 'busy' });
    try {
      // navigator.clipboard is undefined outside secure contexts; that is a denial too.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('navigator.clipboard is unavailable');
      await navigator.clipboard.writeText(briefing.markdown);
      setOutcome({ kind: 'done', message: t('exportDialog.copied') });
    } catch (error) {
      setOutcome({ kind: 'failed', message: t('exportDialog.copyDenied', { message: messageOf(error) }) });
    }
  };

  return (
    <div className="export-actions">
      <div className="export-buttons">
        <button type="button" className="export-save" disabled={isUnavailable} onClick={() => void save()}>
          {t('exportDialog.save')}
        </button>
        <button type="button" className="export-save-word" disabled={isUnavailable} onClick={() => void saveWord()}>
          {t('briefingSend.saveWord')}
        </button>
        <button type="button" className="export-copy" disabled={isUnavailable} onClick={() => void copy()}>
          {t('exportDialog.copy')}
        </button>
      </div>
      <p className="export-message" role="status">
        {outcome.kind === 'busy' ? t('exportDialog.saving') : outcome.kind === 'done' ? outcome.message : ''}
      </p>
      {outcome.kind === 'failed' ? (
        <p className="export-message is-error" role="alert">
          {outcome.message}
        </p>
      ) : null}
    </div>
  );
}
