import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { getActive, listActive, putActive } from '../../../storage/active';
import { SCHEMA_VERSION, TalontapaDatabase } from '../../../storage/db';
import { addPack, getPack, packHistory, prunePacks } from '../../../storage/packs';
import { type CorruptRow, onCorruptRow } from '../../../storage/rows';
import { readSettings, writeSettings } from '../../../storage/settings';
import { listSources, putSource } from '../../../storage/sources';
import { freshDatabase } from './helpers';

function collectCorrupt(): { rows: CorruptRow[]; stop: () => void } {
  const rows: CorruptRow[] = [];
  const stop = onCorruptRow((row) => rows.push(row));
  return { rows, stop };
}

const packRow = (sourceId: string, version: string) => ({
  sourceId,
  fetchedAt: 1,
  url: `https://example.com/${sourceId}.json`,
  etag: null,
  sha256: 'a'.repeat(64),
  text: '{}',
  parents: [],
  packId: 'p',
  name: 'P',
  version,
  language: 'en' as const,
  ok: true,
  issues: [],
  pin: null,
});

describe('storage', () => {
  it('upgrades a version 1 database and keeps its settings row', async () => {
    const { indexedDB, name } = freshDatabase();
    // Version 1 as the extension shipped it: one table, one row.
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({ settings: '&key' });
    await v1
      .table('settings')
      .put({ key: 'settings', value: { packId: 'builtin:fi', enabled: false } });
    v1.close();

    const db = new TalontapaDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await readSettings(db)).toEqual({
      packId: 'builtin:fi',
      enabled: false,
      disabledChecks: [],
      uiLanguage: 'browser',
      expansion: { enabled: true, prefix: ';;', keys: ['Tab', 'Space'] },
    });
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'active',
      'packs',
      'settings',
      'sources',
      'statistics',
      'templates',
    ]);
    // The new tables work after the upgrade.
    await putSource(
      {
        id: 'https://example.com/a.json',
        kind: 'url',
        url: 'https://example.com/a.json',
        managed: false,
        addedAt: 1,
        lastCheckedAt: null,
        lastSyncedAt: null,
        lastError: null,
      },
      db,
    );
    expect((await listSources(db)).map((s) => s.id)).toEqual(['https://example.com/a.json']);
    db.close();
  });

  it('upgrades a version 2 database and keeps its settings and statistics rows', async () => {
    const { indexedDB, name } = freshDatabase();
    const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
    v2.version(1).stores({ settings: '&key' });
    v2.version(2).stores({ settings: '&key', statistics: '++id, at' });
    await v2.table('settings').put({ key: 'settings', value: { packId: 'auto', enabled: false } });
    await v2.table('statistics').add({ at: 5, n: 1 });
    v2.close();

    const db = new TalontapaDatabase(name, { indexedDB, IDBKeyRange });
    expect(await readSettings(db)).toEqual({
      packId: 'auto',
      enabled: false,
      disabledChecks: [],
      uiLanguage: 'browser',
      expansion: { enabled: true, prefix: ';;', keys: ['Tab', 'Space'] },
    });
    expect(await db.table('statistics').toArray()).toEqual([{ id: 1, at: 5, n: 1 }]);
    expect(await db.sources.count()).toBe(0);
    db.close();
  });

  it('writes and reads settings', async () => {
    const { db } = freshDatabase();
    await writeSettings({ enabled: false }, db);
    expect(await readSettings(db)).toEqual({
      packId: 'auto',
      enabled: false,
      disabledChecks: [],
      uiLanguage: 'browser',
      expansion: { enabled: true, prefix: ';;', keys: ['Tab', 'Space'] },
    });
  });

  it('keeps the checks the agent turned off and their interface language', async () => {
    const { db } = freshDatabase();
    await writeSettings({ disabledChecks: ['repeated-word'], uiLanguage: 'fi' }, db);
    expect(await readSettings(db)).toMatchObject({
      disabledChecks: ['repeated-word'],
      uiLanguage: 'fi',
    });
    // Only check ids (kebab-case) are kept: no text can hide there.
    await expect(writeSettings({ disabledChecks: ['Hello there'] }, db)).rejects.toThrow();
  });

  it('keeps the agent’s keyword expansion; an unreadable one falls back alone', async () => {
    const { db } = freshDatabase();
    const expansion = { enabled: false, prefix: '//', keys: ['Enter' as const] };
    await writeSettings({ expansion, uiLanguage: 'fi' }, db);
    expect(await readSettings(db)).toMatchObject({ expansion, uiLanguage: 'fi' });
    // A stored prefix the options page would refuse costs the expansion settings only.
    await db.settings.put({
      key: 'settings',
      value: { uiLanguage: 'fi', expansion: { prefix: 'abc', keys: [] } },
    });
    expect(await readSettings(db)).toMatchObject({
      uiLanguage: 'fi',
      expansion: { enabled: true, prefix: ';;', keys: ['Tab', 'Space'] },
    });
  });

  it('skips and reports corrupted rows in every table instead of throwing', async () => {
    const { db } = freshDatabase();
    const { rows, stop } = collectCorrupt();
    try {
      await db.sources.bulkPut([
        {
          id: 'https://good.example/p.json',
          kind: 'url',
          url: 'https://good.example/p.json',
          addedAt: 1,
        },
        { id: 'https://bad.example/p.json', kind: 'carrier pigeon', addedAt: 'yesterday' },
      ]);
      const good = await addPack(packRow('s', '1.0.0'), db);
      const bad = (await db.packs.add({ sourceId: 's', text: 42 })) as number;
      await db.active.bulkPut([
        { sourceId: 's', language: 'en', activeSeq: good, lastGoodSeq: good, activatedAt: 1 },
        { sourceId: 's', language: 'sv', activeSeq: 'x' },
      ]);
      await db.settings.put({ key: 'settings', value: { enabled: 'sometimes' } });

      expect((await listSources(db)).map((s) => s.id)).toEqual(['https://good.example/p.json']);
      expect((await packHistory('s', db)).map((p) => p.seq)).toEqual([good]);
      expect(await getPack(bad, db)).toBeNull();
      expect((await listActive(db)).map((a) => a.language)).toEqual(['en']);
      expect(await readSettings(db)).toEqual({
        packId: 'auto',
        enabled: true,
        disabledChecks: [],
        uiLanguage: 'browser',
        expansion: { enabled: true, prefix: ';;', keys: ['Tab', 'Space'] },
      });

      const tables = rows.map((r) => r.table);
      expect(tables).toEqual(expect.arrayContaining(['sources', 'packs', 'active', 'settings']));
      const badSource = rows.find((r) => r.table === 'sources');
      expect(badSource?.key).toBe('https://bad.example/p.json');
      expect(badSource?.problem).toMatch(/kind/);
    } finally {
      stop();
    }
  });

  it('keeps the active and last good versions when pruning history', async () => {
    const { db } = freshDatabase();
    const seqs: number[] = [];
    for (let i = 0; i < 6; i++) seqs.push(await addPack(packRow('s', `1.0.${i}`), db));
    await addPack(packRow('other', '9.9.9'), db);
    await putActive(
      {
        sourceId: 's',
        language: 'en',
        activeSeq: seqs[0] as number,
        lastGoodSeq: seqs[1] as number,
        activatedAt: 1,
      },
      db,
    );
    await prunePacks('s', 2, [seqs[0] as number, seqs[1] as number], db);
    expect((await packHistory('s', db)).map((p) => p.version)).toEqual([
      '1.0.5',
      '1.0.4',
      '1.0.1',
      '1.0.0',
    ]);
    expect((await packHistory('other', db)).length).toBe(1);
    expect((await getActive('s', 'en', db))?.activeSeq).toBe(seqs[0]);
  });
});
