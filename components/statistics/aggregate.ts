import type { StatRow } from '../../storage/statistics-row';

/**
 * The figures of the statistics page, from stored rows: replies per period, the share of
 * replies meeting each ground rule, the most frequent findings, fixed vs ignored, templates
 * used and rewritten, and trends. Periods are calendar days or ISO weeks (Monday to Sunday) in
 * the viewer's time zone; a period without replies is empty (`null`), never a zero share.
 */

export type Granularity = 'day' | 'week';

/** A row with the pseudonym of the agent it came from, in the team view. */
export type LabelledRow = StatRow & { agent?: string };

export interface AggregateOptions {
  granularity: Granularity;
  /** IANA time zone the periods are counted in, e.g. "Europe/Helsinki". */
  timeZone: string;
  /** The first and last instant shown (epoch ms); every period between them is listed. */
  from: number;
  to: number;
  packId?: string;
  language?: StatRow['language'];
  /** Only this agent's rows (team view). */
  agent?: string;
}

export interface Period {
  /** The period's first day, `YYYY-MM-DD`. */
  key: string;
  /** `2026-12-04` for a day, `2026-W49` for an ISO week. */
  label: string;
  replies: number;
}

export interface CheckFigures {
  check: string;
  /** Replies the check ran on (not turned off by the agent). */
  replies: number;
  /** Of those, replies sent with no finding of it left. */
  met: number;
  /** met / replies; null when the check ran on no reply. */
  share: number | null;
  /** Replies with at least one finding of the check, however it ended. */
  tripped: number;
  left: number;
  fixed: number;
  ignored: number;
  /** Replies on which the agent had turned the check off for themselves. */
  overridden: number;
}

export interface TrendPoint {
  key: string;
  /** Share of the period's replies meeting the rule; null for a period without such replies. */
  share: number | null;
}

export interface TemplateFigures {
  id: string;
  uses: number;
  /** Mean share of the template's text kept in the sent reply; low means agents rewrite it. */
  meanKept: number;
}

