import { type Settings, SettingsSchema } from '../messaging/protocol';
import { database, type TalontapaDatabase } from './db';
import { reportCorrupt } from './rows';

const KEY = 'settings';

/** Reads the settings; a missing or unreadable row yields the defaults, never an error. */
export async function readSettings(db: TalontapaDatabase = database()): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  if (parsed.success) return parsed.data;
  reportCorrupt({ table: 'settings', key: KEY, problem: parsed.error.issues[0]?.message ?? '' });
  return SettingsSchema.parse({});
}

export async function writeSettings(
  patch: Partial<Settings>,
  db: TalontapaDatabase = database(),
): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings(db)), ...patch });
  await db.settings.put({ key: KEY, value: next });
  return next;
}
