import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  gmailDraft,
  grantOrigin,
  highlightedTexts,
  openOptions,
  setTuning,
  TEST_TUNING,
} from './pack-helpers';
import { type PackServer, startPackServer, teamPack } from './pack-server';

/**
 * A team lead publishes at one URL; the agent adds it in the options page. Every way a
 * publish can go wrong leaves the last good pack active (the reply box keeps showing its
 * custom rule's finding), the options page says what failed and where, and the next good
 * publish is picked up; a 304 downloads nothing.
 */
const TEAM = '/acme/team-en.json';
// v1 forbids "ticket number", v2 "case number": the highlighted phrase shows which runs.
const DRAFT = 'Your ticket number and case number are on the invoice.';

let server: PackServer;

test.beforeAll(async () => {
  server = await startPackServer();
});
test.afterAll(async () => {
  await server.close();
});

test.describe.configure({ mode: 'serial' });

let options: Page;
let gmail: Page;

test('a pack added by URL is synced and used in the reply box', async ({
  extensionContext,
  extensionId,
  worker,
}) => {
  await setTuning(worker);
  await grantOrigin(extensionContext, extensionId, server.url);
  server.pack(TEAM, teamPack('1.0.0', 'ticket number'), 'v1');

  options = await openOptions(extensionContext, extensionId);
  await options.getByLabel('Pack URL', { exact: true }).fill(`${server.url}${TEAM}`);
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 1.0.0 (en)');

  gmail = await extensionContext.newPage();
  await gmailDraft(gmail, DRAFT);
  await expect.poll(() => highlightedTexts(gmail)).toContain('ticket number');
  expect(await highlightedTexts(gmail)).not.toContain('case number');
});

/** Each bad publish: what the server does, and what the options page must then show. */
const FAILURES: {
  name: string;
  publish: () => void;
  shows: RegExp;
  path?: string;
}[] = [
  {
    name: '404',
    publish: () => server.set(TEAM, { kind: 'status', status: 404 }),
    shows: /HTTP 404/,
  },
  {
    name: '500',
    publish: () => server.set(TEAM, { kind: 'status', status: 500 }),
    shows: /HTTP 500/,
  },
  {
    name: 'a timeout',
    publish: () => server.set(TEAM, { kind: 'hang' }),
    shows: new RegExp(`no answer within ${TEST_TUNING.timeoutMs} ms`),
  },
  {
    name: 'invalid JSON',
    publish: () =>
      server.set(TEAM, { kind: 'pack', body: '{"id": "acme:support-en",', etag: '"bad-json"' }),
    shows: /not JSON/,
  },
  {
    name: 'a schema-invalid pack',
    publish: () =>
      server.pack(
        TEAM,
        teamPack('1.1.0', 'ticket number', { style: { adress: 'formal' } }),
        'schema',
      ),
    shows: /unknown key/,
    path: 'style.adress',
  },
  {
    name: 'a catastrophic regular expression',
    publish: () =>
      server.pack(
        TEAM,
        teamPack('1.2.0', 'ticket number', {
          rules: [{ id: 'evil', kind: 'forbid', pattern: { regex: '(a+)+$' }, message: 'm' }],
        }),
        'evil',
      ),
    shows: /may backtrack catastrophically/,
    path: 'rules[0].pattern.regex',
  },
  {
    name: 'a pack whose examples fail',
    publish: () =>
      server.pack(
        TEAM,
        teamPack('1.3.0', 'ticket number', {
          rules: [
            {
              id: 'contradicted',
              kind: 'forbid',
              pattern: 'asap',
              message: 'm',
              examples: { bad: ['We will reply soon.'] },
            },
          ],
        }),
        'examples',
      ),
    shows: /expected a "contradicted" finding in "We will reply soon\.", found none/,
    path: 'rules[0].examples.bad[0]',
  },
  {
    name: 'a pack over the size limit',
    publish: () =>
      server.pack(
        TEAM,
        teamPack('1.4.0', 'ticket number', { description: 'x'.repeat(TEST_TUNING.maxBytes) }),
        'huge',
      ),
    shows: /the pack is larger than 20 KB/,
  },
  {
    name: 'a cycle in extends',
    publish: () => {
      server.pack(
        TEAM,
        teamPack('1.5.0', 'ticket number', { extends: './org-cycle.json' }),
        'cycle',
      );
      server.pack(
        '/acme/org-cycle.json',
        teamPack('1.0.0', 'asap', { id: 'acme:org', extends: './team-en.json' }),
        'org-cycle',
      );
    },
    shows: /forms a cycle: .*team-en\.json → .*org-cycle\.json → .*team-en\.json/,
    path: 'extends',
  },
];

for (const failure of FAILURES) {
  test(`a bad publish keeps the last good pack: ${failure.name}`, async () => {
    failure.publish();
    await options.getByRole('button', { name: 'Sync now' }).click();
    const error = options.getByTestId('source-error');
    await expect(error).toContainText(failure.shows);
    if (failure.path) {
      await expect(error.getByTestId('issue').locator('.issue-path').first()).toHaveText(
        failure.path,
      );
    }
    await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 1.0.0 (en)');
    // A page opened now still runs the last good pack.
    await gmail.reload();
    await gmailDraft(gmail, DRAFT);
    await expect.poll(() => highlightedTexts(gmail)).toContain('ticket number');
  });
}

