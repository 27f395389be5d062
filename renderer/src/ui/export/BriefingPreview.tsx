/**
 * The live preview: the note count, and the Markdown exactly as it will be saved, as plain
 * preformatted text (React sets it as text, so nothing in a note body can become markup).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../core/export';
import { previewText } from './exportChoice';

/** The most characters the preview lays out; a briefing of 10,000 notes runs to megabytes. */
export const PREVIEW_MAX_LENGTH = 200_000;

interface BriefingPreviewProps {
  readonly briefing: Briefing | null;
  readonly isStale: boolean;
  readonly failure: string | null;
}

export function BriefingPreview({ briefing, isStale, failure }: BriefingPreviewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const preview = useMemo(() => previewText(briefing?.markdown ?? '', PREVIEW_MAX_LENGTH), [briefing]);
  const count =
    briefing === null
      ? t('exportDialog.preparing')
      : briefing.noteCount === 0
        ? t('exportDialog.empty')
        : t('exportDialog.noteCount', { count: briefing.noteCount });
  return (
    <section className="export-preview" aria-labelledby={headingId} aria-busy={isStale} data-note-count={briefing?.noteCount ?? ''}>
      <h3 id={headingId}>{t('exportDialog.preview')}</h3>
      <p className="export-count" role="status">
        {count}
      </p>
      {failure !== null ? (
        <p className="export-message is-error" role="alert">
          {t('exportDialog.buildFailed', { message: failure })}
        </p>
      ) : null}
      {preview.isTruncated ? (
        <p className="export-hint">{t('exportDialog.previewTruncated', { shown: preview.text.length, total: preview.totalLength })}</p>
      ) : null}
      {/* Focusable so that keyboard users can scroll a long preview. */}
      <pre className="export-preview-text" tabIndex={0} aria-label={t('exportDialog.previewLabel')}>
        {preview.text}
      </pre>
    </section>
  );
}
