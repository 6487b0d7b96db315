import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { launchWithExtension } from '../demo/browser.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { enableSite, routeHosts } from '../demo/hosts.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { startServer } from '../demo/server.mjs';

interface Fixtures {
  /** A fresh tab in the shared browser, closed after the test. */
  page: Page;
  /** Opens the side panel page in a tab, as the browser would show it beside the page. */
  openSidePanel: (tabId?: number) => Promise<Page>;
  /** Enables Talontapa on the origin of a page that is not one of the three hosts. */
  enableSite: (page: Page) => Promise<void>;
}

interface WorkerFixtures {
  site: string;
  /** One Chromium with the extension per worker: launching one per test would cost seconds. */
  extensionContext: BrowserContext;
  extensionId: string;
  worker: Worker;
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
  extensionContext: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
    async ({}, use) => {
      const context = await launchWithExtension();
      // Gmail, Zendesk and Freshdesk URLs are served from tests/fixtures/hosts.
      await routeHosts(context);
      // The tests paste with Ctrl+V from the real clipboard.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  worker: [
    async ({ extensionContext: context }, use) =>
      use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))),
    { scope: 'worker' },
  ],
  extensionId: [async ({ worker }, use) => use(new URL(worker.url()).host), { scope: 'worker' }],
  openSidePanel: async ({ extensionContext: context, extensionId }, use) => {
    const panels: Page[] = [];
    await use(async (tabId) => {
      const panel = await context.newPage();
      panels.push(panel);
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return panel;
    });
    for (const panel of panels) await panel.close();
  },
  enableSite: async ({ extensionContext: context }, use) =>
    use((page) => enableSite(context, page)),
  page: async ({ extensionContext: context }, use) => {
    const page = await context.newPage();
    // The content script's own warnings (a report the panel refused…) belong in the test log.
    page.on('console', (message) => {
      if (message.text().startsWith('Talontapa:')) console.log(`[page] ${message.text()}`);
    });
    await use(page);
    await page.close();
  },
});

/** The id of the browser tab showing `page`, as the extension knows it. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const id = await worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
    page.url(),
  );
  if (id === undefined) throw new Error(`the extension sees no tab with ${page.url()}`);
  return id;
}

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

/** Types like a person: key by key; letters the keyboard map lacks (ä, ö) as text input. */
export async function typeText(page: Page, text: string): Promise<void> {
  for (const char of text) {
    if (char === '\n') await page.keyboard.press('Enter');
    else if (/^[\x20-\x7e]$/.test(char)) await page.keyboard.type(char);
    else await page.keyboard.insertText(char);
  }
}

export interface PanelFinding {
  check: string;
  start: number;
  end: number;
  text: string;
  /** A missing greeting, thanks, closing or signature: drawn as a one-character marker. */
  marker: boolean;
}

const PART_CHECKS = ['greeting', 'thanks', 'closing', 'signature'];

/** The findings the side panel lists, with the offsets its buttons carry. */
export async function panelFindings(panel: Page): Promise<PanelFinding[]> {
  return panel.locator('.finding').evaluateAll(
    (items, parts) =>
      items.map((item) => {
        const button = item.querySelector('.finding-button') as HTMLButtonElement;
        const check = item.getAttribute('data-check') ?? '';
        const start = Number(button.dataset.start);
        const end = Number(button.dataset.end);
        const messageId = item.getAttribute('data-message-id');
        return {
          check,
          start,
          end,
          text: item.querySelector('.finding-text')?.textContent ?? '',
          marker:
            parts.includes(check) &&
            (start === end || messageId === 'missing' || messageId === 'signature'),
        };
      }),
    PART_CHECKS,
  );
}
