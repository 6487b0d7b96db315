import { describe, expect, it } from 'vitest';
import { getSource } from '../../../storage/sources';
import { PackSync, type SyncTuning } from '../../../storage/sync/engine';
import { sha256Hex } from '../../../storage/sync/fetch-text';
import { readPolicy } from '../../../storage/sync/policy';
import { enPack, FakeServer, freshDatabase } from './helpers';

const BASE = 'https://packs.example.com/acme';
const URL_EN = `${BASE}/team-en.json`;

function setup(tuning: Partial<SyncTuning> = {}) {
  const { db } = freshDatabase();
  const server = new FakeServer();
  const sleeps: number[] = [];
  let clock = 1_000;
  const changes: boolean[] = [];
  const sync = new PackSync({
    db,
    fetch: server.fetch,
    now: () => clock++,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    tuning: () => ({ timeoutMs: 50, ...tuning }),
    onChange: ({ active }) => changes.push(active),
  });
  return { db, server, sync, sleeps, changes };
}

async function ruleIds(sync: PackSync): Promise<string[] | null> {
  const active = await sync.activePack('en');
  return active ? (active.pack.rules ?? []).map((r) => r.id) : null;
}

describe('pack sync', () => {
  it('activates a valid pack and sends nothing twice: a 304 downloads nothing', async () => {
    const { server, sync } = setup();
    server.servePack(URL_EN, enPack('1.0.0'), '"v1"');
    await sync.addSource({ url: URL_EN });
    expect(await sync.syncSource(URL_EN)).toMatchObject({ status: 'activated' });
    expect((await sync.activePack('en'))?.pack.version).toBe('1.0.0');
    const bytes = server.bytesSent;
    expect(bytes).toBeGreaterThan(0);

    expect(await sync.syncSource(URL_EN)).toEqual({ status: 'unchanged' });
    expect(server.requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(server.bytesSent).toBe(bytes);
    expect((await sync.history(URL_EN)).length).toBe(1);
    expect(await sync.activePack('fi')).toBeNull();
  });

  it('keeps the last good pack when a publish fails validation, and records why with paths', async () => {
    const { server, sync, db } = setup();
    server.servePack(URL_EN, enPack('1.0.0'), '"v1"');
    await sync.addSource({ url: URL_EN });
    await sync.syncSource(URL_EN);

    const broken = enPack('1.1.0', {
      rules: [{ id: 'x', kind: 'forbid', pattern: { regex: '(a+)+$' }, message: 'm' }],
    });
    server.servePack(URL_EN, broken, '"v2"');
    const outcome = await sync.syncSource(URL_EN);
    expect(outcome.status).toBe('invalid');
    expect((await sync.activePack('en'))?.pack.version).toBe('1.0.0');
    const source = await getSource(URL_EN, db);
    expect(source?.lastError?.issues[0]?.path).toBe('rules[0].pattern.regex');

    // The failing version is in the history, not active, and cannot be rolled back to.
    const history = await sync.history(URL_EN);
    expect(history.map((h) => [h.version, h.ok, h.active])).toEqual([
      ['1.1.0', false, false],
      ['1.0.0', true, true],
    ]);
    await expect(sync.rollback(URL_EN, history[0]?.seq as number)).rejects.toThrow(/failed/);
    expect(history[0]?.issues).toEqual([
      { path: 'rules[0].pattern.regex', message: expect.stringMatching(/backtrack/) },
    ]);

    // A 304 for the failing version leaves its error; the next good publish clears it.
    expect(await sync.syncSource(URL_EN)).toEqual({ status: 'unchanged' });
    expect((await sync.status())[0]?.source.lastError?.message).toMatch(/validation/);
    server.servePack(URL_EN, enPack('1.2.0'), '"v3"');
    expect((await sync.syncSource(URL_EN)).status).toBe('activated');
    expect((await sync.activePack('en'))?.pack.version).toBe('1.2.0');
    expect((await sync.status())[0]?.source.lastError).toBeNull();
  });

  it.each([
    [
      'a pack whose examples fail',
      {
        rules: [
          {
            id: 'r',
            kind: 'forbid',
            pattern: 'hello',
            message: 'm',
            examples: { bad: ['Goodbye.'] },
          },
        ],
      },
      'rules[0].examples.bad[0]',
    ],
    ['a schema-invalid pack', { style: { adress: 'formal' } }, 'style.adress'],
    [
      'a built-in id taken by a rule',
      { rules: [{ id: 'greeting', kind: 'forbid', pattern: 'x', message: 'm' }] },
      'rules[0].id',
    ],
  ])('refuses %s', async (_name, overrides, path) => {
    const { server, sync } = setup();
    server.servePack(URL_EN, enPack('1.0.0', overrides));
    await sync.addSource({ url: URL_EN });
    const outcome = await sync.syncSource(URL_EN);
    expect(outcome.status).toBe('invalid');
    if (outcome.status === 'invalid') expect(outcome.issues.map((i) => i.path)).toContain(path);
    expect(await sync.activePack('en')).toBeNull();
  });

  it('refuses text that is not JSON', async () => {
    const { server, sync } = setup();
    server.serve(URL_EN, { body: '{"id": ' });
    await sync.addSource({ url: URL_EN });
    const outcome = await sync.syncSource(URL_EN);
    expect(outcome).toMatchObject({ status: 'invalid', issues: [{ path: '' }] });
    if (outcome.status === 'invalid') expect(outcome.issues[0]?.message).toMatch(/not JSON/);
  });

  it('retries a server error with backoff, and a 404 not at all', async () => {
    const { server, sync, sleeps } = setup({ retries: 2, retryDelayMs: 100 });
    server.serve(URL_EN, [
      { status: 500 },
      { status: 503 },
      { body: JSON.stringify(enPack('1.0.0')) },
    ]);
    await sync.addSource({ url: URL_EN });
    expect((await sync.syncSource(URL_EN)).status).toBe('activated');
    expect(sleeps).toEqual([100, 200]);

    server.serve(URL_EN, { status: 404 });
    const outcome = await sync.syncSource(URL_EN);
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { message: 'HTTP 404', reason: { code: 'http', detail: '404' } },
    });
    expect(sleeps).toEqual([100, 200]);
    expect((await sync.activePack('en'))?.pack.version).toBe('1.0.0');
  });

  it('gives up after the retries and keeps the pack', async () => {
    const { server, sync, sleeps } = setup({ retries: 1, retryDelayMs: 10 });
    server.servePack(URL_EN, enPack('1.0.0'));
    await sync.addSource({ url: URL_EN });
    await sync.syncSource(URL_EN);
    server.serve(URL_EN, { status: 500 });
    expect(await sync.syncSource(URL_EN)).toMatchObject({
      status: 'failed',
      error: { message: 'HTTP 500' },
    });
    expect(sleeps).toEqual([10]);
    expect((await sync.activePack('en'))?.pack.version).toBe('1.0.0');
  });

  it('times out a server that does not answer', async () => {
    const { server, sync } = setup({ retries: 0, timeoutMs: 30 });
    server.serve(URL_EN, { hang: true });
    await sync.addSource({ url: URL_EN });
    const outcome = await sync.syncSource(URL_EN);
    expect(outcome).toMatchObject({ status: 'failed' });
    if (outcome.status === 'failed') {
      expect(outcome.error.message).toMatch(/no answer within 30 ms/);
      expect(outcome.error.reason).toEqual({ code: 'timeout', detail: '30 ms' });
    }
  });

  it('refuses a pack over the size limit without reading it all', async () => {
    const { server, sync } = setup({ maxBytes: 1_000 });
    server.serve(URL_EN, {
      body: JSON.stringify(enPack('1.0.0', { description: 'x'.repeat(5_000) })),
    });
    await sync.addSource({ url: URL_EN });
    expect(await sync.syncSource(URL_EN)).toMatchObject({
      status: 'failed',
      error: {
        message: 'the pack is larger than 1 KB',
        reason: { code: 'too-large', detail: '1 KB' },
      },
    });
  });

  it('checks a sha256 pin', async () => {
    const { server, sync } = setup();
    const text = JSON.stringify(enPack('1.0.0'));
    server.serve(URL_EN, { body: text });
    const right = await sha256Hex(new TextEncoder().encode(text));
    await sync.addSource({ url: URL_EN, sha256: 'f'.repeat(64) });
    const outcome = await sync.syncSource(URL_EN);
    expect(outcome.status).toBe('invalid');
    if (outcome.status === 'invalid') expect(outcome.issues[0]?.message).toContain(right);

    await sync.addSource({ url: URL_EN, sha256: right.toUpperCase() });
    server.serve(URL_EN, { body: `${text}\n` });
    expect((await sync.syncSource(URL_EN)).status).toBe('invalid');
    server.serve(URL_EN, { body: text });
    expect((await sync.syncSource(URL_EN)).status).toBe('activated');
  });

  it('judges the same bytes again when the pin changes, though the server answers 304', async () => {
    const { server, sync } = setup();
    const text = JSON.stringify(enPack('1.0.0'));
    server.serve(URL_EN, { body: text, etag: '"v1"' });
    const right = await sha256Hex(new TextEncoder().encode(text));
    await sync.applyPolicy(readPolicy({ packSources: [{ url: URL_EN, sha256: 'e'.repeat(64) }] }));
    expect((await sync.syncSource(URL_EN)).status).toBe('invalid');
    await sync.applyPolicy(readPolicy({ packSources: [{ url: URL_EN, sha256: right }] }));
    expect(await sync.syncSource(URL_EN)).toMatchObject({ status: 'activated' });
    expect(server.requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(await sync.syncSource(URL_EN)).toEqual({ status: 'unchanged' });
  });

  describe('extends over URLs', () => {
    const org = {
      id: 'acme:org-en',
      name: 'Acme',
      version: '2.0.0',
      language: 'en',
      extends: 'builtin:en',
      style: { speaker: 'we' },
      rules: [
        {
          id: 'org-rule',
          kind: 'forbid',
          pattern: 'asap',
          message: 'm',
          examples: { bad: ['Reply asap.'] },
        },
      ],
    };

    it('fetches, validates and stores the chain together; a relative and an absolute parent', async () => {
      const { server, sync } = setup();
      server.servePack(`${BASE}/org.json`, org, '"org1"');
      server.servePack(URL_EN, enPack('1.0.0', { extends: './org.json' }), '"t1"');
      await sync.addSource({ url: URL_EN });
      expect((await sync.syncSource(URL_EN)).status).toBe('activated');
      const active = await sync.activePack('en');
      expect(active?.parents.map((p) => p.id)).toEqual(['acme:org-en']);

      // The parent changes while the team pack does not (304): a new version all the same.
      server.servePack(`${BASE}/org.json`, { ...org, version: '2.1.0', rules: [] }, '"org2"');
      expect((await sync.syncSource(URL_EN)).status).toBe('activated');
      const [latest] = await sync.history(URL_EN);
      expect(latest?.changes).toMatchObject({ rulesRemoved: ['org-rule'], rulesAdded: [] });
      expect(server.requests.filter((r) => r.url === URL_EN).at(-1)?.ifNoneMatch).toBe('"t1"');

      server.servePack('https://other.example/org.json', org);
      server.servePack(
        URL_EN,
        enPack('1.0.1', { extends: 'https://other.example/org.json' }),
        '"t2"',
      );
      expect((await sync.syncSource(URL_EN)).status).toBe('activated');
    });

    it('reports a cycle naming the chain', async () => {
      const { server, sync } = setup();
      server.servePack(`${BASE}/a.json`, enPack('1.0.0', { id: 'a', extends: './b.json' }));
      server.servePack(`${BASE}/b.json`, enPack('1.0.0', { id: 'b', extends: './a.json' }));
      await sync.addSource({ url: `${BASE}/a.json` });
      const outcome = await sync.syncSource(`${BASE}/a.json`);
      expect(outcome).toMatchObject({ status: 'invalid', issues: [{ path: 'extends' }] });
      if (outcome.status === 'invalid') {
        expect(outcome.issues[0]?.message).toBe(
          `"extends" forms a cycle: ${BASE}/a.json → ${BASE}/b.json → ${BASE}/a.json`,
        );
      }
    });

    it('reports a missing parent naming the chain, and keeps the last good pack', async () => {
      const { server, sync } = setup();
      server.servePack(URL_EN, enPack('1.0.0'));
      await sync.addSource({ url: URL_EN });
      await sync.syncSource(URL_EN);
      server.servePack(URL_EN, enPack('1.1.0', { extends: './gone.json' }));
      const outcome = await sync.syncSource(URL_EN);
      expect(outcome.status).toBe('invalid');
      if (outcome.status === 'invalid') {
        expect(outcome.issues[0]).toEqual({
          path: 'extends',
          message: `the parent pack ${BASE}/gone.json is missing (HTTP 404 Not Found); chain: ${URL_EN} → ${BASE}/gone.json`,
        });
      }
      expect((await sync.activePack('en'))?.pack.version).toBe('1.0.0');
    });

    it('reports an invalid parent at extends with its URL and path', async () => {
      const { server, sync } = setup();
      server.servePack(`${BASE}/org.json`, { ...org, style: { speaker: 'they' } });
      server.servePack(URL_EN, enPack('1.0.0', { extends: './org.json' }));
      await sync.addSource({ url: URL_EN });
      const outcome = await sync.syncSource(URL_EN);
      expect(outcome.status).toBe('invalid');
      if (outcome.status === 'invalid') {
        expect(outcome.issues[0]?.path).toBe('extends');
        expect(outcome.issues[0]?.message).toMatch(
          /^https:\/\/packs\.example\.com\/acme\/org\.json is invalid: style\.speaker: /,
        );
      }
    });
  });

  it('rolls back to an earlier good version and back, with a change summary per version', async () => {
    const { server, sync } = setup();
    await sync.addSource({ url: URL_EN });
    server.servePack(URL_EN, enPack('1.0.0'));
    await sync.syncSource(URL_EN);
    server.servePack(URL_EN, enPack('1.1.0', { style: { address: 'formal' }, rules: [] }));
    await sync.syncSource(URL_EN);
    expect(await ruleIds(sync)).toEqual([]);

    const history = await sync.history(URL_EN);
    expect(history[0]?.changes).toEqual({
      rulesAdded: [],
      rulesRemoved: ['no-ticket-jargon'],
      rulesChanged: [],
      styleChanged: ['address'],
      checksChanged: [],
    });
    // The first version has nothing to compare with.
    expect(history[1]?.changes).toBeNull();

    await sync.rollback(URL_EN, history[1]?.seq as number);
    expect(await ruleIds(sync)).toEqual(['no-ticket-jargon']);
    const after = await sync.history(URL_EN);
    expect(after.map((h) => [h.version, h.active, h.lastGood])).toEqual([
      ['1.1.0', false, true],
      ['1.0.0', true, false],
    ]);
    // A 304 keeps the rollback; rolling forward works the same way.
    await sync.rollback(URL_EN, after[0]?.seq as number);
    expect(await ruleIds(sync)).toEqual([]);
  });

  it('imports a pack file as a source of its own; a relative extends needs a URL', async () => {
    const { sync } = setup();
    expect((await sync.importFile('mine.json', JSON.stringify(enPack('3.0.0')))).status).toBe(
      'activated',
    );
    expect((await sync.activePack('en'))?.sourceId).toBe('file:mine.json');
    const outcome = await sync.importFile(
      'team.json',
      JSON.stringify(enPack('1.0.0', { extends: './org.json' })),
    );
    expect(outcome).toMatchObject({ status: 'invalid', issues: [{ path: 'extends' }] });
  });

  it('applies a managed policy: its sources first, locked, and the agent cannot change them', async () => {
    const { server, sync } = setup();
    const agentUrl = `${BASE}/mine.json`;
    server.servePack(agentUrl, enPack('0.0.1'));
    server.servePack(URL_EN, enPack('5.0.0'));
    await sync.addSource({ url: agentUrl });
    await sync.syncSource(agentUrl);

    const policy = readPolicy({
      packSources: [{ url: URL_EN }, { nope: 1 }, { url: 'http://packs.example.com/p.json' }],
      lockSources: true,
      syncIntervalMinutes: 30,
    });
    expect(policy.problems).toEqual([expect.stringMatching(/^packSources\[1\]/)]);
    expect(await sync.applyPolicy(policy)).toEqual([URL_EN]);
    expect(sync.managedPolicy.problems).toEqual([
      expect.stringMatching(/^packSources\[1\]/),
      'packSources: http://packs.example.com/p.json: a pack URL must be https (http only for localhost)',
    ]);
    await sync.syncAll();
    expect((await sync.activePack('en'))?.pack.version).toBe('5.0.0');
    await expect(sync.addSource({ url: `${BASE}/x.json` })).rejects.toThrow(/locked/);
    await expect(sync.removeSource(URL_EN)).rejects.toThrow(/locked/);
    const [version] = await sync.history(URL_EN);
    await expect(sync.rollback(URL_EN, version?.seq as number)).rejects.toThrow(/locked/);
    expect((await sync.status()).every((s) => s.locked)).toBe(true);

    // Unlocked: the managed source still cannot be removed by the agent; gone from policy, it goes.
    await sync.applyPolicy(readPolicy({ packSources: [{ url: URL_EN }] }));
    await expect(sync.removeSource(URL_EN)).rejects.toThrow(/administrator/);
    await expect(sync.addSource({ url: URL_EN, sha256: 'b'.repeat(64) })).rejects.toThrow(
      /administrator/,
    );
    await sync.applyPolicy(readPolicy({}));
    expect((await sync.status()).map((s) => s.source.id)).toEqual([agentUrl]);
    expect((await sync.activePack('en'))?.pack.version).toBe('0.0.1');
  });

  it('tells the pages only of a policy that changed something', async () => {
    const { sync, changes } = setup();
    const policy = readPolicy({ packSources: [{ url: URL_EN }] });
    await sync.applyPolicy(policy);
    expect(changes).toEqual([false]);
    expect(await sync.applyPolicy(policy)).toEqual([]);
    expect(changes).toEqual([false]);
    await sync.applyPolicy(readPolicy({}));
    expect(changes).toEqual([false, true]);
  });

  it('stores nothing for a source removed while its fetch ran', async () => {
    const { server, sync, db } = setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const served = server.fetch;
    const slow = new PackSync({
      db,
      fetch: async (input, init) => {
        await gate;
        return served(input, init);
      },
    });
    server.servePack(URL_EN, enPack('1.0.0'));
    await slow.addSource({ url: URL_EN });
    const running = slow.syncSource(URL_EN);
    await sync.removeSource(URL_EN);
    release();
    expect(await running).toEqual({ status: 'not-synced' });
    expect(await db.packs.count()).toBe(0);
    expect(await db.active.count()).toBe(0);
  });

  it('refuses plain http except on this machine', async () => {
    const { sync } = setup();
    await expect(sync.addSource({ url: 'http://packs.example.com/p.json' })).rejects.toThrow(
      /https/,
    );
    await sync.addSource({ url: 'http://127.0.0.1:8080/p.json' });
  });
});

