import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CompactRow } from './statistics-row';

/**
 * The extension's database. It opens only in extension pages and the background: from a
 * content script it would open the host page's IndexedDB instead.
 *
 * Rows are typed loosely here (`unknown` fields): what is on disk may come from an older
 * version or be damaged, so every table module parses its rows with zod on read.
 *
 * Versions (a table left unchanged keeps its rows as they are):
 * 1. `settings` (one row, key "settings").
 * 2. adds `statistics` (one compact row per sent reply, see statistics-row.ts).
 * 3. adds `sources` (where packs come from), `packs` (every fetched version), `active` (the
 *    active and the last good pack per source and language).
 * 4. adds `templates` (the agent's own templates, see templates.ts), by id and last change.
 */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A statistics row as stored (compact, parsed again on read) under an auto-increment id. */
export type StoredStatRow = CompactRow & { id?: number };

/** A row as stored; the table modules own their schemas. */
export type StoredRow = Record<string, unknown>;

export const SCHEMA_VERSION = 4;

export class TalontapaDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  statistics!: EntityTable<StoredStatRow, 'id'>;
  sources!: Table<StoredRow, string>;
  packs!: Table<StoredRow, number>;
  active!: Table<StoredRow, [string, string]>;
  templates!: Table<StoredRow, string>;

  constructor(name = 'talontapa', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ settings: '&key' });
    // Statistics of sent replies, by time for periods and retention. No text is ever stored.
    this.version(2).stores({ settings: '&key', statistics: '++id, at' });
    this.version(3).stores({
      settings: '&key',
      statistics: '++id, at',
      sources: '&id, addedAt',
      packs: '++seq, sourceId',
      active: '&[sourceId+language], sourceId',
    });
    this.version(SCHEMA_VERSION).stores({
      settings: '&key',
      statistics: '++id, at',
      sources: '&id, addedAt',
      packs: '++seq, sourceId',
      active: '&[sourceId+language], sourceId',
      templates: '&id, updatedAt',
    });
  }
}

let shared: TalontapaDatabase | null = null;

export function database(): TalontapaDatabase {
  shared ??= new TalontapaDatabase();
  return shared;
}
