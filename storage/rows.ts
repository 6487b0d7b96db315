import type { z } from 'zod';

/**
 * Reading rows that may be damaged (a bug in an older version, a hand-edited database):
 * a row that fails its schema is reported and skipped, never thrown at the caller, so one
 * bad row cannot stop the background from syncing or the options page from opening.
 */
export interface CorruptRow {
  table: string;
  key: unknown;
  problem: string;
}

type Listener = (row: CorruptRow) => void;
const listeners = new Set<Listener>();
const seen: CorruptRow[] = [];

/** Hears of every damaged row read from now on; returns the unsubscribe function. */
export function onCorruptRow(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The damaged rows met since the page or worker started (each once per read). */
export function corruptRowsSeen(): readonly CorruptRow[] {
  return seen;
}

export function reportCorrupt(row: CorruptRow): void {
  if (!seen.some((s) => s.table === row.table && sameKey(s.key, row.key))) seen.push(row);
  console.warn(`Talontapa: skipped an unreadable ${row.table} row`, row.key, row.problem);
  for (const listener of listeners) listener(row);
}

const sameKey = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The row parsed, or null (reported) when it does not fit the schema. */
export function parseRow<S extends z.ZodType>(
  table: string,
  schema: S,
  row: unknown,
  key: (row: unknown) => unknown,
): z.infer<S> | null {
  if (row === undefined) return null;
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  reportCorrupt({
    table,
    key: key(row),
    problem: issue ? `${issue.path.join('.') || '(row)'}: ${issue.message}` : 'invalid row',
  });
  return null;
}

export function parseRows<S extends z.ZodType>(
  table: string,
  schema: S,
  rows: readonly unknown[],
  key: (row: unknown) => unknown,
): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const row of rows) {
    const parsed = parseRow(table, schema, row, key);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

/** The value of `field` of a row that may be anything, for naming it in a report. */
export const field =
  (name: string) =>
  (row: unknown): unknown =>
    typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined;
