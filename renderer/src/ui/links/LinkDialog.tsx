/**
 * The link dialog: a native modal <dialog> (as the export dialog), so the browser traps focus
 * in it, makes the page behind it inert and closes it on Esc. The delegate picks the target
 * report and types or picks a paragraph number; the label is optional. Nothing is written
 * until the target is valid, and a failed write is said, with the form kept as typed.
 */
import { linksRepository } from '../../db';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkDestination, LinkSource } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import { checkLinkTarget, isAlreadyLinked, linkableNumbers, normalizeTargetNumber } from './linkTargets';
import { messageOf } from '../feedback/errorMessage';

export interface LinkDialogProps {
  readonly source: LinkSource;
  /** The paragraph the link starts from (a note's own paragraph): refused as the target. */
  readonly fromUnitId: string;
  /** Says what is linked, e.g. "paragraph 4.3", in the dialog's title. */
  readonly fromDescription: string;
  readonly defaultReportId: string;
  readonly reports: readonly Report[];
  readonly onClose: () => void;
}

export function LinkDialog({ source, fromUnitId, fromDescription, defaultReportId, reports, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reportId, setReportId] = useState(defaultReportId);
  const [number, setNumber] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [isSaving, setIsSaving] = useState(false);
  const numbers = useMemo(() => linkableNumbers(reports.find((report) => report.meta.id === reportId)?.units ?? []), [reports, reportId]);

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement;
    // StrictMode mounts twice: showModal on an open dialog would throw.
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // React removes the dialog itself: give focus back to the button that opened it.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (isSaving) return;
    const check = checkLinkTarget({ reports, reportId, number, fromUnitId });
    if (!check.isValid) {
      setProblem(t(`links.problems.${check.problem}`, { number: check.number }));
      return;
    }
    setProblem(undefined);
    setIsSaving(true);
    saveLink(check.to, normalizeTargetNumber(number)).then(
      (isSaved) => {
        if (isSaved) onClose();
        else setIsSaving(false);
      },
      (error: unknown) => {
        setIsSaving(false);
        setProblem(t('links.writeFailed', { message: messageOf(error) }));
      },
    );
  };

  const saveLink = async (to: LinkDestination, number: string): Promise<boolean> => {
    const links = linksRepository();
    const existing = source.kind === 'unit' ? await links.listFromUnit(source.unitId) : await links.listFromNote(source.noteId);
    if (isAlreadyLinked(existing, to)) {
      setProblem(t('links.problems.alreadyLinked', { number }));
      return false;
    }
    await links.create({ from: source, to, label });
    return true;
  };

  return (
    <dialog
      ref={dialogRef}
      className="link-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        // Esc: let React unmount the dialog instead of the browser closing it under React.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('links.dialogTitle', { from: fromDescription })}</h2>
      <form className="link-form" onSubmit={save} noValidate>
        <label htmlFor={`${id}-report`}>{t('links.report')}</label>
        <select id={`${id}-report`} className="link-report" value={reportId} onChange={(event) => setReportId(event.target.value)}>
          {reports.map((report) => (
            <option key={report.meta.id} value={report.meta.id} lang={report.meta.language}>
              {report.meta.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-number`}>{t('links.number')}</label>
        <input
          id={`${id}-number`}
          className="link-number"
          list={`${id}-numbers`}
          value={number}
          autoComplete="off"
          inputMode="decimal"
          aria-invalid={problem !== undefined}
          aria-describedby={`${id}-number-hint${problem === undefined ? '' : ` ${id}-problem`}`}
          onChange={(event) => {
            setNumber(event.target.value);
            setProblem(undefined);
          }}
        />
        <datalist id={`${id}-numbers`}>
          {numbers.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
        <p id={`${id}-number-hint`} className="field-hint">
          {t('links.numberHint')}
        </p>
        <label htmlFor={`${id}-label`}>{t('links.label')}</label>
        <input id={`${id}-label`} className="link-label-input" value={label} onChange={(event) => setLabel(event.target.value)} />
        {problem === undefined ? null : (
          <p id={`${id}-problem`} role="alert" className="link-problem">
            {problem}
          </p>
        )}
        <div className="link-dialog-actions">
          <button type="submit" className="link-save" disabled={isSaving}>
            {isSaving ? t('links.saving') : t('links.save')}
          </button>
          <button type="button" className="link-cancel" onClick={onClose}>
            {t('links.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
