/** "Copy as Markdown" for one note (core/export's noteMarkdown), with a message if the clipboard refuses. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteMarkdown } from '../../core/export/copyMarkdown';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';

export interface CopyContext {
  readonly reports: readonly Report[];
}

export function CopyNoteButton({ note, context }: { readonly note: Note; readonly context: CopyContext }) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState('');
  const copy = async (): Promise<void> => {
    const markdown = noteMarkdown(
      note,
      { reports: context.reports, links: [] },
      { lang: i18n.language === 'en' ? 'en' : 'zh', quoteMode: 'passage' },
    );
    try {
      await navigator.clipboard.writeText(markdown);
      setMessage(t('notes.copied'));
    } catch (error) {
      setMessage(t('notes.copyDenied', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {t('notes.copyMarkdown')}
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </>
  );
}
