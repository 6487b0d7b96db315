import type { Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { AGENT_LAST_URLS, HOST_PAGES } from '../demo/hosts.mjs';
import { expect, tabIdOf, test, typeText } from './fixtures';

/**
 * Keyword expansion as the agent sets it up, and what follows an insertion:
 * - `{{cursor}}` stops: the caret goes to the first, Tab to the next, Shift+Tab back, on each
 *   host fixture and in a textarea; past the last stop Tab is the page's again;
 * - a prefix changed in the options page works at once, the old one no longer does, and the
 *   off switch turns expansion off;
 * - no template is suggested when the agent wrote the thread's last message, on each host.
 *
 * The stops come from a pack file per language, imported as an agent would (its template
 * has two stops) and removed at the end, so other tests see the built-in packs.
 */

interface HostCase {
  name: 'gmail' | 'zendesk' | 'freshdesk';
  open: (page: Page, url?: string) => Promise<void>;
  focus: (page: Page) => Promise<void>;
  model: (page: Page) => Promise<string>;
  /** The two stops' text as the template has it around them, in the page's language. */
  filled: (first: string, second: string) => string;
  first: string;
  second: string;
}

/** Editors keep a typed double space as a no-break space (`&nbsp;` in their markup). */
const spaced = (text: string) => text.replace(/&nbsp;|\u00a0/g, ' ');

const HOSTS: HostCase[] = [
  {
    name: 'gmail',
    open: (page, url = HOST_PAGES.gmail.url) => page.goto(url).then(() => undefined),
    focus: (page) => page.locator('.ip [g_editable] > div').first().click(),
    model: (page) =>
      page
        .locator('.ip [g_editable]')
        .evaluate((e) => e.textContent ?? '')
        .then(spaced),
    filled: (a, b) => `We checked order ${a} and it arrives ${b}.`,
    first: 'A-1001',
    second: 'Friday',
  },
  {
    name: 'zendesk',
    open: async (page, url = HOST_PAGES.zendesk.url) => {
      await page.goto(url);
      await page.waitForFunction(() => (window as { editors?: object }).editors?.['4712' as never]);
    },
    focus: (page) =>
      page.locator('[data-side-conversations-anchor-id="4712"] .ck-editor__editable').click(),
    model: (page) =>
      page
        .evaluate(() =>
          (window as unknown as { editors: Record<string, { getData(): string }> }).editors[
            '4712'
          ]?.getData(),
        )
        .then((html) => spaced(html ?? '')),
    filled: (a, b) => `Tarkistimme tilauksen ${a}, ja se saapuu ${b}.`,
    first: 'A-1001',
    second: 'perjantaina',
  },
  {
    name: 'freshdesk',
    open: async (page, url = HOST_PAGES.freshdesk.url) => {
      await page.goto(url);
      await page.waitForFunction(() => (window as { editor?: { el?: unknown } }).editor?.el);
    },
    focus: (page) => page.locator('.fr-element').click(),
    model: (page) =>
      page
        .evaluate(() =>
          (window as unknown as { editor: { html: { get(): string } } }).editor.html.get(),
        )
        .then(spaced),
    filled: (a, b) => `We checked order ${a} and it arrives ${b}.`,
    first: 'A-1001',
    second: 'Friday',
  },
];

const STOPS_PACKS = [
  {
    id: 'test:stops-en',
    name: 'Stops',
    version: '1.0.0',
    language: 'en',
    extends: 'builtin:en',
    templates: [
      {
        id: 'order-check',
        title: 'Order check with stops',
        body: 'Hello {{customer.firstName | "there"}},\n\nWe checked order {{cursor}} and it arrives {{cursor}}.\n\nKind regards\n{{agent.name | "Acme"}}',
        shortcut: 'stops',
      },
    ],
  },
  {
    id: 'test:stops-fi',
    name: 'Paikat',
    version: '1.0.0',
    language: 'fi',
    extends: 'builtin:fi',
    templates: [
      {
        id: 'order-check',
        title: 'Tilauksen tarkistus paikoin',
        body: 'Hei {{customer.firstName | ""}},\n\nTarkistimme tilauksen {{cursor}}, ja se saapuu {{cursor}}.\n\nYstävällisin terveisin\n{{agent.name | "Acme"}}',
        shortcut: 'stops',
      },
    ],
  },
];

/** Sends a message of the protocol from an extension page, as the options page does. */
async function ask(options: Page, message: object): Promise<{ ok: boolean; error?: string }> {
  return options.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

async function optionsPage(page: Page, extensionId: string): Promise<Page> {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('expansion-settings').waitFor();
  return options;
}

/** Where the keyboard focus is: inside the host's reply editor, or elsewhere. */
function focusInEditor(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return !!active && (active.isContentEditable || active.tagName === 'TEXTAREA');
  });
}

