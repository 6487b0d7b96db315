import { describe, expect, it } from 'vitest';
import { readExport, teamRows, toCsv, toExport } from '../../../components/statistics/exchange';
import {
  retentionCutoff,
  rowTime,
  type StatRow,
  StatRowSchema,
  statRowOf,
} from '../../../storage/statistics-row';

const sample: StatRow = {
  at: Date.parse('2026-12-04T09:41:00Z'),
  host: 'gmail',
  packId: 'acme:support, fi',
  packVersion: '2.1.0',
  language: 'fi',
  words: 88,
  checks: { greeting: { left: 0, fixed: 1, ignored: 0, overridden: false } },
  templates: [{ id: 'delay', kept: 0.75 }],
};

describe('statistics rows', () => {
  it('keep the time to the minute', () => {
    expect(rowTime(Date.parse('2026-12-04T09:41:37.250Z'))).toBe(
      Date.parse('2026-12-04T09:41:00Z'),
    );
    expect(StatRowSchema.safeParse({ ...sample, at: sample.at + 1_000 }).success).toBe(false);
  });

  it('refuse anything that could carry text where a check id belongs', () => {
    const withText = { ...sample, checks: { 'Hei Anna, kiitos': sample.checks.greeting } };
    expect(StatRowSchema.safeParse(withText).success).toBe(false);
  });
});

describe('retention', () => {
  it('keeps twelve calendar months by default', () => {
    expect(new Date(retentionCutoff(new Date('2026-12-04T10:00:00Z'))).toISOString()).toBe(
      '2025-12-04T10:00:00.000Z',
    );
  });

  it('falls back to the month’s last day when the day does not exist', () => {
    expect(new Date(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 1)).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    expect(new Date(retentionCutoff(new Date('2028-02-29T12:00:00Z'), 12)).toISOString()).toBe(
      '2027-02-28T12:00:00.000Z',
    );
  });
});

describe('export and import', () => {
  it('writes one CSV line per reply and check, quoting what needs it', () => {
    const csv = toCsv([sample]);
    expect(csv.split('\r\n')).toEqual([
      'reply,time,host,pack,packVersion,language,words,check,left,fixed,ignored,overridden',
      '1,2026-12-04T09:41:00.000Z,gmail,"acme:support, fi",2.1.0,fi,88,greeting,0,1,0,false',
      '',
    ]);
  });

  it('reads back what it exported, skipping rows that do not parse', () => {
    const file = toExport([sample], 'Aino', new Date('2026-12-04T12:00:00Z'));
    const text = JSON.stringify({ ...file, rows: [...file.rows, { at: 'yesterday' }] });
    const result = readExport(text);
    expect(result).toEqual({ ok: true, export: file, skipped: 1 });
  });

  it('refuses a file that is not an export, saying why', () => {
    expect(readExport('{')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    expect(readExport('{"format": "other", "rows": []}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Talontapa statistics export \(format: /),
    });
  });

  it('labels the team view’s rows by pseudonym, never merging two agents of one name', () => {
    const aino = toExport([sample], 'Aino');
    const other = toExport([sample, sample], 'Aino');
    const rows = teamRows([aino, other, toExport([], 'Bea')]);
    expect(rows.map((r) => r.agent)).toEqual(['Aino', 'Aino (2)', 'Aino (2)']);
  });
});

describe('statRowOf', () => {
  it('tallies what is left, fixed and ignored per check, clean checks included', () => {
    const row = statRowOf({
      now: Date.parse('2026-12-04T09:41:59Z'),
      host: 'zendesk',
      packId: 'acme:fi',
      packVersion: '1.0.0',
      language: 'fi',
      words: 74,
      ran: ['greeting', 'passive', 'thanks', 'plain-words'],
      turnedOff: ['speaker'],
      left: ['passive', 'passive'],
      fixed: { 'plain-words': 1, passive: 1 },
      ignored: { thanks: 1 },
      templates: [{ id: 'delay', kept: 0.5 }],
    });
    expect(row).toEqual({
      at: Date.parse('2026-12-04T09:41:00Z'),
      host: 'zendesk',
      packId: 'acme:fi',
      packVersion: '1.0.0',
      language: 'fi',
      words: 74,
      checks: {
        greeting: { left: 0, fixed: 0, ignored: 0, overridden: false },
        passive: { left: 2, fixed: 1, ignored: 0, overridden: false },
        thanks: { left: 0, fixed: 0, ignored: 1, overridden: false },
        'plain-words': { left: 0, fixed: 1, ignored: 0, overridden: false },
        speaker: { left: 0, fixed: 0, ignored: 0, overridden: true },
      },
      templates: [{ id: 'delay', kept: 0.5 }],
    });
  });
});
