import { z } from 'zod';
import { type Language, LanguageSchema } from '../rules/index';
import { database, type TalontapaDatabase } from './db';
import { parseRow, parseRows } from './rows';

/**
 * Which stored version is in use for a source and language (`activeSeq`), and which is the
 * newest that passed validation (`lastGoodSeq`). They differ after a rollback. A version
 * that failed validation is never either.
 */
export const ActiveSchema = z.object({
  sourceId: z.string().min(1),
  language: LanguageSchema,
  activeSeq: z.number().int().positive(),
  lastGoodSeq: z.number().int().positive(),
  activatedAt: z.number(),
});
export type Active = z.infer<typeof ActiveSchema>;

const key = (row: unknown) => {
  const r = (row ?? {}) as Record<string, unknown>;
  return [r.sourceId, r.language];
};

export async function listActive(db: TalontapaDatabase = database()): Promise<Active[]> {
  return parseRows('active', ActiveSchema, await db.active.toArray(), key);
}

export async function getActive(
  sourceId: string,
  language: Language,
  db: TalontapaDatabase = database(),
): Promise<Active | null> {
  return parseRow('active', ActiveSchema, await db.active.get([sourceId, language]), key);
}

export async function putActive(active: Active, db: TalontapaDatabase = database()): Promise<void> {
  await db.active.put(ActiveSchema.parse(active));
}

export async function deleteActiveOf(
  sourceId: string,
  db: TalontapaDatabase = database(),
): Promise<void> {
  await db.active.where('sourceId').equals(sourceId).delete();
}
