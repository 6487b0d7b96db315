import {
  type StatExport,
  StatExportSchema,
  type StatRow,
  StatRowSchema,
} from '../../storage/statistics-row';
import type { LabelledRow } from './aggregate';

/**
 * Statistics leave the agent's browser only as files the agent saves: JSON (which a team
 * lead imports into the team view) and CSV (for a spreadsheet). Both hold the rows as
 * stored, which carry no text of any reply.
 */

export function toExport(rows: readonly StatRow[], label: string, now = new Date()): StatExport {
  return StatExportSchema.parse({
    format: 'talontapa-statistics',
    version: 1,
    label,
    exportedAt: now.toISOString(),
    rows,
  });
}

const CSV_COLUMNS = [
  'reply',
  'time',
  'host',
  'pack',
  'packVersion',
  'language',
  'words',
  'check',
  'left',
  'fixed',
  'ignored',
  'overridden',
] as const;

function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One line per reply and check (a tidy table that pivots in any spreadsheet); `reply`
 * numbers the replies so their lines can be grouped. Templates are in the JSON export.
 */
export function toCsv(rows: readonly StatRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  rows.forEach((row, reply) => {
    const time = new Date(row.at).toISOString();
    for (const [check, tally] of Object.entries(row.checks)) {
      const values = [
        reply + 1,
        time,
        row.host,
        row.packId,
        row.packVersion,
        row.language,
        row.words,
        check,
        tally.left,
        tally.fixed,
        tally.ignored,
        tally.overridden,
      ];
      lines.push(values.map(csvField).join(','));
    }
  });
  return `${lines.join('\r\n')}\r\n`;
}

export type ImportResult =
  | { ok: true; export: StatExport; skipped: number }
  | { ok: false; error: string };

/**
 * Reads one agent's export file. Rows that do not parse are skipped and counted, so one bad
 * row never costs the rest; a file that is not an export at all is refused with the reason.
 */
export function readExport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const rows = (json as { rows?: unknown })?.rows;
  const header = StatExportSchema.omit({ rows: true }).safeParse(json);
  if (!header.success || !Array.isArray(rows)) {
    const issue = header.success ? undefined : header.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      error: `not a Talontapa statistics export (${where}${issue?.message ?? 'no rows'})`,
    };
  }
  const parsed = rows.map((row) => StatRowSchema.safeParse(row));
  const good = parsed.flatMap((result) => (result.success ? [result.data] : []));
  return { ok: true, export: { ...header.data, rows: good }, skipped: rows.length - good.length };
}

/**
 * The pseudonym each export appears under in the team view. Two files under the same label
 * are two agents (the lead sees "Anna" and "Anna (2)"), never merged.
 */
export function agentLabels(exports: readonly StatExport[]): string[] {
  const used = new Map<string, number>();
  return exports.map((file) => {
    const seen = (used.get(file.label) ?? 0) + 1;
    used.set(file.label, seen);
    return seen === 1 ? file.label : `${file.label} (${seen})`;
  });
}

/** The team view's rows: every export's rows labelled with its agent's pseudonym. */
export function teamRows(exports: readonly StatExport[]): LabelledRow[] {
  const labels = agentLabels(exports);
  return exports.flatMap((file, i) => file.rows.map((row) => ({ ...row, agent: labels[i] })));
}
