import { z } from 'zod';

/**
 * One row per sent reply: what the checks found and what became of it, and nothing of the
 * text. No words, names, addresses, ticket ids or URLs: a row says only when (to the minute),
 * where (the kind of host), under which pack, how long, and per check how many findings were
 * left, fixed by a Talontapa fix, ignored for this reply, or not shown because the agent
 * turned the check off for themselves (counted apart, so the lead's figures stay honest).
 */

export const CheckTallySchema = z.object({
  left: z.number().int().nonnegative().default(0),
  fixed: z.number().int().nonnegative().default(0),
  ignored: z.number().int().nonnegative().default(0),
  /** The check was on in the pack but the agent turned it off for themselves. */
  overridden: z.boolean().default(false),
});
export type CheckTally = z.infer<typeof CheckTallySchema>;

export const TemplateUseSchema = z.object({
  id: z.string().min(1),
  /** How much of the inserted template's text the sent reply kept, 0–1. */
  kept: z.number().min(0).max(1),
});

/** Check ids are kebab-case; anything else in a row is refused as possible text. */
const CheckIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const StatRowSchema = z.object({
  /** Epoch milliseconds, floored to the minute. */
  at: z
    .number()
    .int()
    .nonnegative()
    .refine((at) => at % 60_000 === 0, 'a time to the minute'),
  host: z.enum(['gmail', 'zendesk', 'freshdesk', 'generic']),
  packId: z.string().min(1),
  packVersion: z.string().min(1),
  language: z.enum(['fi', 'en']),
  words: z.number().int().nonnegative(),
  checks: z.record(CheckIdSchema, CheckTallySchema),
  templates: z.array(TemplateUseSchema).default([]),
});
export type StatRow = z.infer<typeof StatRowSchema>;

/** The time of a row: the moment of sending, floored to the minute. */
export function rowTime(now: Date | number): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  return ms - (ms % 60_000);
}

/**
 * How a row is kept in IndexedDB: most checks find nothing in most replies, so a check's
 * tally is the number of findings left when none was fixed or ignored, else
 * `[left, fixed, ignored]`, and the checks the agent turned off are listed apart. This keeps
 * 10,000 rows of sixteen checks each near 3 MB instead of 9 MB.
 */
export const CompactRowSchema = StatRowSchema.omit({ checks: true }).extend({
  checks: z.record(
    CheckIdSchema,
    z.union([
      z.number().int().nonnegative(),
      z.tuple([
        z.number().int().nonnegative(),
        z.number().int().nonnegative(),
        z.number().int().nonnegative(),
      ]),
    ]),
  ),
  off: z.array(CheckIdSchema).optional(),
});
export type CompactRow = z.infer<typeof CompactRowSchema>;

export function compactRow(row: StatRow): CompactRow {
  const checks: CompactRow['checks'] = {};
  const off: string[] = [];
  for (const [check, tally] of Object.entries(row.checks)) {
    if (tally.overridden) off.push(check);
    else if (tally.fixed === 0 && tally.ignored === 0) checks[check] = tally.left;
    else checks[check] = [tally.left, tally.fixed, tally.ignored];
  }
  const { checks: _, ...rest } = row;
  return { ...rest, checks, ...(off.length > 0 && { off }) };
}

export function expandRow(row: CompactRow): StatRow {
  const checks: StatRow['checks'] = {};
  for (const [check, tally] of Object.entries(row.checks)) {
    const [left, fixed, ignored] = typeof tally === 'number' ? [tally, 0, 0] : tally;
    checks[check] = { left, fixed, ignored, overridden: false };
  }
  for (const check of row.off ?? []) {
    checks[check] = { left: 0, fixed: 0, ignored: 0, overridden: true };
  }
  const { off: _, checks: __, ...rest } = row;
  return { ...rest, checks };
}

/** A statistics export, as an agent shares it with the team lead under a pseudonym. */
export const StatExportSchema = z.object({
  format: z.literal('talontapa-statistics'),
  version: z.literal(1),
  /** The name the agent chose to appear under in the team view. */
  label: z.string().trim().min(1).max(60),
  exportedAt: z.string(),
  rows: z.array(StatRowSchema),
});
export type StatExport = z.infer<typeof StatExportSchema>;

export const DEFAULT_RETENTION_MONTHS = 12;

/**
 * The oldest time a row may have to be kept: `months` calendar months before `now` (the
 * same day of the month, or the month's last day when it is shorter). Rows before it go.
 */
export function retentionCutoff(now: Date, months = DEFAULT_RETENTION_MONTHS): number {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(now.getUTCDate(), lastDay),
    now.getUTCHours(),
    now.getUTCMinutes(),
    now.getUTCSeconds(),
    now.getUTCMilliseconds(),
  );
}

export interface SendRecord {
  now: Date | number;
  host: StatRow['host'];
  packId: string;
  packVersion: string;
  language: StatRow['language'];
  words: number;
  /** Every check and rule the pack ran on the reply, found something or not. */
  ran: readonly string[];
  /** Checks of the pack the agent turned off for themselves. */
  turnedOff?: readonly string[];
  /** The check id of each finding still in the reply at send. */
  left: readonly string[];
  /** Findings fixed with a Talontapa fix and ignored ("ignore here"), by check id. */
  fixed?: Readonly<Record<string, number>>;
  ignored?: Readonly<Record<string, number>>;
  templates?: StatRow['templates'];
}

/**
 * The row of one send, from what the content script knows of the draft. Every check that ran
 * gets a tally, a clean one too: the share of replies meeting a rule needs its denominator.
 */
export function statRowOf(send: SendRecord): StatRow {
  const checks: StatRow['checks'] = {};
  const tally = (check: string) => {
    checks[check] ??= { left: 0, fixed: 0, ignored: 0, overridden: false };
    return checks[check];
  };
  for (const check of send.ran) tally(check);
  for (const check of send.left) tally(check).left++;
  for (const [check, count] of Object.entries(send.fixed ?? {})) tally(check).fixed += count;
  for (const [check, count] of Object.entries(send.ignored ?? {})) tally(check).ignored += count;
  for (const check of send.turnedOff ?? []) {
    checks[check] = { left: 0, fixed: 0, ignored: 0, overridden: true };
  }
  return StatRowSchema.parse({
    at: rowTime(send.now),
    host: send.host,
    packId: send.packId,
    packVersion: send.packVersion,
    language: send.language,
    words: send.words,
    checks,
    templates: send.templates ?? [],
  });
}
