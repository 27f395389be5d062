// The database layer's public API: the UI imports from here.
export { APP_DATABASE_NAME, KbDatabase, appDatabase } from './kbDatabase';
export type { KbDatabaseOptions } from './kbDatabase';
export { DATA_VERSION_KEY, NewerDataError } from './schemaVersion';
export type { DataVersionStatus, MetaRow } from './schemaVersion';
export { SCHEMA_VERSIONS, defineSchema, latestVersion } from './schema';
export type { SchemaVersion } from './schema';
export { NoteWriteError, isClosedError, isQuotaError, toNoteWriteError } from './writeErrors';
export type { NoteWriteErrorKind } from './writeErrors';
export { NotesRepository } from './notesRepository';
export type { NewNote, NoteChanges } from './notesRepository';
export { LinksRepository } from './linksRepository';
export { documentsRepository, linksRepository, notesRepository, settingsRepository } from './appRepositories';
export { DocumentsRepository } from './documentsRepository';
export type { DocumentRow, OriginalFileRow } from './documentsRepository';
export { documentsAtStartUp } from './documentsAtStartUp';
export { BRIEFING_COVER_KEY, SettingsRepository } from './settingsRepository';
export type { SettingRow } from './settingsRepository';
export type { NewLink } from './linksRepository';
export { backupFileName, exportBackup, importBackup } from './backup';
export type { ImportSummary } from './backup';
export { requestPersistentStorage } from './persistentStorage';
export type { PersistenceApi, PersistenceResult } from './persistentStorage';
export {
  readAllLinks,
  readAllNotes,
  readNote,
  readNoteLinks,
  readNotes,
  readOrphans,
  readRecentNotes,
  readReportNotes,
  readTags,
  readUnitLinks,
} from './liveQueries';
export type { Clock } from './clock';
export { NoteAutosave } from './noteAutosave';
export type { AutosaveOptions, AutosaveState, Schedule } from './noteAutosave';
