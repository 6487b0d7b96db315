/**
 * The agent's own templates travel with their data file: exported, imported elsewhere once
 * (a newer copy replaces an older one), and a file from before own templates still imports.
 */

import { describe, expect, it } from 'vitest';
import type { OwnTemplate } from '../../../rules/templates/own';
import { exportAgentData, importAgentData } from '../../../storage/sync/agent-data';
import { PackSync } from '../../../storage/sync/engine';
import { listOwnTemplates, putOwnTemplate } from '../../../storage/templates';
import { FakeServer, freshDatabase } from '../sync/helpers';

function setup() {
  const { db } = freshDatabase();
  const server = new FakeServer();
  const sync = new PackSync({ db, fetch: server.fetch, now: () => 1_000, sleep: async () => {} });
  return { db, sync };
}

const own = (id: string, updatedAt: number, extra: Partial<OwnTemplate> = {}): OwnTemplate => ({
  id,
  title: `Pohja ${id}`,
  body: 'Hei {{customer.firstName}},\n\nkiitos viestistänne.',
  language: 'fi',
  shortcut: id.replace('mine-', ''),
  createdAt: 1,
  updatedAt,
  ...extra,
});

/** The file as it is written and read back: JSON. */
const asFile = async (db: ReturnType<typeof setup>['db']) =>
  JSON.parse(JSON.stringify(await exportAgentData(db, new Date(0))));

describe('own templates in the agent’s data file', () => {
  it('are exported and imported elsewhere, each once', async () => {
    const from = setup();
    await putOwnTemplate(own('mine-a', 5, { tags: ['oma'], triggers: ['tilaus*'] }), from.db);
    await putOwnTemplate(own('mine-b', 6), from.db);
    const data = await asFile(from.db);
    expect(data.templates.map((t: OwnTemplate) => t.id)).toEqual(['mine-b', 'mine-a']);

    const to = setup();
    expect((await importAgentData(data, to.db, to.sync)).templatesAdded).toBe(2);
    expect(await listOwnTemplates(to.db)).toEqual(await listOwnTemplates(from.db));
    // The same file again adds nothing.
    expect((await importAgentData(data, to.db, to.sync)).templatesAdded).toBe(0);
  });

  it('keep the newer of two copies of one template', async () => {
    const to = setup();
    await putOwnTemplate(own('mine-a', 10, { title: 'Tässä uudempi' }), to.db);
    const older = setup();
    await putOwnTemplate(own('mine-a', 5, { title: 'Vanha' }), older.db);
    expect((await importAgentData(await asFile(older.db), to.db, to.sync)).templatesAdded).toBe(0);
    expect((await listOwnTemplates(to.db))[0]?.title).toBe('Tässä uudempi');

    const newer = setup();
    await putOwnTemplate(own('mine-a', 20, { title: 'Tiedoston uudempi' }), newer.db);
    expect((await importAgentData(await asFile(newer.db), to.db, to.sync)).templatesAdded).toBe(1);
    expect((await listOwnTemplates(to.db))[0]?.title).toBe('Tiedoston uudempi');
  });

  it('leave out a body that does not parse, and a shortcut another template has', async () => {
    const to = setup();
    await putOwnTemplate(own('mine-a', 1, { shortcut: 'kiitos' }), to.db);
    const from = setup();
    const data = await asFile(from.db);
    data.templates = [
      own('mine-broken', 2, { body: 'Hei {{customer.frstName}}' }),
      own('mine-b', 3, { shortcut: 'KIITOS' }),
    ];
    const report = await importAgentData(data, to.db, to.sync);
    expect(report.templatesAdded).toBe(1);
    expect(report.skipped).toEqual([
      'template "Pohja mine-broken": its text does not parse',
      'template "Pohja mine-b": the shortcut KIITOS is "Pohja mine-a"\'s; imported without it',
    ]);
    const b = (await listOwnTemplates(to.db)).find((t) => t.id === 'mine-b');
    expect(b).toBeDefined();
    expect(b?.shortcut).toBeUndefined();
  });

  it('a file from before own templates existed still imports', async () => {
    const from = setup();
    const { templates: _, ...older } = await asFile(from.db);
    const to = setup();
    await putOwnTemplate(own('mine-a', 1), to.db);
    const report = await importAgentData(older, to.db, to.sync);
    expect(report).toMatchObject({ settings: true, templatesAdded: 0, skipped: [] });
    expect((await listOwnTemplates(to.db)).map((t) => t.id)).toEqual(['mine-a']);
  });
});
