/**
 * The agent's own data as one JSON file, to move to another browser or keep as a copy:
 * the settings, the pack sources the agent added (not the administrator's, which the
 * policy brings back), the statistics of sent replies (counts only, never text) and the
 * agent's own templates. Files from before statistics or own templates existed still import.
 */
import { z } from 'zod';
import { SettingsSchema } from '../../messaging/protocol';
import { type OwnTemplate, OwnTemplateSchema } from '../../rules/templates/own';
import { parsedTemplate } from '../../rules/templates/syntax';
import type { TalontapaDatabase } from '../db';
import { readSettings, writeSettings } from '../settings';
import { listSources } from '../sources';
import { addStatRow, readStatRows } from '../statistics';
import { StatRowSchema } from '../statistics-row';
import { listOwnTemplates, putOwnTemplate } from '../templates';
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
  /** Absent in files from before statistics existed. */
  statistics: z.array(StatRowSchema).optional(),
  /** The agent's own templates; absent in files from before they existed. */
  templates: z.array(OwnTemplateSchema).optional(),
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
    statistics: (await readStatRows(0, db)).rows,
    templates: await listOwnTemplates(db),
  };
}

export interface ImportReport {
  settings: boolean;
  sourcesAdded: string[];
  /** Statistics rows added; rows already there (the same file imported twice) are not. */
  statisticsAdded: number;
  /** Own templates added or updated (a newer copy of one already here replaces it). */
  templatesAdded: number;
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
  const report: ImportReport = {
    settings: true,
    sourcesAdded: [],
    statisticsAdded: 0,
    templatesAdded: 0,
    skipped: [],
  };
  const known = new Set((await readStatRows(0, db)).rows.map(canonical));
  for (const row of parsed.data.statistics ?? []) {
    const key = canonical(row);
    if (known.has(key)) continue;
    known.add(key);
    await addStatRow(row, db);
    report.statisticsAdded++;
  }
  await importTemplates(parsed.data.templates ?? [], db, report);
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

/**
 * Own templates by id: one already here stays unless the file's is newer. A body that does
 * not parse (a hand-edited file) is not imported; a shortcut another own template has is
 * dropped from the imported one, so that one shortcut still names one template.
 */
async function importTemplates(
  templates: readonly OwnTemplate[],
  db: TalontapaDatabase,
  report: ImportReport,
): Promise<void> {
  const here = new Map((await listOwnTemplates(db)).map((t) => [t.id, t]));
  for (const template of templates) {
    const earlier = here.get(template.id);
    if (earlier && earlier.updatedAt >= template.updatedAt) continue;
    if (parsedTemplate(template.body).errors.length > 0) {
      report.skipped.push(`template "${template.title}": its text does not parse`);
      continue;
    }
    let next = template;
    const shortcut = template.shortcut?.toLowerCase();
    const taken = [...here.values()].find(
      (t) =>
        t.id !== template.id && shortcut !== undefined && t.shortcut?.toLowerCase() === shortcut,
    );
    if (taken) {
      const { shortcut: _dropped, ...rest } = template;
      next = rest;
      report.skipped.push(
        `template "${template.title}": the shortcut ${template.shortcut} is "${taken.title}"'s; imported without it`,
      );
    }
    await putOwnTemplate(next, db);
    here.set(next.id, next);
    report.templatesAdded++;
  }
}

/** JSON with keys sorted at every level, so the same row is the same string however built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
