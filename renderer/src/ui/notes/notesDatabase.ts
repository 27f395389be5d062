/** The notes UI's one repository over the app's one database (db/appDatabase). */
import { appDatabase, NotesRepository } from '../../db';

let repository: NotesRepository | undefined;

/** The app's notes repository, created on first use. */
export function notesRepository(): NotesRepository {
  repository ??= new NotesRepository(appDatabase());
  return repository;
}
