/**
 * The agent's own templates in the database: version 4 adds their table and keeps every
 * row of version 3; rows are parsed on read (a damaged one is skipped and reported).
 */

import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { OwnTemplate } from '../../../rules/templates/own';
import { getActive } from '../../../storage/active';
import { SCHEMA_VERSION, TalontapaDatabase } from '../../../storage/db';
import { type CorruptRow, onCorruptRow } from '../../../storage/rows';
import { readSettings } from '../../../storage/settings';
import { listSources } from '../../../storage/sources';
import { readStatRows } from '../../../storage/statistics';
import { deleteOwnTemplate, listOwnTemplates, putOwnTemplate } from '../../../storage/templates';
import { freshDatabase } from '../sync/helpers';

const own = (id: string, updatedAt: number, extra: Partial<OwnTemplate> = {}): OwnTemplate => ({
  id,
  title: `Pohja ${id}`,
  body: 'Hei {{customer.firstName}},\n\nkiitos viestistänne.',
  language: 'fi',
  createdAt: 1,
  updatedAt,
  ...extra,
});

const statRow = {
  at: Date.parse('2026-12-01T10:00:00Z'),
  host: 'gmail',
  packId: 'builtin:fi',
  packVersion: '1.0.0',
  language: 'fi',
  words: 12,
  checks: { greeting: 0 },
  templates: [],
};

describe('own templates in the database', () => {
  it('upgrades a version 3 database, keeping its settings, statistics, sources and packs', async () => {
    const { indexedDB, name } = freshDatabase();
    // Version 3 as the extension shipped it, with a row in every table.
    const v3 = new Dexie(name, { indexedDB, IDBKeyRange });
    v3.version(1).stores({ settings: '&key' });
    v3.version(2).stores({ settings: '&key', statistics: '++id, at' });
    v3.version(3).stores({
      settings: '&key',
      statistics: '++id, at',
      sources: '&id, addedAt',
      packs: '++seq, sourceId',
      active: '&[sourceId+language], sourceId',
    });
    await v3.table('settings').put({ key: 'settings', value: { uiLanguage: 'fi' } });
    await v3.table('statistics').add(statRow);
    await v3.table('sources').put({
      id: 'https://example.com/a.json',
      kind: 'url',
      url: 'https://example.com/a.json',
      addedAt: 1,
    });
    await v3.table('active').put({
      sourceId: 'https://example.com/a.json',
      language: 'fi',
      activeSeq: 1,
      lastGoodSeq: 1,
      activatedAt: 1,
    });
    v3.close();

    const db = new TalontapaDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(4);
    expect((await readSettings(db)).uiLanguage).toBe('fi');
    expect((await readStatRows(0, db)).rows).toHaveLength(1);
    expect((await listSources(db)).map((s) => s.id)).toEqual(['https://example.com/a.json']);
    expect((await getActive('https://example.com/a.json', 'fi', db))?.activeSeq).toBe(1);
    // The new table starts empty and works.
    expect(await listOwnTemplates(db)).toEqual([]);
    await putOwnTemplate(own('mine-a', 5), db);
    expect((await listOwnTemplates(db)).map((t) => t.id)).toEqual(['mine-a']);
    db.close();
  });

  it('lists the most recently changed first, replaces by id and deletes', async () => {
    const { db } = freshDatabase();
    await putOwnTemplate(own('mine-a', 5), db);
    await putOwnTemplate(own('mine-b', 9), db);
    await putOwnTemplate(own('mine-a', 12, { title: 'Muutettu' }), db);
    expect((await listOwnTemplates(db)).map((t) => [t.id, t.title])).toEqual([
      ['mine-a', 'Muutettu'],
      ['mine-b', 'Pohja mine-b'],
    ]);
    expect(await deleteOwnTemplate('mine-a', db)).toBe(true);
    expect(await deleteOwnTemplate('mine-a', db)).toBe(false);
    expect((await listOwnTemplates(db)).map((t) => t.id)).toEqual(['mine-b']);
  });

  it('refuses to store a template that does not fit the schema', async () => {
    const { db } = freshDatabase();
    await expect(putOwnTemplate(own('Not an id', 1), db)).rejects.toThrow();
    await expect(putOwnTemplate(own('mine-a', 1, { body: '' }), db)).rejects.toThrow();
  });

  it('skips and reports a damaged row instead of throwing', async () => {
    const { db } = freshDatabase();
    const seen: CorruptRow[] = [];
    const stop = onCorruptRow((row) => seen.push(row));
    try {
      await putOwnTemplate(own('mine-a', 1), db);
      await db.templates.put({ id: 'mine-bad', title: 42, updatedAt: 2 });
      expect((await listOwnTemplates(db)).map((t) => t.id)).toEqual(['mine-a']);
      expect(seen.map((r) => [r.table, r.key])).toEqual([['templates', 'mine-bad']]);
    } finally {
      stop();
    }
  });
});
