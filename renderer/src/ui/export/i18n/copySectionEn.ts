/** English strings of copying a section's notes from the notes panel. */
export const copySectionEn = {
  groupLabel: 'Notes in {{section}}',
  copy: 'Copy section’s notes as Markdown',
  copyNamed: 'Copy section’s notes as Markdown: {{section}}',
  copied_one: 'The note of {{section}} is on the clipboard as Markdown.',
  copied_other: 'The {{count}} notes of {{section}} are on the clipboard as Markdown.',
  copyDenied: 'The clipboard refused ({{message}}). Open the notes and copy them one by one.',
};
