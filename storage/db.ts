import Dexie, { type EntityTable } from 'dexie';
import type { CompactRow } from './statistics-row';

/**
 * The extension's database. It opens only in extension pages and the background: from a
 * content script it would open the host page's IndexedDB instead.
 */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A statistics row as stored (compact, parsed again on read) under an auto-increment id. */
export type StoredStatRow = CompactRow & { id?: number };

export class TalontapaDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  statistics!: EntityTable<StoredStatRow, 'id'>;

  constructor(name = 'talontapa') {
    super(name);
    this.version(1).stores({ settings: '&key' });
    // Statistics of sent replies, by time for periods and retention. No text is ever stored.
    this.version(2).stores({ settings: '&key', statistics: '++id, at' });
  }
}

let shared: TalontapaDatabase | null = null;

export function database(): TalontapaDatabase {
  shared ??= new TalontapaDatabase();
  return shared;
}