test.describe('cursor stops', () => {
  let options: Page;
  test.beforeEach(async ({ page, extensionId }) => {
    options = await optionsPage(page, extensionId);
    for (const pack of STOPS_PACKS) {
      const reply = await ask(options, {
        type: 'options/import-pack',
        name: `${pack.id}.json`,
        text: JSON.stringify(pack),
      });
      expect(reply.ok).toBe(true);
    }
  });
  test.afterEach(async () => {
    for (const pack of STOPS_PACKS) {
      await ask(options, { type: 'options/remove-source', sourceId: `file:${pack.id}.json` });
    }
    await options.close();
  });

  for (const host of HOSTS) {
    test(`on ${host.name}: the caret goes to the first stop, Tab to the next, Shift+Tab back`, async ({
      page,
    }) => {
      await host.open(page);
      await host.focus(page);
      await typeText(page, ';;stops');
      await page.keyboard.press('Tab');
      await expect.poll(() => host.model(page)).toContain(host.filled('', ''));
      // The caret is at the first stop: what the agent types goes there.
      await typeText(page, host.first);
      await expect.poll(() => host.model(page)).toContain(host.filled(host.first, ''));
      await page.keyboard.press('Tab');
      await typeText(page, host.second);
      await expect.poll(() => host.model(page)).toContain(host.filled(host.first, host.second));
      // Shift+Tab selects what was typed at the first stop: typing replaces it.
      await page.keyboard.press('Shift+Tab');
      await typeText(page, 'B-2');
      await expect.poll(() => host.model(page)).toContain(host.filled('B-2', host.second));
      // Forward again: the last stop's text is selected, the caret stays in the reply.
      await page.keyboard.press('Tab');
      expect(await focusInEditor(page)).toBe(true);
      await typeText(page, 'pian');
      await expect.poll(() => host.model(page)).toContain(host.filled('B-2', 'pian'));
    });
  }

  test('in a textarea from the panel; past the last stop, and after typing elsewhere, Tab is the page’s', async ({
    page,
    site,
    worker,
    openSidePanel,
    enableSite,
  }) => {
    await page.goto(`${site}/textarea-fi.html`);
    await enableSite(page);
    const reply = page.locator('#reply');
    await reply.click();
    await typeText(page, 'Alku.');
    const panel = await openSidePanel(await tabIdOf(worker, page));
    await panel.getByRole('searchbox').fill('paikoin');
    await panel.getByTestId('template-results').locator('li').first().locator('button').click();
    await panel.getByTestId('template-insert').click();
    const value = () => reply.inputValue();
    await expect.poll(value).toContain('Tarkistimme tilauksen , ja se saapuu .');
    await page.bringToFront();
    await typeText(page, '42');
    await page.keyboard.press('Tab');
    await typeText(page, 'huomenna');
    await expect.poll(value).toContain('Tarkistimme tilauksen 42, ja se saapuu huomenna.');
    // Past the last stop Tab leaves the textarea, as it always does.
    await page.keyboard.press('Tab');
    expect(await focusInEditor(page)).toBe(false);

    // Escape ends the stops: Tab at the first stop is the page's at once.
    await reply.click();
    await reply.evaluate((e) => (e as HTMLTextAreaElement).setSelectionRange(0, 0));
    await typeText(page, ';;stops');
    await page.keyboard.press('Tab');
    await expect.poll(value).toMatch(/^Hei,\n\nTarkistimme tilauksen , ja se saapuu \./);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusInEditor(page)).toBe(false);
    await reply.fill('');

    // A new insertion; typing elsewhere in the reply ends its stops.
    await reply.click();
    await reply.evaluate((e) => (e as HTMLTextAreaElement).setSelectionRange(0, 0));
    await typeText(page, ';;stops');
    await page.keyboard.press('Tab');
    await expect.poll(value).toMatch(/^Hei,\n\nTarkistimme tilauksen , ja se saapuu \./);
    await reply.evaluate((e) => {
      const area = e as HTMLTextAreaElement;
      area.setSelectionRange(area.value.length, area.value.length);
    });
    await typeText(page, ' Loppu');
    await reply.evaluate((e) => (e as HTMLTextAreaElement).setSelectionRange(22, 22));
    await page.keyboard.press('Tab');
    expect(await focusInEditor(page)).toBe(false);
  });
});

