/** A paragraph's links under it: outgoing (→) then incoming (←), each a deep link. */
import { useTranslation } from 'react-i18next';
import '../../styles/links.css';
import type { UnitLinkGroup } from './linkGroups';
import { LinkItem, type LinkActions } from './LinkItem';

interface UnitLinksProps {
  readonly group: UnitLinkGroup;
  /** The unit's number ("4.3", "summary.1"), for tests and styles to find the list. */
  readonly unitNumber: string;
  /** The paragraph's number as shown ("4.3", or "1" for summary.1). */
  readonly number: string;
  readonly reportId: string;
  readonly actions: LinkActions | null;
}

export function UnitLinks({ group, unitNumber, number, reportId, actions }: UnitLinksProps) {
  const { t } = useTranslation();
  if (group.outgoing.length === 0 && group.incoming.length === 0) return null;
  return (
    <div className="unit-links" data-links-of={unitNumber}>
      <span className="unit-links-heading" aria-hidden="true">
        {t('links.heading')}
      </span>
      <ul className="link-list" aria-label={t('links.listOf', { number })}>
        {group.outgoing.map((shown) => (
          <LinkItem key={`out-${shown.link.id}`} shown={shown} direction="outgoing" hereReportId={reportId} actions={actions} />
        ))}
        {group.incoming.map((shown) => (
          <LinkItem key={`in-${shown.link.id}`} shown={shown} direction="incoming" hereReportId={reportId} actions={actions} />
        ))}
      </ul>
    </div>
  );
}
