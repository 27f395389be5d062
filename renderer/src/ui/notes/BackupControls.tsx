/**
 * Export every note to a JSON backup (W3C AnnotationCollection, db/backup.ts) and import one
 * back, through the bridge's file verbs. An invalid file changes nothing and its error is shown.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupFormatError } from '../../core/notes';
import { appDatabase, backupFileName, exportBackup, importBackup } from '../../db';
import { messageOf } from '../feedback/errorMessage';
import { backupProblemText } from './backupErrorText';

export function BackupControls({ isReadOnly }: { readonly isReadOnly: boolean }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ readonly text: string; readonly isError: boolean } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const filters = [{ name: t('notes.fileFilter'), extensions: ['json'] }];
  // A refused file is explained in plain words, in the interface language; the first problems
  // (JSON paths) follow as details for whoever edits or repairs the file.
  const importFailure = (error: unknown): string => {
    if (!(error instanceof BackupFormatError)) return t('notes.importFailed', { message: messageOf(error) });
    // A newer app's backup is said as such; anything else in plain words, never the format's field names.
    if (error.rejection === 'newerVersion') return t('notes.backupRejected.newerVersion');
    return t('notes.importFailed', { message: backupProblemText(error.issues, t) });
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const exportNotes = (): Promise<void> =>
    run(async () => {
      try {
        const content = await exportBackup(appDatabase());
        const saved = await window.kb.saveTextFile({
          title: t('notes.exportBackup'),
          suggestedName: backupFileName(new Date().toISOString()),
          content,
          filters,
        });
        if (saved !== null) setMessage({ text: t('notes.exported', { name: saved.name }), isError: false });
      } catch (error) {
        setMessage({ text: t('notes.backupFailed', { message: messageOf(error) }), isError: true });
      }
    });

  const importNotes = (): Promise<void> =>
    run(async () => {
      try {
        const file = await window.kb.openTextFile({ title: t('notes.importBackup'), filters });
        if (file === null) return;
        try {
          const summary = await importBackup(appDatabase(), file.content);
          setMessage({ text: t('notes.imported', { name: file.name, ...summary.notes }), isError: false });
        } catch (error) {
          setMessage({ text: importFailure(error), isError: true });
        }
      } catch (error) {
        setMessage({ text: t('notes.backupFailed', { message: messageOf(error) }), isError: true });
      }
    });

  return (
    <section className="backup-controls" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('notes.backupHeading')}</h2>
      <button type="button" disabled={isBusy} onClick={() => void exportNotes()}>
        {t('notes.exportBackup')}
      </button>{' '}
      <button type="button" disabled={isBusy || isReadOnly} onClick={() => void importNotes()}>
        {t('notes.importBackup')}
      </button>
      <p role="status" className={message?.isError === true ? 'backup-message is-error' : 'backup-message'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
