/**
 * The entities a paragraph mentions, as chips linking to their pages. Reads the corpus's entity
 * data itself, so the reader only places it: one line in a shared component.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntityName } from './useEntityName';
import { useRovingFocus } from '../keyboard/useRovingFocus';
import { formatRoute } from '../routing/route';
import { useCorpusEntities } from './useCorpusEntities';

export const EntityChips = memo(function EntityChips({ unitId, number }: { unitId: string; number: string }) {
  const { t } = useTranslation();
  const nameOf = useEntityName();
  const data = useCorpusEntities();
  const entityIds = data?.index.entityIdsByUnit.get(unitId);
  const entities = entityIds?.flatMap((entityId) => data?.index.entityById.get(entityId) ?? []) ?? [];
  // One Tab stop for the paragraph's chips, arrow keys between them.
  const roving = useRovingFocus(entities.length, '.entity-chip');
  if (entities.length === 0) return null;
  return (
    // A span, not a list: a <p> may hold only phrasing content. The label names the group; a
    // toolbar is the ARIA role whose arrow keys move between its controls.
    <span className="entity-chips" role="toolbar" aria-label={t('entities.chipsLabel', { number })} onKeyDown={roving.onKeyDown}>
      {entities.map((entity, index) => (
        <a
          key={entity.id}
          className="entity-chip"
          data-entity={entity.id}
          href={formatRoute({ name: 'entity', entityId: entity.id })}
          title={t(`entities.kinds.${entity.kind}`)}
          tabIndex={roving.tabIndexOf(index)}
          onFocus={() => roving.onFocusAt(index)}
        >
          {nameOf(entity) || entity.id}
        </a>
      ))}
    </span>
  );
});
