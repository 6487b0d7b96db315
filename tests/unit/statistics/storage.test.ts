import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TalontapaDatabase } from '../../../storage/db';
import { readSettings, writeSettings } from '../../../storage/settings';
import {
  addStatRow,
  applyRetention,
  countStatRows,
  deleteAllStatRows,
  readStatRows,
  writeRetentionMonths,
} from '../../../storage/statistics';
import { compactRow, expandRow, type StatRow } from '../../../storage/statistics-row';

let name = '';
let db: TalontapaDatabase;

beforeEach(() => {
  name = `talontapa-test-${crypto.randomUUID()}`;
  db = new TalontapaDatabase(name);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

function row(at: string, words = 100): StatRow {
  return {
    at: Date.parse(at),
    host: 'freshdesk',
    packId: 'builtin:fi',
    packVersion: '1.0.0',
    language: 'fi',
    words,
    checks: { thanks: { left: 1, fixed: 0, ignored: 0, overridden: false } },
    templates: [],
  };
}

describe('statistics table', () => {
  it('keeps the settings of a version-1 database when it gains the table', async () => {
    db.close();
    const old = new Dexie(name);
    old.version(1).stores({ settings: '&key' });
    await old.table('settings').put({ key: 'settings', value: { enabled: false } });
    old.close();
    db = new TalontapaDatabase(name);
    expect((await readSettings(db)).enabled).toBe(false);
    await addStatRow(row('2026-12-01T10:00:00Z'), db);
    expect(await countStatRows(db)).toBe(1);
    await writeSettings({ enabled: true }, db);
    expect(await countStatRows(db)).toBe(1);
  });

  it('reads rows from a time on, skipping and counting rows that no longer parse', async () => {
    await addStatRow(row('2026-11-01T10:00:00Z'), db);
    await addStatRow(row('2026-12-01T10:00:00Z'), db);
    await db.statistics.add({ ...compactRow(row('2026-12-02T10:00:00Z')), words: -1 });
    const { rows, skipped } = await readStatRows(Date.parse('2026-11-15T00:00:00Z'), db);
    expect(rows.map((r) => new Date(r.at).toISOString())).toEqual(['2026-12-01T10:00:00.000Z']);
    expect(skipped).toBe(1);
  });

  it('refuses a row that does not parse rather than storing it', async () => {
    await expect(addStatRow({ ...row('2026-12-01T10:00:00Z'), at: 1 }, db)).rejects.toThrow();
    expect(await countStatRows(db)).toBe(0);
  });

  it('deletes rows past the retention period and, on request, all of them', async () => {
    await addStatRow(row('2025-06-01T10:00:00Z'), db);
    await addStatRow(row('2026-01-01T10:00:00Z'), db);
    await addStatRow(row('2026-12-01T10:00:00Z'), db);
    const now = new Date('2026-12-04T10:00:00Z');
    expect(await applyRetention(now, db)).toBe(1);
    await writeRetentionMonths(6, db);
    expect(await applyRetention(now, db)).toBe(1);
    expect(await countStatRows(db)).toBe(1);
    await deleteAllStatRows(db);
    expect(await countStatRows(db)).toBe(0);
  });

  it('stores a row compactly and reads back the same row', async () => {
    const full: StatRow = {
      ...row('2026-12-01T10:00:00Z'),
      checks: {
        greeting: { left: 0, fixed: 0, ignored: 0, overridden: false },
        thanks: { left: 2, fixed: 0, ignored: 0, overridden: false },
        passive: { left: 1, fixed: 2, ignored: 1, overridden: false },
        speaker: { left: 0, fixed: 0, ignored: 0, overridden: true },
      },
      templates: [{ id: 'delay', kept: 0.5 }],
    };
    expect(compactRow(full).checks).toEqual({ greeting: 0, thanks: 2, passive: [1, 2, 1] });
    expect(expandRow(compactRow(full))).toEqual(full);
    await addStatRow(full, db);
    expect((await readStatRows(0, db)).rows).toEqual([full]);
  });

  it('stays small: ten thousand replies of sixteen checks each are under 5 MB', () => {
    const checks = ['greeting', 'thanks', 'closing', 'address', 'speaker', 'command', 'passive']
      .concat(['apology', 'sentence-length', 'paragraph-length', 'reply-length', 'promise'])
      .concat(['numbered-steps', 'repeated-word', 'placeholder', 'unanswered-question']);
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      compactRow({
        ...row('2026-12-01T10:00:00Z'),
        // A reply trips a few checks; the agent fixes or ignores some of what they find.
        checks: Object.fromEntries(
          checks.map((check, c) => [
            check,
            {
              left: (i + c) % 7 === 0 ? 1 : 0,
              fixed: (i + c) % 5 === 0 ? 1 : 0,
              ignored: 0,
              overridden: false,
            },
          ]),
        ),
        templates: i % 4 === 0 ? [{ id: 'delivery-delay', kept: 0.83 }] : [],
      }),
    );
    expect(new TextEncoder().encode(JSON.stringify(rows)).length).toBeLessThan(5 * 1024 * 1024);
  });
});
