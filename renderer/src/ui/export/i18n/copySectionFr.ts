/** French strings of copying a section's notes, the same shape as copySectionEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { copySectionEn } from './copySectionEn';

export const copySectionFr: TranslationIn<'fr', typeof copySectionEn> = {
  groupLabel: 'Notes de {{section}}',
  copy: 'Copier les notes de la section en Markdown',
  copyNamed: 'Copier les notes de la section en Markdown : {{section}}',
  copied_one: 'La note de {{section}} est dans le presse-papiers en Markdown.',
  copied_many: 'Les {{count}} de notes de {{section}} sont dans le presse-papiers en Markdown.',
  copied_other: 'Les {{count}} notes de {{section}} sont dans le presse-papiers en Markdown.',
  copyDenied: 'Le presse-papiers a refusé ({{message}}). Ouvrez les notes et copiez-les une à une.',
};