export interface Aggregate {
  periods: Period[];
  /** Most frequent findings first. */
  checks: CheckFigures[];
  trends: Record<string, TrendPoint[]>;
  /** Most used first. */
  templates: TemplateFigures[];
  /** Most rewritten first (lowest mean kept share), for the lead to improve. */
  rewritten: TemplateFigures[];
  replies: number;
  fixed: number;
  ignored: number;
  agents: string[];
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a time zone, `YYYY-MM-DD`. */
export function dayKey(at: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const DAY = 86_400_000;

/** Days are counted on UTC midnights of the calendar date, so daylight saving never skews them. */
function dateOf(key: string): number {
  return Date.parse(`${key}T00:00:00Z`);
}

function keyOf(date: number): string {
  return new Date(date).toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week of a calendar day. */
function mondayOf(key: string): string {
  const date = dateOf(key);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  return keyOf(date - weekday * DAY);
}

/** `YYYY-Www` of the ISO week starting on `monday`: the year is the one its Thursday is in. */
export function isoWeekLabel(monday: string): string {
  const thursday = new Date(dateOf(monday) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The key of the period an instant falls in. */
export function periodKey(at: number, granularity: Granularity, timeZone: string): string {
  const day = dayKey(at, timeZone);
  return granularity === 'day' ? day : mondayOf(day);
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(
  from: number,
  to: number,
  granularity: Granularity,
  timeZone: string,
): { key: string; label: string }[] {
  const step = granularity === 'day' ? DAY : 7 * DAY;
  const last = dateOf(periodKey(to, granularity, timeZone));
  const periods: { key: string; label: string }[] = [];
  for (let date = dateOf(periodKey(from, granularity, timeZone)); date <= last; date += step) {
    const key = keyOf(date);
    periods.push({ key, label: granularity === 'day' ? key : isoWeekLabel(key) });
  }
  return periods;
}

function emptyFigures(check: string): CheckFigures {
  return {
    check,
    replies: 0,
    met: 0,
    share: null,
    tripped: 0,
    left: 0,
    fixed: 0,
    ignored: 0,
    overridden: 0,
  };
}

export function aggregate(rows: readonly LabelledRow[], options: AggregateOptions): Aggregate {
  const { granularity, timeZone } = options;
  const periods: Period[] = periodsBetween(options.from, options.to, granularity, timeZone).map(
    (period) => ({ ...period, replies: 0 }),
  );
  const byKey = new Map(periods.map((period) => [period.key, period]));
  const checks = new Map<string, CheckFigures>();
  /** check → period key → the replies the check ran on and, of them, those that met it. */
  const trendCounts = new Map<string, Map<string, { ran: number; met: number }>>();
  const templates = new Map<string, { uses: number; kept: number }>();
  const agents = new Set<string>();
  let replies = 0;
  let fixed = 0;
  let ignored = 0;

  for (const row of rows) {
    if (row.agent !== undefined) agents.add(row.agent);
    if (row.at < options.from || row.at > options.to) continue;
    if (options.packId !== undefined && row.packId !== options.packId) continue;
    if (options.language !== undefined && row.language !== options.language) continue;
    if (options.agent !== undefined && row.agent !== options.agent) continue;
    const period = byKey.get(periodKey(row.at, granularity, timeZone));
    if (!period) continue;
    replies++;
    period.replies++;
    for (const [check, tally] of Object.entries(row.checks)) {
      let figures = checks.get(check);
      if (!figures) {
        figures = emptyFigures(check);
        checks.set(check, figures);
      }
      if (tally.overridden) {
        figures.overridden++;
        continue;
      }
      const met = tally.left === 0;
      figures.replies++;
      if (met) figures.met++;
      if (tally.left + tally.fixed + tally.ignored > 0) figures.tripped++;
      figures.left += tally.left;
      figures.fixed += tally.fixed;
      figures.ignored += tally.ignored;
      fixed += tally.fixed;
      ignored += tally.ignored;
      let trend = trendCounts.get(check);
      if (!trend) {
        trend = new Map();
        trendCounts.set(check, trend);
      }
      const counts = trend.get(period.key) ?? { ran: 0, met: 0 };
      counts.ran++;
      if (met) counts.met++;
      trend.set(period.key, counts);
    }
    for (const use of row.templates) {
      const figures = templates.get(use.id) ?? { uses: 0, kept: 0 };
      figures.uses++;
      figures.kept += use.kept;
      templates.set(use.id, figures);
    }
  }

  for (const figures of checks.values()) {
    figures.share = figures.replies === 0 ? null : figures.met / figures.replies;
  }
  const trends: Record<string, TrendPoint[]> = {};
  for (const [check, counts] of trendCounts) {
    trends[check] = periods.map(({ key }) => {
      const period = counts.get(key);
      return { key, share: period ? period.met / period.ran : null };
    });
  }
  const templateFigures = [...templates].map(([id, { uses, kept }]) => ({
    id,
    uses,
    meanKept: kept / uses,
  }));
  const findings = (figures: CheckFigures) => figures.left + figures.fixed + figures.ignored;
  return {
    periods,
    checks: [...checks.values()].sort(
      (a, b) => findings(b) - findings(a) || a.check.localeCompare(b.check),
    ),
    trends,
    templates: [...templateFigures].sort((a, b) => b.uses - a.uses || a.id.localeCompare(b.id)),
    rewritten: [...templateFigures].sort(
      (a, b) => a.meanKept - b.meanKept || b.uses - a.uses || a.id.localeCompare(b.id),
    ),
    replies,
    fixed,
    ignored,
    agents: [...agents].sort(),
  };
}

/** The agent's own view: the rules they trip most (replies with a finding), at most `count`. */
export function mostTripped(figures: Aggregate, count = 3): CheckFigures[] {
  return figures.checks
    .filter((check) => check.tripped > 0)
    .sort((a, b) => b.tripped - a.tripped || a.check.localeCompare(b.check))
    .slice(0, count);
}
