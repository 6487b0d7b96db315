import { database, type TalontapaDatabase } from './db';
import {
  CompactRowSchema,
  compactRow,
  DEFAULT_RETENTION_MONTHS,
  expandRow,
  retentionCutoff,
  type StatRow,
  StatRowSchema,
} from './statistics-row';

/**
 * The `statistics` table: one row per sent reply (see statistics-row.ts for what a row may
 * hold). Rows are parsed on the way in and again on the way out; one that fails is skipped
 * and counted, never allowed to break the statistics page.
 */

export async function addStatRow(row: StatRow, db: TalontapaDatabase = database()): Promise<void> {
  await db.statistics.add(compactRow(StatRowSchema.parse(row)));
}

export interface StatRows {
  rows: StatRow[];
  /** Stored rows that no longer parse (e.g. written by a newer version), left out. */
  skipped: number;
}

/** The rows from `from` (epoch ms) on, oldest first. */
export async function readStatRows(
  from = 0,
  db: TalontapaDatabase = database(),
): Promise<StatRows> {
  const stored = await db.statistics.where('at').aboveOrEqual(from).toArray();
  const rows: StatRow[] = [];
  for (const { id: _id, ...row } of stored) {
    const parsed = CompactRowSchema.safeParse(row);
    if (parsed.success) rows.push(expandRow(parsed.data));
  }
  return { rows, skipped: stored.length - rows.length };
}

export async function countStatRows(db: TalontapaDatabase = database()): Promise<number> {
  return db.statistics.count();
}

export async function deleteAllStatRows(db: TalontapaDatabase = database()): Promise<void> {
  await db.statistics.clear();
}

const RETENTION_KEY = 'statistics.retentionMonths';

export async function readRetentionMonths(db: TalontapaDatabase = database()): Promise<number> {
  const value = (await db.settings.get(RETENTION_KEY))?.value;
  return Number.isInteger(value) && (value as number) > 0
    ? (value as number)
    : DEFAULT_RETENTION_MONTHS;
}

export async function writeRetentionMonths(
  months: number,
  db: TalontapaDatabase = database(),
): Promise<void> {
  if (!Number.isInteger(months) || months < 1) throw new Error(`not a number of months: ${months}`);
  await db.settings.put({ key: RETENTION_KEY, value: months });
}

/** Deletes the rows older than the retention period; returns how many went. */
export async function applyRetention(
  now = new Date(),
  db: TalontapaDatabase = database(),
): Promise<number> {
  const cutoff = retentionCutoff(now, await readRetentionMonths(db));
  return db.statistics.where('at').below(cutoff).delete();
}
