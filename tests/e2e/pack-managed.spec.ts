import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { EXTENSION } from '../demo/browser.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { routeHosts } from '../demo/hosts.mjs';
import {
  gmailDraft,
  grantOrigin,
  highlightedTexts,
  launchOnProfile,
  openOptions,
  serviceWorkerOf,
  setTuning,
  unpackedExtensionId,
  writeManagedPolicy,
} from './pack-helpers';
import { startPackServer, teamPack } from './pack-server';

/**
 * Deployment without the agent: an administrator's policy names the pack URL, and the
 * extension syncs and uses it on its own. These tests start browsers of their own (a policy
 * must be in place before the browser starts; a profile must outlive one).
 */
const TEAM = '/acme/team-en.json';
const DRAFT = 'Your ticket number is on the invoice.';

test('a managed policy syncs the pack with no agent action, and a locked source cannot be changed', async () => {
  const server = await startPackServer();
  server.pack(TEAM, teamPack('1.0.0', 'ticket number'), 'v1');
  const id = unpackedExtensionId(EXTENSION);
  const removePolicy = await writeManagedPolicy(id, {
    packSources: [{ url: `${server.url}${TEAM}` }],
    lockSources: true,
    syncIntervalMinutes: 30,
  });
  const profile = await mkdtemp(join(tmpdir(), 'talontapa-managed-'));
  try {
    const context = await launchOnProfile(profile);
    try {
      await routeHosts(context);
      const worker = await serviceWorkerOf(context);
      expect(new URL(worker.url()).host).toBe(id);
      // No host permission is granted: the server's CORS headers let the pack in.
      const gmail = await context.newPage();
      await gmailDraft(gmail, DRAFT);
      await expect.poll(() => highlightedTexts(gmail)).toContain('ticket number');
      expect(server.requests(TEAM).length).toBeGreaterThan(0);
      expect(
        await worker.evaluate(async () => (await chrome.alarms.get('pack-sync'))?.periodInMinutes),
      ).toBe(30);

      const options = await openOptions(context, id);
      await expect(options.getByTestId('managed-notice')).toContainText(
        'Set by your administrator: pack sources, sources locked, sync interval.',
      );
      const source = options.getByTestId('source');
      await expect(source.getByTestId('source-pack')).toHaveText('In use: Acme support 1.0.0 (en)');
      await expect(source.getByText('managed', { exact: true })).toBeVisible();
      await expect(source.getByRole('button', { name: 'Remove' })).toBeDisabled();
      await expect(options.getByLabel('Pack URL', { exact: true })).toBeDisabled();
      await expect(options.getByRole('button', { name: 'Add' })).toBeDisabled();
      await expect(options.getByLabel('Pack file', { exact: true })).toBeDisabled();
      await expect(options.getByText('every 30 minutes')).toBeVisible();
      await source.getByRole('button', { name: 'History' }).click();
      await expect(source.getByTestId('version')).toHaveCount(1);
      await expect(source.getByTestId('version')).toContainText('the first version fetched');
      // The background refuses too, whatever a page sends.
      const refused = await options.evaluate(() =>
        chrome.runtime.sendMessage({
          type: 'options/add-source',
          url: 'https://example.com/p.json',
        }),
      );
      expect(refused).toEqual({
        ok: false,
        error: 'your administrator has locked the pack sources',
      });
    } finally {
      await context.close();
    }
  } finally {
    await removePolicy();
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }
});

test('a second browser start with the server down keeps the last good pack', async () => {
  const server = await startPackServer();
  server.pack(TEAM, teamPack('1.0.0', 'ticket number'), 'v1');
  const profile = await mkdtemp(join(tmpdir(), 'talontapa-offline-'));
  try {
    const first = await launchOnProfile(profile);
    try {
      const worker = await serviceWorkerOf(first);
      const id = new URL(worker.url()).host;
      await setTuning(worker);
      await grantOrigin(first, id, server.url);
      const options = await openOptions(first, id);
      await options.getByLabel('Pack URL', { exact: true }).fill(`${server.url}${TEAM}`);
      await options.getByRole('button', { name: 'Add' }).click();
      await expect(options.getByTestId('source-pack')).toHaveText(
        'In use: Acme support 1.0.0 (en)',
      );
    } finally {
      await first.close();
    }
    await server.close();

    const second = await launchOnProfile(profile);
    try {
      await routeHosts(second);
      const worker = await serviceWorkerOf(second);
      const gmail = await second.newPage();
      await gmailDraft(gmail, DRAFT);
      await expect.poll(() => highlightedTexts(gmail)).toContain('ticket number');
      // The start-up sync could not reach the server: said so, and the pack stays.
      const options = await openOptions(second, new URL(worker.url()).host);
      await expect(options.getByTestId('source-error')).toContainText('could not reach the server');
      await expect(options.getByTestId('source-pack')).toHaveText(
        'In use: Acme support 1.0.0 (en)',
      );
    } finally {
      await second.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
