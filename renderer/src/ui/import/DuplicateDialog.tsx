/**
 * The question when a file is a document the library already holds (same symbol, language and
 * revision): replace the earlier copy, keep both, or skip the file (the header's button, where
 * focus lands first). A bundled document is never
 * replaced, so only keep both and skip are offered for it. Esc skips the file too.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../shell/ModalDialog';
import { useDateText, useDocumentImport } from './useDocumentImport';

export function DuplicateDialog() {
  const { t } = useTranslation();
  const { state, session } = useDocumentImport();
  const dateText = useDateText();
  const introId = useId();
  const { question } = state;
  if (question === null) return null;
  const { existing } = question;
  const intro =
    existing.origin === 'bundled' || existing.addedAt === undefined
      ? t('documentImport.duplicate.bundledIntro', { file: question.fileName, existing: existing.title })
      : t('documentImport.duplicate.importedIntro', { file: question.fileName, existing: existing.title, date: dateText(existing.addedAt) });
  return (
    <ModalDialog
      key={question.fileKey}
      className="duplicate-dialog"
      title={t('documentImport.duplicate.title')}
      // The header's button skips: the safe choice is where focus lands first.
      closeLabel={t('documentImport.duplicate.skip')}
      describedBy={introId}
      onClose={() => session.choose('skip')}
    >
      <div id={introId}>
        <p>{intro}</p>
        <p>{t('documentImport.duplicate.question')}</p>
      </div>
      <div className="duplicate-choices">
        {question.canReplace ? (
          <button type="button" onClick={() => session.choose('replace')}>
            {t('documentImport.duplicate.replace')}
          </button>
        ) : null}
        <button type="button" onClick={() => session.choose('keep-both')}>
          {t('documentImport.duplicate.keepBoth')}
        </button>
      </div>
      <p className="duplicate-note">{t('documentImport.duplicate.notesKept')}</p>
    </ModalDialog>
  );
}
