/** The links UI's one repository over the app's one database (db/appDatabase). */
import { appDatabase, LinksRepository } from '../../db';

let repository: LinksRepository | undefined;

/** The app's links repository, created on first use. */
export function linksRepository(): LinksRepository {
  repository ??= new LinksRepository(appDatabase());
  return repository;
}

/** A failed write's message, for the delegate. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
