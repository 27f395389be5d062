/** Spanish strings of copying a section's notes, the same shape as copySectionEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { copySectionEn } from './copySectionEn';

export const copySectionEs: TranslationIn<'es', typeof copySectionEn> = {
  groupLabel: 'Notas de {{section}}',
  copy: 'Copiar las notas de la sección como Markdown',
  copyNamed: 'Copiar las notas de la sección como Markdown: {{section}}',
  copied_one: 'La nota de {{section}} está en el portapapeles como Markdown.',
  copied_many: 'Los {{count}} de notas de {{section}} están en el portapapeles como Markdown.',
  copied_other: 'Las {{count}} notas de {{section}} están en el portapapeles como Markdown.',
  copyDenied: 'El portapapeles lo rechazó ({{message}}). Abra las notas y cópielas una por una.',
};
