import { describe, expect, it } from 'vitest';
import {
  aggregate,
  dayKey,
  isoWeekLabel,
  mostTripped,
  periodKey,
  periodsBetween,
} from '../../../components/statistics/aggregate';
import type { StatRow } from '../../../storage/statistics-row';

const HELSINKI = 'Europe/Helsinki';

function row(at: string, checks: StatRow['checks'], extra: Partial<StatRow> = {}): StatRow {
  return {
    at: Date.parse(at),
    host: 'zendesk',
    packId: 'acme:fi',
    packVersion: '1.0.0',
    language: 'fi',
    words: 120,
    checks,
    templates: [],
    ...extra,
  };
}

const tally = (left: number, fixed = 0, ignored = 0, overridden = false) => ({
  left,
  fixed,
  ignored,
  overridden,
});

describe('periods', () => {
  it('count days in the viewer’s time zone, not in UTC', () => {
    // 22:30 UTC on 3 December is already 4 December in Helsinki (UTC+2).
    const at = Date.parse('2026-12-03T22:30:00Z');
    expect(dayKey(at, 'UTC')).toBe('2026-12-03');
    expect(dayKey(at, HELSINKI)).toBe('2026-12-04');
    expect(dayKey(at, 'America/New_York')).toBe('2026-12-03');
  });

  it('put rows near midnight on the right day on the day the clocks change', () => {
    // Helsinki leaves summer time at 04:00 on 25 October 2026 (UTC+3 before, UTC+2 after).
    expect(dayKey(Date.parse('2026-10-24T21:30:00Z'), HELSINKI)).toBe('2026-10-25');
    expect(dayKey(Date.parse('2026-10-24T20:59:00Z'), HELSINKI)).toBe('2026-10-24');
    expect(dayKey(Date.parse('2026-10-25T21:30:00Z'), HELSINKI)).toBe('2026-10-25');
    expect(dayKey(Date.parse('2026-10-25T22:00:00Z'), HELSINKI)).toBe('2026-10-26');
    // Zones a half or three quarters of an hour off UTC.
    expect(dayKey(Date.parse('2026-12-04T03:15:00Z'), 'America/St_Johns')).toBe('2026-12-03');
    expect(dayKey(Date.parse('2026-12-04T18:20:00Z'), 'Asia/Kathmandu')).toBe('2026-12-05');
  });

  it('keep whole days across a daylight-saving change', () => {
    // Helsinki moves to summer time on 29 March 2026: that day has 23 hours.
    const days = periodsBetween(
      Date.parse('2026-03-28T12:00:00Z'),
      Date.parse('2026-03-30T12:00:00Z'),
      'day',
      HELSINKI,
    );
    expect(days.map((day) => day.key)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('make a week that spans the year end one ISO week, named by its Thursday’s year', () => {
    // Monday 28 December 2026 to Sunday 3 January 2027 is ISO week 53 of 2026.
    const monday = periodKey(Date.parse('2027-01-02T10:00:00Z'), 'week', HELSINKI);
    expect(monday).toBe('2026-12-28');
    expect(periodKey(Date.parse('2026-12-28T10:00:00Z'), 'week', HELSINKI)).toBe(monday);
    expect(isoWeekLabel(monday)).toBe('2026-W53');
    // 29 December 2025 to 4 January 2026 is week 1 of 2026.
    expect(isoWeekLabel(periodKey(Date.parse('2025-12-31T10:00:00Z'), 'week', 'UTC'))).toBe(
      '2026-W01',
    );
  });

  it('list every week between two instants, the empty ones too', () => {
    const weeks = periodsBetween(
      Date.parse('2026-12-16T10:00:00Z'),
      Date.parse('2027-01-06T10:00:00Z'), // a Wednesday of 2027-W01
      'week',
      'UTC',
    );
    expect(weeks.map((week) => week.label)).toEqual([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
  });
});

describe('aggregate', () => {
  const rows = [
    row('2026-12-01T09:00:00Z', { greeting: tally(0), passive: tally(2, 1) }),
    row('2026-12-01T10:00:00Z', { greeting: tally(1), passive: tally(0, 0, 1) }),
    row('2026-12-03T10:00:00Z', { greeting: tally(0, 1), passive: tally(0, 0, 0, true) }),
    row('2026-12-03T11:00:00Z', { greeting: tally(0) }, { language: 'en', packId: 'acme:en' }),
  ];
  const options = {
    granularity: 'day' as const,
    timeZone: 'UTC',
    from: Date.parse('2026-12-01T00:00:00Z'),
    to: Date.parse('2026-12-03T23:59:59Z'),
  };

  it('counts replies per period, with empty periods listed as empty', () => {
    const figures = aggregate(rows, options);
    expect(figures.periods.map((period) => [period.key, period.replies])).toEqual([
      ['2026-12-01', 2],
      ['2026-12-02', 0],
      ['2026-12-03', 2],
    ]);
    expect(figures.replies).toBe(4);
    // A day without replies has no share, which is not the same as a share of zero.
    expect(figures.trends.greeting?.map((point) => point.share)).toEqual([0.5, null, 1]);
  });

  it('gives the share of replies meeting each rule, leaving out checks the agent turned off', () => {
    const byCheck = Object.fromEntries(aggregate(rows, options).checks.map((c) => [c.check, c]));
    expect(byCheck.greeting).toMatchObject({ replies: 4, met: 3, share: 0.75, tripped: 2 });
    expect(byCheck.passive).toMatchObject({
      replies: 2,
      met: 1,
      share: 0.5,
      tripped: 2,
      left: 2,
      fixed: 1,
      ignored: 1,
      overridden: 1,
    });
  });

  it('orders checks by how often they found something and totals fixed against ignored', () => {
    const figures = aggregate(rows, options);
    expect(figures.checks.map((check) => check.check)).toEqual(['passive', 'greeting']);
    expect([figures.fixed, figures.ignored]).toEqual([2, 1]);
    expect(figures.periods.map((period) => [period.fixed, period.ignored])).toEqual([
      [1, 1],
      [0, 0],
      [1, 0],
    ]);
  });

  it('filters by pack, language, agent and period', () => {
    expect(aggregate(rows, { ...options, language: 'en' }).replies).toBe(1);
    expect(aggregate(rows, { ...options, packId: 'acme:fi' }).replies).toBe(3);
    const december3 = Date.parse('2026-12-03T00:00:00Z');
    expect(aggregate(rows, { ...options, from: december3 }).replies).toBe(2);
    const labelled = rows.map((r, i) => ({ ...r, agent: i % 2 ? 'Bea' : 'Aino' }));
    const aino = aggregate(labelled, { ...options, agent: 'Aino' });
    expect(aino.replies).toBe(2);
    expect(aino.agents).toEqual(['Aino', 'Bea']);
  });

  it('ranks templates by use and by how much agents rewrite them', () => {
    const used = [
      row('2026-12-01T09:00:00Z', {}, { templates: [{ id: 'delay', kept: 0.9 }] }),
      row('2026-12-01T09:05:00Z', {}, { templates: [{ id: 'delay', kept: 0.7 }] }),
      row('2026-12-02T09:00:00Z', {}, { templates: [{ id: 'refund', kept: 0.2 }] }),
    ];
    const figures = aggregate(used, options);
    expect(figures.templates.map((t) => [t.id, t.uses])).toEqual([
      ['delay', 2],
      ['refund', 1],
    ]);
    expect(figures.rewritten[0]).toEqual({ id: 'refund', uses: 1, meanKept: 0.2 });
    expect(figures.templates[0]?.meanKept).toBeCloseTo(0.8);
  });

  it('names the three rules an agent trips most', () => {
    const mine = [
      row('2026-12-01T09:00:00Z', { a: tally(1), b: tally(1), c: tally(0), d: tally(0, 1) }),
      row('2026-12-01T10:00:00Z', { a: tally(1), b: tally(0), c: tally(0), d: tally(0, 0, 1) }),
      row('2026-12-01T11:00:00Z', { a: tally(0, 1), b: tally(0), c: tally(0), d: tally(0) }),
    ];
    expect(mostTripped(aggregate(mine, options)).map((c) => [c.check, c.tripped])).toEqual([
      ['a', 3],
      ['d', 2],
      ['b', 1],
    ]);
  });
});
