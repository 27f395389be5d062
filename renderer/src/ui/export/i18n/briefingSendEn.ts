/** English strings of the briefing's cover, grouping, Word file and printing. */
export const briefingSendEn = {
  cover: 'Cover',
  coverHint: 'Remembered for the next briefing.',
  delegation: 'Delegation',
  session: 'Session',
  agendaItems: 'Agenda items',
  coverFailed: 'The cover could not be remembered: {{message}}',
  grouping: 'Group the notes',
  groupBySection: 'by report and section',
  groupByStance: 'by stance (positions to defend, concerns, questions for the secretariat, follow-ups)',
  saveWord: 'Save as Word…',
  saveWordTitle: 'Save the briefing as a Word document',
  wordFiles: 'Word document',
  print: 'Print',
  printLabel: 'Print this report with your notes',
};
