import { z } from 'zod';
import { database, type TalontapaDatabase } from './db';
import { field, parseRow, parseRows } from './rows';

/** One problem with a pack or a fetch, at a JSON path ("" for the pack as a whole). */
export const IssueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof IssueSchema>;

/**
 * What went wrong, for the interface to say in the agent's language (`message` is the same
 * in English, for logs and the command line); `detail` is what the words need: the HTTP
 * status, a size, a duration, the browser's own words for a network failure.
 */
export const SyncReasonSchema = z.object({
  code: z.enum([
    'unreachable',
    'timeout',
    'http',
    'too-large',
    'broke-off',
    'unknown-304',
    'invalid',
  ]),
  detail: z.string().optional(),
});
export type SyncReason = z.infer<typeof SyncReasonSchema>;

/** Why the last sync of a source did not bring a new good pack. */
export const SyncErrorSchema = z.object({
  at: z.number(),
  /** One line: "HTTP 404", "timed out after 15 s", "the pack failed validation". */
  message: z.string(),
  /** The pack's problems with their JSON paths, when it was fetched but failed validation. */
  issues: z.array(IssueSchema),
  /** The URL at fault (a parent of the chain, say), when it is not the source's own. */
  url: z.string().optional(),
  /** Rows written before reasons were kept have none: their `message` is shown. */
  reason: SyncReasonSchema.optional(),
});
export type SyncError = z.infer<typeof SyncErrorSchema>;

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Where packs come from: a URL (synced), or a file the agent imported (`file:<name>`,
 * never synced). `managed` sources come from the administrator's policy.
 */
export const SourceSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['url', 'file']),
  url: z.string().optional(),
  /** Pins the exact bytes of the pack at `url` (lower-case hex). */
  sha256: z.string().regex(SHA256_PATTERN).optional(),
  managed: z.boolean().default(false),
  addedAt: z.number(),
  /** When a sync last asked the server (whatever the answer). */
  lastCheckedAt: z.number().nullable().default(null),
  /** When a sync last completed: a new pack, or 304 Not Modified. */
  lastSyncedAt: z.number().nullable().default(null),
  lastError: SyncErrorSchema.nullable().default(null),
});
export type Source = z.infer<typeof SourceSchema>;

const key = field('id');

/** Every readable source, oldest first (the order in which one language's packs win). */
export async function listSources(db: TalontapaDatabase = database()): Promise<Source[]> {
  return parseRows('sources', SourceSchema, await db.sources.orderBy('addedAt').toArray(), key);
}

export async function getSource(
  id: string,
  db: TalontapaDatabase = database(),
): Promise<Source | null> {
  return parseRow('sources', SourceSchema, await db.sources.get(id), key);
}

export async function putSource(source: Source, db: TalontapaDatabase = database()): Promise<void> {
  await db.sources.put(SourceSchema.parse(source));
}

/** Changes some fields of a source; null (and nothing written) when it is gone. */
export async function updateSource(
  id: string,
  patch: Partial<Omit<Source, 'id'>>,
  db: TalontapaDatabase = database(),
): Promise<Source | null> {
  // One transaction: a source removed meanwhile must not be written back by the update.
  return db.transaction('rw', db.sources, async () => {
    const current = await getSource(id, db);
    if (!current) return null;
    const next = SourceSchema.parse({ ...current, ...patch });
    await db.sources.put(next);
    return next;
  });
}

export async function deleteSource(id: string, db: TalontapaDatabase = database()): Promise<void> {
  await db.sources.delete(id);
}
