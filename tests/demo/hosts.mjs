// Serves the host fixture pages (tests/fixtures/hosts) under the hosts' real URLs through
// Playwright routing, so the shipped manifest's content-script matches apply unchanged, the
// pages are secure contexts, and Gmail's page gets Gmail's Trusted Types CSP. Shared by the
// browser tests and `npm start`.
import { existsSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const FIXTURES = join(root, 'tests/fixtures/hosts');

/** URL prefix on every host → folder. Vendor files are the editors the real hosts run. */
const STATIC = {
  '/_talontapa/fixtures/': FIXTURES,
  '/_talontapa/vendor/ckeditor5/': join(root, 'node_modules/ckeditor5/dist/browser'),
  '/_talontapa/vendor/froala/': join(root, 'node_modules/froala-editor'),
};

/** Gmail sends this (among other directives); it makes string-to-HTML sinks throw. */
const GMAIL_CSP = "require-trusted-types-for 'script'";

export const HOST_PAGES = {
  gmail: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMbWxkRlLqwVtPnHhGkFKjDc',
    file: 'gmail.html',
    headers: { 'content-security-policy': GMAIL_CSP },
  },
  zendesk: {
    url: 'https://acme.zendesk.com/agent/tickets/4712',
    file: 'zendesk.html',
    headers: {},
    // The signed-in agent, which the adapter asks the host for with the page's session.
    api: { '/api/v2/users/me.json': 'zendesk-me.json' },
  },
  freshdesk: {
    url: 'https://acme.freshdesk.com/a/tickets/5120',
    file: 'freshdesk.html',
    headers: {},
    // The agent UI's own JSON: who wrote which message (incoming, private).
    api: {
      '/api/_/tickets/5120/conversations': 'freshdesk-conversations.json',
      // Ticket 5121: the same thread, and the agent answered last.
      '/api/_/tickets/5121/conversations': 'freshdesk-conversations-agent-last.json',
    },
  },
};

/**
 * The same pages where the agent wrote the thread's last message (the fixtures' `agent-last`
 * variant, tests/fixtures/hosts/variants.js); Freshdesk tells it by its JSON, ticket 5121's.
 */
export const AGENT_LAST_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/?agent-last#inbox/FMfcgzQZTMbWxkRlLqwVtPnHhGkFKjDc',
  zendesk: 'https://acme.zendesk.com/agent/tickets/4712?agent-last',
  freshdesk: 'https://acme.freshdesk.com/a/tickets/5121?agent-last',
};

/**
 * The same pages at addresses no content script matches (`https://gmail.control.test/`, …):
 * the control runs of the tests, showing what the page does without Talontapa.
 */
export const CONTROL_URLS = {
  gmail: 'https://gmail.control.test/mail/u/0/',
  zendesk: 'https://zendesk.control.test/agent/tickets/4712',
  freshdesk: 'https://freshdesk.control.test/a/tickets/5120',
};

const HOST_PATTERN =
  /^https:\/\/(mail\.google\.com|[\w-]+\.zendesk\.com|[\w-]+\.freshdesk\.com|\w+\.control\.test)\//;

function pageFor(hostname) {
  if (hostname === 'mail.google.com' || hostname === 'gmail.control.test') return HOST_PAGES.gmail;
  if (/(\.zendesk\.com|^zendesk\.control\.test)$/.test(hostname)) return HOST_PAGES.zendesk;
  return HOST_PAGES.freshdesk;
}

/** Routes the three hosts of a Playwright browser context to the fixtures. */
export async function routeHosts(context) {
  await context.route(HOST_PATTERN, async (route) => {
    const url = new URL(route.request().url());
    const prefix = Object.keys(STATIC).find((p) => url.pathname.startsWith(p));
    if (prefix) {
      const folder = STATIC[prefix];
      const file = normalize(join(folder, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!file.startsWith(folder) || !existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ path: file, headers: { 'cache-control': 'max-age=3600' } });
    }
    const page = pageFor(url.hostname);
    const json = page.api?.[url.pathname];
    if (json) {
      return route.fulfill({
        path: join(FIXTURES, json),
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    }
    if (route.request().resourceType() !== 'document') return route.fulfill({ status: 404 });
    return route.fulfill({
      path: join(FIXTURES, page.file),
      headers: { 'content-type': 'text/html; charset=utf-8', ...page.headers },
    });
  });
}

/**
 * Enables Talontapa on the origin of `page` (a site other than the three hosts) the way an
 * agent does: the side panel's "Enable on …" button asks for the optional host permission,
 * then the background registers the content script and injects it into the tab.
 *
 * A headless browser cannot show the permission prompt, so the answer is given first where the
 * agent could also give it: the browser's extension settings (chrome://extensions → Site
 * access), through the same private API that page uses. Chrome then grants the panel's
 * `permissions.request` without a prompt. The panel learns the tab's address through
 * `activeTab` when opened from the toolbar; a test opens it in a tab, so the permission is
 * requested once before the panel is pointed at the page's tab.
 */
export async function enableSite(context, page) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const pattern = `${new URL(page.url()).origin}/*`;
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    ([id, host]) => globalThis.chrome.developerPrivate.addHostPermission(id, host),
    [extensionId, pattern],
  );
  await settings.close();
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.evaluate((host) => chrome.permissions.request({ origins: [host] }), pattern);
  const tabId = await worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
    page.url(),
  );
  if (tabId === undefined) throw new Error(`no tab shows ${page.url()}`);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('button', { name: /^(Enable on|Ota käyttöön)/ }).click();
  await panel.getByTestId('site-enabled').waitFor();
  await panel.close();
}
