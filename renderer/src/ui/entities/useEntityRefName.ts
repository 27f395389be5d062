/**
 * Names of entities met as references (an activity row's places and organisations, a facet's
 * values), in the interface language: the corpus's entity, where it is loaded, has every name
 * to choose from; the reference alone has only the name printed in the report.
 */
import { useCallback } from 'react';
import { useCorpusEntities } from './useCorpusEntities';
import { useEntityName } from './useEntityName';

export function useEntityRefName(): (ref: { readonly id: string; readonly name: string }) => string {
  const data = useCorpusEntities();
  const nameOf = useEntityName();
  return useCallback((ref) => nameOf(data?.index.entityById.get(ref.id) ?? { id: ref.id, names: [ref.name] }), [data, nameOf]);
}
