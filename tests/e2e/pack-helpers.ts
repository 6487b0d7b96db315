import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { CHROMIUM, EXTENSION } from '../demo/browser.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES } from '../demo/hosts.mjs';
import { readHighlights } from './fixtures';

/**
 * What the pack-sync browser tests share: a shorter timeout for the sync (the test-only
 * `syncTuning` key the background reads), the host permission for the pack server, and a
 * Gmail reply box whose highlights show which pack runs.
 */
export const TEST_TUNING = { timeoutMs: 600, retries: 1, retryDelayMs: 50, maxBytes: 20_000 };

export async function setTuning(worker: Worker, tuning: object = TEST_TUNING): Promise<void> {
  await worker.evaluate((value) => chrome.storage.local.set({ syncTuning: value }), tuning);
}

/**
 * Grants the extension the pack server's origin where an agent could (chrome://extensions,
 * through the private API that page uses): a headless browser shows no permission prompt,
 * and Chromium then grants the options page's `permissions.request` without one.
 */
export async function grantOrigin(
  context: BrowserContext,
  extensionId: string,
  origin: string,
): Promise<void> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    ([id, host]) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission: (a: string, b: string) => void } };
        }
      ).chrome.developerPrivate.addHostPermission(id as string, host as string),
    [extensionId, `${origin}/*`],
  );
  await settings.close();
}

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Rule packs' }).waitFor();
  return options;
}

/** Opens the Gmail fixture and types `draft` into its reply box. */
export async function gmailDraft(page: Page, draft: string): Promise<void> {
  await page.goto(HOST_PAGES.gmail.url);
  await page.locator('.ip [g_editable] > div').first().click();
  await page.keyboard.type(draft);
}

/** The texts the page highlights: a synced pack's custom rule shows here. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return (await readHighlights(page)).map((range) => range.text);
}

/**
 * The id Chromium gives the unpacked extension at `path`: the first 32 hex digits of
 * sha256(path), each digit 0–f written as a–p (../shared/TOOLCHAIN.md).
 */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Chromium with the extension on a profile directory that outlives the browser. */
export function launchOnProfile(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Writes a Chromium policy file that configures the extension's managed storage, the way an
 * administrator deploys it on Linux; returns the function that removes it (and the folders
 * it had to create), so no other test or browser sees it.
 */
export async function writeManagedPolicy(
  extensionId: string,
  values: Record<string, unknown>,
): Promise<() => Promise<void>> {
  const created: string[] = [];
  for (const dir of ['/etc/chromium/policies', POLICY_DIR]) {
    if (!existsSync(dir)) {
      await mkdir(dir);
      created.unshift(dir);
    }
  }
  const file = join(POLICY_DIR, `talontapa-test-${process.pid}.json`);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
  return async () => {
    await rm(file, { force: true });
    for (const dir of created) await rmdir(dir).catch(() => undefined);
  };
}
