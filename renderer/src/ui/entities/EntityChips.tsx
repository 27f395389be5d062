/**
 * The entities a paragraph mentions, as chips linking to their pages. Reads the corpus's entity
 * data itself, so the reader only places it: one line in a shared component.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../core/entities/entityNames';
import { formatRoute } from '../routing/route';
import { useCorpusEntities } from './useCorpusEntities';

export const EntityChips = memo(function EntityChips({ unitId, number }: { unitId: string; number: string }) {
  const { t, i18n } = useTranslation();
  const data = useCorpusEntities();
  const entityIds = data?.index.entityIdsByUnit.get(unitId);
  if (data === null || entityIds === undefined || entityIds.length === 0) return null;
  return (
    // A span, not a list: a <p> may hold only phrasing content. The label names the group.
    <span className="entity-chips" role="group" aria-label={t('entities.chipsLabel', { number })}>
      {entityIds.map((entityId) => {
        const entity = data.index.entityById.get(entityId);
        if (entity === undefined) return null;
        return (
          <a key={entityId} className="entity-chip" data-entity={entityId} href={formatRoute({ name: 'entity', entityId })} title={t(`entities.kinds.${entity.kind}`)}>
            {displayName(entity, i18n.language) || entityId}
          </a>
        );
      })}
    </span>
  );
});
