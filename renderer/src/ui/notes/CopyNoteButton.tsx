/** "Copy as Markdown" for one note (core/export's noteMarkdown). */
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { CopyMarkdownButton, loadCopyMarkdown } from '../export/CopyMarkdownButton';
import { uiLanguageOf } from '../i18n/setupI18n';

export interface CopyContext {
  readonly reports: readonly Report[];
}

export function CopyNoteButton({ note, context }: { readonly note: Note; readonly context: CopyContext }) {
  const { t, i18n } = useTranslation();
  return (
    <CopyMarkdownButton
      label={t('notes.copyMarkdown')}
      markdown={async () => (await loadCopyMarkdown()).noteMarkdown(note, { reports: context.reports, links: [] }, { lang: uiLanguageOf(i18n), quoteMode: 'passage' })}
      copiedMessage={t('notes.copied')}
      deniedMessage={(message) => t('notes.copyDenied', { message })}
    />
  );
}
