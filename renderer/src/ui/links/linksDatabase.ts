/** The links UI's one repository over the app's one database (db/appDatabase). */
import { appDatabase, LinksRepository } from '../../db';

let repository: LinksRepository | undefined;

/** The app's links repository, created on first use. */
export function linksRepository(): LinksRepository {
  repository ??= new LinksRepository(appDatabase());
  return repository;
}
