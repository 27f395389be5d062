/** French strings of language versions (see versionsEn.ts). Language names come from Intl in lower case ("anglais"), hence "le texte en {{language}}". */
import type { TranslationIn } from '../../i18n/translation';
import type { versionsEn } from './versionsEn';

export const versionsFr: TranslationIn<'fr', typeof versionsEn> = {
  barLabel: 'Versions linguistiques de ce document',
  thisVersion: '{{language}} (cette version)',
  readIn: 'Lire en {{language}}',
  showBeside: 'Afficher en regard le texte en {{language}}',
  heading: 'Côte à côte : {{left}} et {{right}}',
  firstColumn: 'Première colonne',
  secondColumn: 'Deuxième colonne',
  readAlone: 'Lire seulement le texte en {{language}}',
  missing: 'Absent du texte en {{language}}.',
  uncertain: 'Appariés d’après leur seule position : vérifiez que ces paragraphes se correspondent.',
  noteOn: 'Note sur le texte en {{language}}',
  emptyNote: '(note vide)',
  openNote: 'Ouvrir cette note dans le texte en {{language}}',
  unplacedHeading: 'Notes sur des paragraphes absents de cette version',
  alsoIn: 'Existe aussi en {{languages}}',
  besideMissing: 'La bibliothèque ne contient pas de version « {{id}} » de ce document.',
};
