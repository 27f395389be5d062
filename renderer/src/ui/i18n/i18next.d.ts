// Typed translation keys: t('search.labl') is a compile error, not a blank label at run time.
import 'i18next';
import type { UiStrings } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiStrings };
  }
}
