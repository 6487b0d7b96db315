import Dexie, { type EntityTable } from 'dexie';

/**
 * The extension's database. It opens only in extension pages and the background: from a
 * content script it would open the host page's IndexedDB instead.
 */
export interface SettingRow {
  key: string;
  value: unknown;
}

export class TalontapaDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'talontapa') {
    super(name);
    this.version(1).stores({ settings: '&key' });
  }
}

let shared: TalontapaDatabase | null = null;

export function database(): TalontapaDatabase {
  shared ??= new TalontapaDatabase();
  return shared;
}
