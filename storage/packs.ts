import { z } from 'zod';
import { LanguageSchema } from '../rules/index';
import { database, type TalontapaDatabase } from './db';
import { field, parseRow, parseRows } from './rows';
import { IssueSchema } from './sources';

/** A pack an `extends` chain pulled in from another URL, stored with the pack above it. */
export const ParentSchema = z.object({
  url: z.string(),
  etag: z.string().nullable(),
  sha256: z.string(),
  text: z.string(),
});
export type Parent = z.infer<typeof ParentSchema>;

/**
 * One fetched (or imported) version of a source's pack: the bytes as text, where they came
 * from, and what validation said. A failing version is kept too, so the agent and the team
 * lead can see what failed; it is never activated.
 */
export const StoredPackSchema = z.object({
  seq: z.number().int().positive(),
  sourceId: z.string().min(1),
  fetchedAt: z.number(),
  url: z.string().nullable(),
  etag: z.string().nullable(),
  /** sha256 of the bytes received, lower-case hex. */
  sha256: z.string(),
  text: z.string(),
  /** The URL packs of its `extends` chain, nearest first. */
  parents: z.array(ParentSchema).default([]),
  /** From the pack itself, when it could be read that far. */
  packId: z.string().nullable(),
  name: z.string().nullable(),
  version: z.string().nullable(),
  language: LanguageSchema.nullable(),
  ok: z.boolean(),
  issues: z.array(IssueSchema),
  /** The sha256 the source was pinned to when this version was judged (null: none). */
  pin: z.string().nullable().default(null),
});
export type StoredPack = z.infer<typeof StoredPackSchema>;
export type NewPack = Omit<StoredPack, 'seq'>;

const key = field('seq');

export async function addPack(pack: NewPack, db: TalontapaDatabase = database()): Promise<number> {
  const row = StoredPackSchema.omit({ seq: true }).parse(pack);
  return (await db.packs.add(row)) as number;
}

export async function getPack(
  seq: number,
  db: TalontapaDatabase = database(),
): Promise<StoredPack | null> {
  return parseRow('packs', StoredPackSchema, await db.packs.get(seq), key);
}

/** Every readable version of a source's pack, newest first. */
export async function packHistory(
  sourceId: string,
  db: TalontapaDatabase = database(),
): Promise<StoredPack[]> {
  const rows = await db.packs.where('sourceId').equals(sourceId).toArray();
  return parseRows('packs', StoredPackSchema, rows, key).sort((a, b) => b.seq - a.seq);
}

export async function latestPack(
  sourceId: string,
  db: TalontapaDatabase = database(),
): Promise<StoredPack | null> {
  return (await packHistory(sourceId, db))[0] ?? null;
}

export async function deletePacksOf(
  sourceId: string,
  db: TalontapaDatabase = database(),
): Promise<void> {
  await db.packs.where('sourceId').equals(sourceId).delete();
}

/** Drops the oldest versions beyond `keep`, never one of `protectedSeqs` (active, last good). */
export async function prunePacks(
  sourceId: string,
  keep: number,
  protectedSeqs: readonly number[],
  db: TalontapaDatabase = database(),
): Promise<void> {
  const seqs = (await db.packs.where('sourceId').equals(sourceId).primaryKeys()) as number[];
  const old = seqs
    .sort((a, b) => b - a)
    .slice(keep)
    .filter((seq) => !protectedSeqs.includes(seq));
  if (old.length > 0) await db.packs.bulkDelete(old);
}
