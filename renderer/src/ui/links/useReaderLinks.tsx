/**
 * Everything the reader needs of the delegate's links on one report: links by unit (live),
 * the action that opens the link dialog on a paragraph, remove and relabel, and the dialog and
 * Undo toast to render.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, Unit } from '../../core/report/types';
import { LinkDialog } from './LinkDialog';
import type { UnitLinkGroup } from './linkGroups';
import type { LinkActions } from './LinkItem';
import { useLinkRemoval } from './useLinkRemoval';
import { useReportLinks } from './useReportLinks';

export interface ReaderLinks {
  readonly byUnit: ReadonlyMap<string, UnitLinkGroup>;
  /** Null while the delegate's data is read-only: no link buttons. */
  readonly linkUnit: ((unit: Unit) => void) | null;
  readonly actions: LinkActions | null;
  /** The open dialog, the Undo toast and any read failure. */
  readonly elements: ReactNode;
}

export function useReaderLinks(report: Report, reports: readonly Report[], isReadOnly: boolean): ReaderLinks {
  const { t } = useTranslation();
  const reportId = report.meta.id;
  const { byUnit, error } = useReportLinks(reportId);
  const { remove, relabel, toast } = useLinkRemoval();
  const [linkingFrom, setLinkingFrom] = useState<Unit | undefined>();
  const actions = useMemo(() => (isReadOnly ? null : { remove, relabel }), [isReadOnly, remove, relabel]);
  const linkUnit = useCallback((unit: Unit) => setLinkingFrom(unit), []);
  const close = useCallback(() => setLinkingFrom(undefined), []);

  const elements = (
    <>
      {linkingFrom === undefined ? null : (
        <LinkDialog
          source={{ kind: 'unit', reportId, unitId: linkingFrom.id }}
          fromUnitId={linkingFrom.id}
          fromDescription={t('links.fromParagraph', { number: linkingFrom.number.replace(/^summary\./, '') })}
          defaultReportId={reportId}
          reports={reports}
          onClose={close}
        />
      )}
      {error === undefined ? null : (
        <p role="alert" className="notice">
          {t('links.readFailed', { message: error })}
        </p>
      )}
      {toast}
    </>
  );
  return { byUnit, linkUnit: isReadOnly ? null : linkUnit, actions, elements };
}
