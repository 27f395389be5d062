/** French strings of the briefing's cover, grouping, Word file and printing, the same shape as briefingSendEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { briefingSendEn } from './briefingSendEn';

export const briefingSendFr: TranslationIn<'fr', typeof briefingSendEn> = {
  cover: 'Page de garde',
  coverHint: 'Conservée pour la prochaine note d’information.',
  delegation: 'Délégation',
  session: 'Session',
  agendaItems: 'Points de l’ordre du jour',
  coverFailed: 'La page de garde n’a pas pu être conservée : {{message}}',
  grouping: 'Regrouper les notes',
  groupBySection: 'par rapport et par section',
  groupByStance: 'par position (positions à défendre, préoccupations, questions au secrétariat, suivis)',
  saveWord: 'Enregistrer en Word…',
  saveWordTitle: 'Enregistrer la note d’information en document Word',
  wordFiles: 'Document Word',
  print: 'Imprimer',
  printLabel: 'Imprimer ce rapport avec vos notes',
  alsoVersion: 'Citer aussi le paragraphe en',
  alsoVersionNone: 'aucune autre langue (celle de la note seulement)',
  alsoVersionFailed: 'La langue choisie n’a pas pu être mémorisée : {{message}}',
};
