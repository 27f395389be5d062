/**
 * The delegate's remembered choices (schema version 2's `settings` table): asked once, offered
 * again next time. Today that is the briefing's cover (delegation, session, agenda items), so a
 * delegate types their delegation once rather than before every export. Values are checked on
 * the way out: a row written by hand or by another version that does not have the expected
 * shape reads as absent, never as a crash.
 */
import type { BriefingCover } from '../core/export/types';
import type { KbDatabase } from './kbDatabase';
import { writeTransaction } from './writeTransaction';

/** A row of the settings table. */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** The key of the briefing cover. */
export const BRIEFING_COVER_KEY = 'briefingCover';

/** The key of the language whose version of each noted paragraph the briefing also quotes ("" for none). */
export const BRIEFING_ALSO_VERSION_KEY = 'briefingAlsoVersion';

function isCover(value: unknown): value is BriefingCover {
  if (typeof value !== 'object' || value === null) return false;
  return ['delegation', 'session', 'agendaItems'].every((key) => typeof Reflect.get(value, key) === 'string');
}

/** Reads and writes the remembered settings. */
export class SettingsRepository {
  constructor(private readonly db: KbDatabase) {}

  /** The cover the delegate last used, or undefined when none was saved. */
  async briefingCover(): Promise<BriefingCover | undefined> {
    const row = await this.db.settings.get(BRIEFING_COVER_KEY);
    if (row === undefined || !isCover(row.value)) return undefined;
    const { delegation, session, agendaItems } = row.value;
    return { delegation, session, agendaItems };
  }

  /** Remembers the cover for the next export. */
  async saveBriefingCover(cover: BriefingCover): Promise<void> {
    const value: BriefingCover = { delegation: cover.delegation, session: cover.session, agendaItems: cover.agendaItems };
    await writeTransaction(this.db, [this.db.settings], () => this.db.settings.put({ key: BRIEFING_COVER_KEY, value }));
  }

  /** The language the briefing last also quoted paragraphs in ("" for none), or undefined when none was saved. */
  async briefingAlsoVersion(): Promise<string | undefined> {
    const row = await this.db.settings.get(BRIEFING_ALSO_VERSION_KEY);
    return typeof row?.value === 'string' ? row.value : undefined;
  }

  /** Remembers that choice for the next export. */
  async saveBriefingAlsoVersion(language: string): Promise<void> {
    await writeTransaction(this.db, [this.db.settings], () => this.db.settings.put({ key: BRIEFING_ALSO_VERSION_KEY, value: language }));
  }
}
