/** Entity names in the interface language, for components (core/entities/entityNames.ts decides). */
import { useCallback } from 'react';
import { displayName } from '../../core/entities/entityNames';
import type { Entity } from '../../core/entities/types';
import { useUiLanguage } from '../i18n/useUiLanguage';

/** A function naming an entity in the current UI language; it changes when the language does. */
export function useEntityName(): (entity: Pick<Entity, 'id' | 'names'>) => string {
  const [language] = useUiLanguage();
  return useCallback((entity: Pick<Entity, 'id' | 'names'>) => displayName(entity, language), [language]);
}
