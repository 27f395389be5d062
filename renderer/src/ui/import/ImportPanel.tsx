/**
 * The import's progress: each file with where it stands (or why it was not added), a cancel
 * while files wait or are read, links to open what was added, and a polite live region that
 * tells a screen reader how far the import is and how it ended.
 */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useListText } from '../i18n/useListText';
import { formatRoute } from '../routing/route';
import { importFailureText } from './importFailureText';
import { isFinished, type AddedRevision, type ImportFileState, type ImportFileStatus } from './importSession';
import { useDocumentImport } from './useDocumentImport';

const statusKeys = {
  waiting: 'waiting',
  reading: 'reading',
  indexing: 'indexing',
  asking: 'asking',
  saving: 'saving',
  added: 'added',
  'added-revision': 'addedRevision',
  replaced: 'replaced',
  'kept-both': 'keptBoth',
  skipped: 'skipped',
  cancelled: 'cancelled',
} as const;

function isAdded(status: ImportFileStatus): status is Extract<ImportFileStatus, { reportId: string }> {
  return status.kind === 'added' || status.kind === 'added-revision' || status.kind === 'replaced' || status.kind === 'kept-both';
}

/** What became of the notes on the revisions before a new current one: how many were carried, and a link to review the others. */
function CarriedNotesLine({ status }: { status: AddedRevision }) {
  const { t } = useTranslation();
  const listText = useListText();
  if (status.carried === 0 && status.toReview === 0) return null;
  return (
    <span className="import-file-notes">
      {status.carried > 0 ? t('documentImport.notesCarried', { count: status.carried, revision: status.revision }) : null}{' '}
      {status.toReview > 0 ? (
        <a href={formatRoute({ name: 'changes', oldId: status.previousId, newId: status.reportId })}>
          {t('documentImport.notesToReview', { count: status.toReview, revision: listText(status.reviewRevisions) })}
        </a>
      ) : null}
    </span>
  );
}

/** Memoised: a file's row object changes only with its status, so a change re-renders one row, not the list. */
const FileRow = memo(function FileRow({ file }: { file: ImportFileState }) {
  const { t } = useTranslation();
  const { status } = file;
  const text =
    status.kind === 'failed'
      ? t('documentImport.status.failed', { reason: importFailureText(status.failure, t) })
      : status.kind === 'added-revision'
        ? t('documentImport.status.addedRevision', { revision: status.revision, previous: status.previousRevision })
        : t(`documentImport.status.${statusKeys[status.kind]}`);
  return (
    <li className={`import-file is-${status.kind}`} data-status={status.kind}>
      <span className="import-file-name">{file.name}</span>
      <span className="import-file-status">{text}</span>
      {status.kind === 'added-revision' ? <CarriedNotesLine status={status} /> : null}
      {isAdded(status) ? (
        <a className="import-file-open" href={formatRoute({ name: 'report', reportId: status.reportId })} aria-label={t('documentImport.openNamed', { title: status.title })}>
          {t('documentImport.open')}
        </a>
      ) : null}
    </li>
  );
});

export function ImportPanel() {
  const { t } = useTranslation();
  const { state, session } = useDocumentImport();
  const headingId = useId();
  const { files } = state;
  const done = files.filter(isFinished).length;
  const isRunning = done < files.length;
  const added = files.filter((file) => isAdded(file.status)).length;
  const failed = files.filter((file) => file.status.kind === 'failed').length;
  const summary =
    files.length === 0
      ? ''
      : isRunning
        ? t('documentImport.running', { done, count: files.length })
        : t('documentImport.finished', { added, failed, other: files.length - added - failed });
  return (
    <>
      {/* Always in the page, so that a screen reader announces its first change too. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {summary}
      </p>
      {files.length === 0 ? null : (
        <section className="import-panel" aria-labelledby={headingId}>
          <div className="import-panel-header">
            <h2 id={headingId}>{t('documentImport.panelHeading')}</h2>
            {isRunning ? (
              <button type="button" className="import-cancel" aria-label={t('documentImport.cancelLabel')} onClick={() => session.cancel()}>
                {t('documentImport.cancel')}
              </button>
            ) : (
              <button type="button" className="import-close" onClick={() => session.clearFinished()}>
                {t('documentImport.close')}
              </button>
            )}
          </div>
          <p className="import-summary" aria-hidden="true">
            {summary}
          </p>
          <ol className="import-files">
            {files.map((file) => (
              <FileRow key={file.key} file={file} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
