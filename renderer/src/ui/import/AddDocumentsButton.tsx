/** "Add documents…" in the library: the shell's open dialog (several files), then the import session. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../feedback/errorMessage';
import { useDocumentImport } from './useDocumentImport';

export function AddDocumentsButton() {
  const { t } = useTranslation();
  const { session } = useDocumentImport();
  const hintId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const pick = (): void => {
    setFailure(null);
    window.kb
      .openDocumentFiles({ title: t('documentImport.pickTitle'), filters: [{ name: t('documentImport.fileTypes'), extensions: ['docx', 'pdf', 'txt'] }] })
      .then(
        (opened) => {
          if (opened !== null) session.add(opened.files, opened.refused);
        },
        (error: unknown) => setFailure(messageOf(error)),
      );
  };
  return (
    <div className="add-documents">
      <button type="button" className="add-documents-button" aria-describedby={hintId} onClick={pick}>
        {t('documentImport.add')}
      </button>
      <p id={hintId} className="add-documents-hint">
        {t('documentImport.addHint')}
      </p>
      {failure === null ? null : (
        <p className="add-documents-error" role="alert">
          {t('documentImport.pickFailed', { message: failure })}
        </p>
      )}
    </div>
  );
}
