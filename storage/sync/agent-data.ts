/**
 * The agent's own data as one JSON file, to move to another browser or keep as a copy:
 * the settings and the pack sources the agent added (not the administrator's, which the
 * policy brings back). Templates and statistics join this file when the extension has them.
 */
import { z } from 'zod';
import { SettingsSchema } from '../../messaging/protocol';
import type { TalontapaDatabase } from '../db';
import { readSettings, writeSettings } from '../settings';
import { listSources } from '../sources';
import type { PackSync } from './engine';

export const AGENT_DATA_FORMAT = 'talontapa-agent-data';

export const AgentDataSchema = z.object({
  format: z.literal(AGENT_DATA_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  settings: SettingsSchema,
  sources: z.array(
    z.object({
      url: z.string(),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    }),
  ),
});
export type AgentData = z.infer<typeof AgentDataSchema>;

export async function exportAgentData(db: TalontapaDatabase, now: Date): Promise<AgentData> {
  const sources = (await listSources(db))
    .filter((s) => s.kind === 'url' && !s.managed && s.url)
    .map((s) => ({ url: s.url as string, ...(s.sha256 ? { sha256: s.sha256 } : {}) }));
  return {
    format: AGENT_DATA_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    settings: await readSettings(db),
    sources,
  };
}

export interface ImportReport {
  settings: boolean;
  sourcesAdded: string[];
  /** Sources not added, with why (locked by the administrator, not a usable URL). */
  skipped: string[];
}

/** Imports a file made by `exportAgentData`; throws, naming the path, when it is not one. */
export async function importAgentData(
  raw: unknown,
  db: TalontapaDatabase,
  sync: PackSync,
): Promise<ImportReport> {
  const parsed = AgentDataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `not a Talontapa data file: ${issue?.path.join('.') || '(file)'}: ${issue?.message}`,
    );
  }
  await writeSettings(parsed.data.settings, db);
  const report: ImportReport = { settings: true, sourcesAdded: [], skipped: [] };
  for (const entry of parsed.data.sources) {
    try {
      const source = await sync.addSource(entry);
      report.sourcesAdded.push(source.id);
    } catch (error) {
      report.skipped.push(`${entry.url}: ${(error as Error).message}`);
    }
  }
  return report;
}
