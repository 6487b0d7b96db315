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
  /** Findings fixed and ignored in the period's replies. */
  fixed: number;
  ignored: number;
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

const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** How far the zone's wall clock is ahead of UTC at an instant, to the minute. */
function offsetAt(at: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatIn(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return wall - (at - (at % 60_000));
}

/**
 * Offsets by UTC day, where the offset is the same at the day's first and last minute; a day
 * with a daylight-saving change is left out and asked minute by minute. Intl is slow enough
 * that asking it per row would dominate a year of rows.
 */
const steadyOffsets = new Map<string, Map<number, number | null>>();

function localTime(at: number, timeZone: string): number {
  let days = steadyOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    steadyOffsets.set(timeZone, days);
  }
  const utcDay = Math.floor(at / DAY);
  let offset = days.get(utcDay);
  if (offset === undefined) {
    const first = offsetAt(utcDay * DAY, timeZone);
    offset = first === offsetAt(utcDay * DAY + DAY - 60_000, timeZone) ? first : null;
    days.set(utcDay, offset);
  }
  return at + (offset ?? offsetAt(at, timeZone));
}

/**
 * Calendar days are counted as whole days since 1970-01-01 (a Thursday) on the zone's wall
 * clock, so daylight saving never skews them and a row's period is integer arithmetic.
 */
function localDay(at: number, timeZone: string): number {
  return Math.floor(localTime(at, timeZone) / DAY);
}

/** The first day of the period holding a day: itself, or the Monday of its ISO week. */
function periodStart(day: number, granularity: Granularity): number {
  return granularity === 'day' ? day : day - ((day + 3) % 7);
}

function keyOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The calendar day of an instant in a time zone, `YYYY-MM-DD`. */
export function dayKey(at: number, timeZone: string): string {
  return keyOf(localDay(at, timeZone));
}

/** `YYYY-Www` of the ISO week starting on `monday`: the year is the one its Thursday is in. */
export function isoWeekLabel(monday: string): string {
  const thursday = new Date(Date.parse(`${monday}T00:00:00Z`) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The key of the period an instant falls in. */
export function periodKey(at: number, granularity: Granularity, timeZone: string): string {
  return keyOf(periodStart(localDay(at, timeZone), granularity));
}

interface Slot {
  day: number;
  key: string;
  label: string;
}

function slotsBetween(
  from: number,
  to: number,
  granularity: Granularity,
  timeZone: string,
): Slot[] {
  const step = granularity === 'day' ? 1 : 7;
  const last = periodStart(localDay(to, timeZone), granularity);
  const slots: Slot[] = [];
  for (let day = periodStart(localDay(from, timeZone), granularity); day <= last; day += step) {
    const key = keyOf(day);
    slots.push({ day, key, label: granularity === 'day' ? key : isoWeekLabel(key) });
  }
  return slots;
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(
  from: number,
  to: number,
  granularity: Granularity,
  timeZone: string,
): { key: string; label: string }[] {
  return slotsBetween(from, to, granularity, timeZone).map(({ key, label }) => ({ key, label }));
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
  const slots = slotsBetween(options.from, options.to, granularity, timeZone);
  const periods: Period[] = slots.map(({ key, label }) => ({
    key,
    label,
    replies: 0,
    fixed: 0,
    ignored: 0,
  }));
  const byDay = new Map(slots.map((slot, i) => [slot.day, periods[i] as Period]));
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
    const period = byDay.get(periodStart(localDay(row.at, timeZone), granularity));
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
      period.fixed += tally.fixed;
      period.ignored += tally.ignored;
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
