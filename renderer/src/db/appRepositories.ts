/**
 * The app's repositories over its one database (appDatabase), each created once on first use:
 * the UI's views, hooks and export all share them.
 */
import { DocumentsRepository } from './documentsRepository';
import { appDatabase } from './kbDatabase';
import { LinksRepository } from './linksRepository';
import { NotesRepository } from './notesRepository';
import { SettingsRepository } from './settingsRepository';

let notes: NotesRepository | undefined;
let links: LinksRepository | undefined;
let settings: SettingsRepository | undefined;
let documents: DocumentsRepository | undefined;

/** The app's notes repository. */
export function notesRepository(): NotesRepository {
  notes ??= new NotesRepository(appDatabase());
  return notes;
}

/** The app's links repository. */
export function linksRepository(): LinksRepository {
  links ??= new LinksRepository(appDatabase());
  return links;
}

/** The app's settings repository (what the delegate asked to be remembered, e.g. the briefing's cover). */
export function settingsRepository(): SettingsRepository {
  settings ??= new SettingsRepository(appDatabase());
  return settings;
}

/** The app's repository of imported documents (and their original files). */
export function documentsRepository(): DocumentsRepository {
  documents ??= new DocumentsRepository(appDatabase());
  return documents;
}
