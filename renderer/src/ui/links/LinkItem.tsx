/**
 * One shown link: an arrow and the other end as a deep link (any report), its label, and, when
 * links can be written, Edit label and Remove. Editing the label happens in place.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Link } from '../../core/notes/types';
import { formatRoute } from '../routing/route';
import type { LinkEnd, ShownLink } from './linkGroups';
import { summaryNumberOf } from './linkTargets';

/** What can be done to a link; null while the delegate's data is read-only. */
export interface LinkActions {
  readonly remove: (link: Link) => void;
  readonly relabel: (link: Link, label: string) => Promise<void>;
}

interface LinkItemProps {
  readonly shown: ShownLink;
  readonly direction: 'outgoing' | 'incoming';
  /** The report being read: ends in other reports are named with their report. */
  readonly hereReportId: string;
  readonly actions: LinkActions | null;
}

function routeOf(end: LinkEnd): string {
  return formatRoute({ name: 'report', reportId: end.reportId, unit: end.number, ...(end.noteId === undefined ? {} : { note: end.noteId }) });
}

export function LinkItem({ shown, direction, hereReportId, actions }: LinkItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>();
  const { link, other } = shown;
  const summaryNumber = summaryNumberOf(other.number);
  const number = summaryNumber === undefined ? other.number : t('links.summaryNumber', { number: summaryNumber });
  const place = other.reportId === hereReportId ? number : t('links.inReport', { report: other.reportId, number });
  const where = other.noteId === undefined ? place : t('links.noteOn', { where: place });
  const arrow = direction === 'outgoing' ? '→' : '←';
  const description = t(direction === 'outgoing' ? 'links.outgoing' : 'links.incoming', { where });

  const saveLabel = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (actions === null || draft === undefined) return;
    actions.relabel(link, draft).then(
      () => setDraft(undefined),
      // The toast says why; the draft stays for another try.
      () => undefined,
    );
  };

  return (
    <li className={`link-item is-${direction}`} data-link-id={link.id}>
      <a className="link-end" href={routeOf(other)} aria-label={description}>
        <span aria-hidden="true">{arrow} </span>
        {where}
      </a>
      {draft === undefined ? (
        link.label === '' ? null : <span className="link-label"> {link.label}</span>
      ) : (
        <form className="link-relabel" onSubmit={saveLabel}>
          <label htmlFor={`${id}-label`} className="visually-hidden">
            {t('links.labelOf', { where })}
          </label>
          <input id={`${id}-label`} value={draft} autoFocus onChange={(event) => setDraft(event.target.value)} />
          <button type="submit">{t('links.saveLabel')}</button>
          <button type="button" onClick={() => setDraft(undefined)}>
            {t('links.cancel')}
          </button>
        </form>
      )}
      {actions === null || draft !== undefined ? null : (
        <>
          <button type="button" className="link-button link-edit" aria-label={t('links.editLabelOf', { where })} onClick={() => setDraft(link.label)}>
            {t('links.editLabel')}
          </button>
          <button type="button" className="link-button link-remove" aria-label={t('links.removeLink', { where })} onClick={() => actions.remove(link)}>
            {t('links.remove')}
          </button>
        </>
      )}
    </li>
  );
}