test('a prefix and keys changed in the options page apply at once; the off switch turns expansion off', async ({
  page,
  site,
  extensionId,
  enableSite,
}) => {
  await page.goto(`${site}/textarea-fi.html`);
  await enableSite(page);
  const options = await optionsPage(page, extensionId);
  const section = options.getByTestId('expansion-settings');
  const prefix = section.getByLabel('Prefix');
  const save = section.getByRole('button', { name: 'Save' });
  try {
    // Refused as typed: letters, and no completing key.
    await prefix.fill('x;');
    await expect(section.getByTestId('expansion-problems')).toContainText('letters');
    await expect(save).toBeDisabled();
    await prefix.fill('//');
    await section.getByLabel('Space', { exact: true }).uncheck();
    await section.getByLabel('Tab', { exact: true }).uncheck();
    await expect(section.getByTestId('expansion-problems')).toContainText('at least one');
    await section.getByLabel('Enter', { exact: true }).check();
    await save.click();
    await expect(section.getByTestId('expansion-saved')).toBeVisible();

    await page.bringToFront();
    const reply = page.locator('#reply');
    const value = () => reply.inputValue();
    await reply.click();
    await typeText(page, ';;palautus');
    await page.keyboard.press('Enter');
    await typeText(page, '//palautus');
    await page.keyboard.press('Space');
    await expect.poll(value).toBe(';;palautus\n//palautus ');
    await typeText(page, '//palautus');
    await page.keyboard.press('Enter');
    await expect.poll(value).toContain('Voitte palauttaa tuotteen');
    expect(await value()).toMatch(/^;;palautus\n\/\/palautus Hei,\n\nkiitos viestistänne\./);

    // Off: the keyword stays as typed.
    await options.bringToFront();
    await section.getByLabel('Expand shortcuts in the reply box').uncheck();
    await save.click();
    await expect(section.getByTestId('expansion-saved')).toBeVisible();
    await page.bringToFront();
    await reply.fill('');
    await typeText(page, '//palautus');
    await page.keyboard.press('Enter');
    await expect.poll(value).toBe('//palautus\n');
  } finally {
    await ask(options, {
      type: 'options/set-expansion',
      expansion: { enabled: true, prefix: ';;', keys: ['Tab', 'Space'] },
    });
    await options.close();
  }
});

for (const host of HOSTS) {
  test(`on ${host.name}: when the agent wrote last, no template is suggested and the panel says why`, async ({
    page,
    worker,
    openSidePanel,
  }) => {
    await host.open(page, AGENT_LAST_URLS[host.name]);
    await host.focus(page);
    await typeText(page, 'Hello');
    const panel = await openSidePanel(await tabIdOf(worker, page));
    await expect(panel.getByTestId('agent-last')).toContainText('You answered last');
    await expect(panel.getByTestId('template-suggestions')).toHaveCount(0);
    // The search still finds every template.
    await panel.getByRole('searchbox').fill(host.name === 'zendesk' ? 'hyvitys' : 'refund');
    await expect(panel.getByTestId('template-results').locator('li').first()).toHaveAttribute(
      'data-template',
      'refund',
    );
  });
}
