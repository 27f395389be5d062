/** The briefing's "also quote the paragraph in" language is remembered across openings of the database; a damaged row reads as none saved. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BRIEFING_ALSO_VERSION_KEY, SettingsRepository } from '../../renderer/src/db/settingsRepository';
import { freshDatabaseName, openDatabase } from './dbFixtures';

describe('the remembered also-version language', () => {
  it('is absent until saved, then read back after the database is reopened; "" (none) is remembered too', async () => {
    const name = freshDatabaseName();
    const db = openDatabase(name);
    const settings = new SettingsRepository(db);
    expect(await settings.briefingAlsoVersion()).toBeUndefined();
    await settings.saveBriefingAlsoVersion('fr');
    db.close();
    const reopened = new SettingsRepository(openDatabase(name));
    expect(await reopened.briefingAlsoVersion()).toBe('fr');
    await reopened.saveBriefingAlsoVersion('');
    expect(await reopened.briefingAlsoVersion()).toBe('');
  });

  it('reads a damaged row as none saved', async () => {
    const db = openDatabase();
    await db.settings.put({ key: BRIEFING_ALSO_VERSION_KEY, value: { language: 'fr' } });
    expect(await new SettingsRepository(db).briefingAlsoVersion()).toBeUndefined();
  });
});