test('a wrong sha256 pin is refused and the pack in use stays', async () => {
  const pinned = '/acme/pinned-en.json';
  server.pack(pinned, teamPack('9.0.0', 'case number'), 'pinned');
  await options.getByLabel('Pack URL', { exact: true }).fill(`${server.url}${pinned}`);
  await options.getByLabel('sha256 (optional)').fill('0'.repeat(64));
  await options.getByRole('button', { name: 'Add' }).click();
  const source = options.locator(`[data-source="${server.url}${pinned}"]`);
  await expect(source.getByTestId('source-error')).toContainText(/is pinned to 0{64}/);
  await expect(source.getByTestId('source-pack')).toHaveText('No good version yet');
  await source.getByRole('button', { name: 'Remove' }).click();
  await expect(options.getByTestId('source')).toHaveCount(1);
  await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 1.0.0 (en)');
});

test('the next good publish is picked up and the open draft re-checked; a 304 downloads nothing', async () => {
  // The open reply box, typed before the publish, is re-checked without a reload.
  await gmail.reload();
  await gmailDraft(gmail, DRAFT);
  await expect.poll(() => highlightedTexts(gmail)).toContain('ticket number');

  server.pack(TEAM, teamPack('2.0.0', 'case number'), 'v2');
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 2.0.0 (en)');
  await expect(options.getByTestId('source-error')).toHaveCount(0);
  await expect.poll(() => highlightedTexts(gmail)).toContain('case number');
  expect(await highlightedTexts(gmail)).not.toContain('ticket number');

  const bytes = server.bytesSent(TEAM);
  const asked = server.requests(TEAM).length;
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect(options.getByTestId('options-notice')).toHaveText('No new version.');
  expect(server.requests(TEAM).slice(asked)).toEqual([{ status: 304, ifNoneMatch: '"v2"' }]);
  expect(server.bytesSent(TEAM)).toBe(bytes);
});

test('the history lists every version with its changes, and rollback brings back an earlier one', async () => {
  const source = options.getByTestId('source');
  await source.getByRole('button', { name: 'History' }).click();
  const versions = source.getByTestId('version');
  await expect(versions.first()).toHaveAttribute('data-version', '2.0.0');
  await expect(versions.first()).toContainText(
    'rules added: no-case-number; rules removed: no-ticket-number',
  );
  // The failing publishes are listed with their problems, and cannot be used.
  const failed = source.locator('.version.failed');
  await expect(failed.first()).toContainText('failed validation');
  await expect(failed.getByRole('button', { name: 'Use this version' })).toHaveCount(0);

  const first = source.locator('[data-testid="version"][data-version="1.0.0"]');
  await first.getByRole('button', { name: 'Use this version' }).click();
  await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 1.0.0 (en)');
  await expect.poll(() => highlightedTexts(gmail)).toContain('ticket number');
  expect(await highlightedTexts(gmail)).not.toContain('case number');
});

test('a pack file imported in the options page is validated and used for its language', async ({
  openSidePanel,
}) => {
  const input = options.getByLabel('Pack file', { exact: true });
  await input.setInputFiles({
    name: 'bad-fi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ id: 'x', name: 'X', version: '1', language: 'fi' })),
  });
  const bad = options.locator('[data-source="file:bad-fi.json"]');
  await expect(bad.getByTestId('source-error')).toContainText('version');
  await expect(bad.getByTestId('source-pack')).toHaveText('No good version yet');

  await input.setInputFiles({
    name: 'tiimi-fi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        id: 'acme:fi',
        name: 'Acme tuki',
        version: '3.1.0',
        language: 'fi',
        extends: 'builtin:fi',
      }),
    ),
  });
  const good = options.locator('[data-source="file:tiimi-fi.json"]');
  await expect(good.getByTestId('source-pack')).toHaveText('In use: Acme tuki 3.1.0 (fi)');

  // The side panel names the pack in use for the draft's language, and the sync errors.
  const panel = await openSidePanel();
  await expect(panel.getByTestId('pack-status')).toHaveText('Acme support 1.0.0');
  await expect(panel.getByTestId('sync-error')).toContainText('bad-fi.json');
  for (const id of ['file:bad-fi.json', 'file:tiimi-fi.json']) {
    await options.locator(`[data-source="${id}"]`).getByRole('button', { name: 'Remove' }).click();
  }
  await expect(options.getByTestId('source')).toHaveCount(1);
  await expect(panel.getByTestId('sync-error')).toHaveCount(0);
});

test('the agent’s data goes out as one file and comes back in', async () => {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export' }).click(),
  ]);
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(data).toMatchObject({
    format: 'talontapa-agent-data',
    version: 1,
    settings: { packId: 'auto', enabled: true },
    sources: [{ url: `${server.url}${TEAM}` }],
  });

  await options.getByTestId('source').getByRole('button', { name: 'Remove' }).click();
  await expect(options.getByTestId('no-sources')).toBeVisible();
  await options.getByLabel('Import', { exact: true }).setInputFiles({
    name: 'talontapa-data.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(options.getByTestId('options-notice')).toContainText(
    `Settings imported. Sources added: ${server.url}${TEAM}.`,
  );
  // The source comes back and syncs: the server's current pack (2.0.0) is in use.
  await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 2.0.0 (en)');
});

// The browser is shared with the other test files: they must find no synced pack.
test.afterAll(async ({ worker }) => {
  const sources = options.getByTestId('source');
  for (let left = await sources.count(); left > 0; left--) {
    await sources.first().getByRole('button', { name: 'Remove' }).click();
    await expect(sources).toHaveCount(left - 1);
  }
  await expect(options.getByTestId('no-sources')).toBeVisible();
  await worker.evaluate(() => chrome.storage.local.remove('syncTuning'));
  await options.close();
  await gmail.close();
});
