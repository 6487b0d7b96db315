import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { startServer } from '../demo/server.mjs';

export const EXTENSION = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(): Promise<BrowserContext> {
  if (!existsSync(EXTENSION))
    throw new Error(`build the extension first (npm run build): ${EXTENSION} is missing`);
  return chromium.launchPersistentContext('', {
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

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens the side panel page in a tab, as the browser would show it beside the page. */
  openSidePanel: () => Promise<Page>;
}

interface WorkerFixtures {
  site: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
    async ({}, use) => {
      const server = await startServer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => use(await extensionIdOf(context)),
  openSidePanel: async ({ context, extensionId }, use) => {
    await use(async () => {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return panel;
    });
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;

export interface HighlightRange {
  name: string;
  text: string;
  startOffset: number;
  endOffset: number;
}

/** Reads the CSS Custom Highlight registry of the page's document. */
export function readHighlights(page: Page): Promise<HighlightRange[]> {
  return page.evaluate(() => {
    const ranges: HighlightRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight as Highlight) {
        const r = range as Range;
        ranges.push({
          name,
          text: r.toString(),
          startOffset: r.startOffset,
          endOffset: r.endOffset,
        });
      }
    }
    return ranges.sort((a, b) => a.startOffset - b.startOffset);
  });
}

/** Records every mutation inside `selector`, to prove the extension never touches the editor. */
export async function watchMutations(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) throw new Error(`no ${sel}`);
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    new MutationObserver((records) => {
      for (const record of records) {
        const added = [...record.addedNodes].map((node) => node.nodeName).join(',');
        const removed = [...record.removedNodes].map((node) => node.nodeName).join(',');
        log.push(`${record.type}:${record.attributeName ?? ''}:+${added}:-${removed}`);
      }
    }).observe(target, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, selector);
}

export function mutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations.slice());
}