describe('agent data', () => {
  it('exports the settings and the agent’s own sources, and imports them elsewhere', async () => {
    const { db, sync } = setup();
    const { writeSettings, readSettings } = await import('../../../storage/settings');
    const { exportAgentData, importAgentData } = await import('../../../storage/sync/agent-data');
    await writeSettings({ packId: 'builtin:fi' }, db);
    await sync.addSource({ url: URL_EN, sha256: 'a'.repeat(64) });
    await sync.applyPolicy(readPolicy({ packSources: [{ url: `${BASE}/managed.json` }] }));
    const data = await exportAgentData(db, new Date(0));
    expect(data.sources).toEqual([{ url: URL_EN, sha256: 'a'.repeat(64) }]);

    const other = setup();
    const report = await importAgentData(JSON.parse(JSON.stringify(data)), other.db, other.sync);
    expect(report.sourcesAdded).toEqual([URL_EN]);
    expect(await readSettings(other.db)).toEqual({
      packId: 'builtin:fi',
      enabled: true,
      disabledChecks: [],
      uiLanguage: 'browser',
      expansion: { enabled: true, prefix: ';;', keys: ['Tab', 'Space'] },
    });
    await expect(importAgentData({ format: 'x' }, other.db, other.sync)).rejects.toThrow(
      /not a Talontapa data file: format/,
    );
  });

  it('carries the statistics of sent replies, adding each row once', async () => {
    const { db, sync } = setup();
    const { addStatRow, readStatRows } = await import('../../../storage/statistics');
    const { exportAgentData, importAgentData } = await import('../../../storage/sync/agent-data');
    const row = {
      at: Date.parse('2026-12-01T10:00:00Z'),
      host: 'gmail' as const,
      packId: 'builtin:en',
      packVersion: '1.0.0',
      language: 'en' as const,
      words: 42,
      checks: { greeting: { left: 0, fixed: 1, ignored: 0, overridden: false } },
      templates: [],
    };
    await addStatRow(row, db);
    const data = JSON.parse(JSON.stringify(await exportAgentData(db, new Date(0))));
    expect(data.statistics).toEqual([row]);
    const other = setup();
    expect((await importAgentData(data, other.db, other.sync)).statisticsAdded).toBe(1);
    expect((await importAgentData(data, other.db, other.sync)).statisticsAdded).toBe(0);
    expect((await readStatRows(0, other.db)).rows).toEqual([row]);
    // A file from before statistics existed still imports.
    const { statistics: _, ...older } = data;
    expect((await importAgentData(older, db, sync)).statisticsAdded).toBe(0);
  });
});
