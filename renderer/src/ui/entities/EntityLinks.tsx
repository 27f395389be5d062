/** A list of entities as links to their pages, inline, separated as the UI language separates lists. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityRef } from '../../core/entities';
import { formatRoute } from '../routing/route';
import { useEntityRefName } from './useEntityRefName';

export function EntityLinks({ refs }: { refs: readonly EntityRef[] }) {
  const { t } = useTranslation();
  const nameOf = useEntityRefName();
  const separator = t('entities.listSeparator');
  return refs.map((ref, index) => (
    <Fragment key={ref.id}>
      {index > 0 ? separator : ''}
      <a href={formatRoute({ name: 'entity', entityId: ref.id })}>{nameOf(ref)}</a>
    </Fragment>
  ));
}
