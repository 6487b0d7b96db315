import type { BrowserContext, Page } from '@playwright/test';
import { CompactRowSchema, expandRow, type StatRow } from '../../storage/statistics-row';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES } from '../demo/hosts.mjs';
import { expect, panelFindings, tabIdOf, test, typeText } from './fixtures';

/**
 * What happened at send, on each host fixture (whose send does what the host does: the
 * compose closes or empties once sent, an empty draft is refused) and on a site's own reply
 * form (the generic adapter): one send, one row, with the counts the panel showed and no
 * word of the draft or of the customer; a refused send records nothing; the send guard.
 */

interface SendCase {
  name: 'gmail' | 'zendesk' | 'freshdesk' | 'generic';
  open: (page: Page, site: string, enableSite: (page: Page) => Promise<void>) => Promise<void>;
  focus: (page: Page) => Promise<void>;
  sendButton: string;
  /** The host's send shortcut, when it has one. */
  shortcut: string | null;
  /** Typed by the test: a repeated word (with a fix) and an unfilled template variable. */
  draft: string;
  /** The customer's words and name as the page shows them. */
  customer: string;
  /** A template's text in the draft's language. */
  template: string;
}

const HOSTS: SendCase[] = [
  {
    name: 'gmail',
    open: (page) => page.goto(HOST_PAGES.gmail.url).then(() => undefined),
    focus: (page) => page.locator('.ip [g_editable] > div').first().click(),
    sendButton: '.ip .T-I-atl:not(.Uo)',
    shortcut: 'Control+Enter',
    draft: 'Hi {{customer.firstName}},\nThe the parcel left our warehouse today.',
    customer:
      'Emily Clarke emily.clarke@example.com It still has not arrived. Can you send a replacement?',
    template: 'We are truly sorry for the wait.',
  },
  {
    name: 'zendesk',
    open: async (page) => {
      await page.goto(HOST_PAGES.zendesk.url);
      await page.waitForFunction(() => (window as { editors?: object }).editors?.['4712' as never]);
    },
    focus: (page) =>
      page.locator('[data-side-conversations-anchor-id="4712"] .ck-editor__editable').click(),
    sendButton: '[data-side-conversations-anchor-id="4712"] [data-test-id="submit_button-button"]',
    shortcut: 'Control+Alt+s',
    draft: 'Hei {{customer.firstName}},\nHyvitys lähti lähti pankkiin tänään.',
    customer:
      'Maija Virtanen maija.virtanen@example.com Onko asiassa edistytty? Milloin saan hyvityksen? 4712',
    template: 'Pahoittelemme pitkää odotusaikaa.',
  },
  {
    name: 'freshdesk',
    open: async (page) => {
      await page.goto(HOST_PAGES.freshdesk.url);
      await page.waitForFunction(() => (window as { editor?: { el?: unknown } }).editor?.el);
    },
    focus: (page) => page.locator('.fr-element').click(),
    sendButton: '.ticket-editor__footer .reply-btn',
    shortcut: 'Control+Enter',
    draft: 'Hi {{customer.firstName}},\nThe the refund reached your bank today.',
    customer: 'John Smith john.smith@example.com Any news? When will I get my money back? 5120',
    template: 'We are truly sorry for the wait.',
  },
  {
    name: 'generic',
    open: async (page, site, enableSite) => {
      await page.goto(`${site}/form-en.html`);
      await enableSite(page);
    },
    focus: (page) => page.locator('#reply').click(),
    sendButton: '#reply-form button[type="submit"]',
    shortcut: null,
    draft: 'Hi {{customer.firstName}},\nThe the exchange parcel goes out today.',
    customer: 'Oliver Brown My headphones stopped charging after a week. Can I exchange them?',
    template: 'We are truly sorry for the wait.',
  },
];

interface StoredRow {
  raw: Record<string, unknown>;
  row: StatRow;
}

/** The statistics rows in the extension's own IndexedDB, read from an extension page. */
async function storedRows(context: BrowserContext, extensionId: string): Promise<StoredRow[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/statistics.html`);
    const raws = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('talontapa');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = db.transaction('statistics').objectStore('statistics').getAll();
      const rows = await new Promise<unknown[]>((resolve) => {
        all.onsuccess = () => resolve(all.result);
      });
      db.close();
      return rows as Record<string, unknown>[];
    });
    return raws.map((raw) => {
      const { id: _id, ...row } = raw;
      return { raw, row: expandRow(CompactRowSchema.parse(row)) };
    });
  } finally {
    await page.close();
  }
}

async function clearRows(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/statistics.html`);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('talontapa');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('statistics', 'readwrite');
    transaction.objectStore('statistics').clear();
    await new Promise((done) => {
      transaction.oncomplete = done;
    });
    db.close();
  });
  await page.close();
}

const sentCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { sent: unknown[] }).sent.length);

/** Letters-and-digits words of three or more characters, lower-cased. */
const words = (text: string) =>
  new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) as string[]);

/** No word of the draft, the customer's message or name, address or ticket is in the row. */
function expectNoText(stored: StoredRow, host: SendCase, extra = ''): void {
  const inRow = words(JSON.stringify(stored.raw));
  const secret = words(`${host.draft} ${host.customer} ${extra}`);
  expect([...secret].filter((word) => inRow.has(word))).toEqual([]);
}

/** The side panel's findings of the tab, counted per check. */
async function countsInPanel(panel: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const finding of await panelFindings(panel)) {
    counts[finding.check] = (counts[finding.check] ?? 0) + 1;
  }
  return counts;
}

function leftCounts(row: StatRow): Record<string, number> {
  return Object.fromEntries(
    Object.entries(row.checks)
      .filter(([, tally]) => tally.left > 0)
      .map(([check, tally]) => [check, tally.left]),
  );
}

/** The send guard's dialog, read from the browser's accessibility tree (its root is closed). */
async function guardDialog(page: Page): Promise<{ name: string; buttons: string[]; text: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean }[];
    };
    const named = (role: string) =>
      nodes.filter((n) => n.role?.value === role && !n.ignored).map((n) => n.name?.value ?? '');
    return {
      name: named('alertdialog')[0] ?? '',
      buttons: named('button').filter((name) => /send anyway|back to the reply/i.test(name)),
      text: nodes
        .filter((n) => n.role?.value === 'StaticText')
        .map((n) => n.name?.value ?? '')
        .join(' '),
    };
  } finally {
    await cdp.detach();
  }
}

const dialogOpen = (page: Page) =>
  page.evaluate(() => document.querySelector('talontapa-send-guard') !== null);

// The browser is shared by a worker's tests: each starts with no rows and leaves none.
test.beforeEach(async ({ extensionContext, extensionId }) => {
  await clearRows(extensionContext, extensionId);
});
test.afterEach(async ({ extensionContext, extensionId }) => {
  await clearRows(extensionContext, extensionId);
});

for (const host of HOSTS) {
  test.describe(host.name, () => {
    test('a send by the button records one row: the counts the panel showed, fixes and a template, no text', async ({
      page,
      site,
      worker,
      extensionContext,
      extensionId,
      openSidePanel,
      enableSite,
    }) => {
      await host.open(page, site, enableSite);
      await host.focus(page);
      await typeText(page, host.draft);
      const tabId = await tabIdOf(worker, page);
      const panel = await openSidePanel(tabId);
      // A template goes in through the panel, as the templates section inserts one.
      const template = host.template;
      const inserted = await panel.evaluate(
        ({ tabId, text }) =>
          chrome.runtime.sendMessage({
            type: 'panel/insert',
            tabId,
            insertion: { text: ` ${text}`, templateId: 'shipping-apology' },
          }),
        { tabId, text: template },
      );
      expect(inserted).toMatchObject({ ok: true });
      // One fix from the panel: the repeated word.
      const repeated = panel.locator('.finding[data-check="repeated-word"]');
      await expect(repeated).toHaveCount(1);
      await repeated.locator('.fix-button').first().click();
      await expect(repeated).toHaveCount(0);
      await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
      const counts = await countsInPanel(panel);

      // A double click, as agents do: the host sends once, and one row is recorded.
      await page.bringToFront();
      await page.locator(host.sendButton).dblclick();
      await expect.poll(() => sentCount(page)).toBe(1);
      await expect
        .poll(async () => (await storedRows(extensionContext, extensionId)).length)
        .toBe(1);
      // No second row turns up later.
      await page.waitForTimeout(1_000);
      const rows = await storedRows(extensionContext, extensionId);
      expect(rows).toHaveLength(1);
      const [stored] = rows as [StoredRow];
      const { row } = stored;
      expect(row.host).toBe(host.name);
      expect(row.packId).toBe(`builtin:${host.name === 'zendesk' ? 'fi' : 'en'}`);
      expect(row.words).toBeGreaterThan(8);
      expect(leftCounts(row)).toEqual(counts);
      expect(row.checks['repeated-word']).toMatchObject({ left: 0, fixed: 1 });
      expect(row.checks.placeholder).toMatchObject({ left: 1, fixed: 0 });
      expect(row.templates).toEqual([{ id: 'shipping-apology', kept: 1 }]);
      expect(row.at % 60_000).toBe(0);
      expectNoText(stored, host, template);
    });

    if (host.shortcut) {
      const shortcut = host.shortcut;
      test(`a send by the shortcut (${shortcut}) records one row`, async ({
        page,
        site,
        extensionContext,
        extensionId,
        enableSite,
      }) => {
        await host.open(page, site, enableSite);
        await host.focus(page);
        await typeText(page, host.draft);
        await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
        await page.keyboard.press(shortcut);
        await expect.poll(() => sentCount(page)).toBe(1);
        await expect
          .poll(async () => (await storedRows(extensionContext, extensionId)).length)
          .toBe(1);
        // Pressed again on the emptied or closed compose: nothing more is sent or recorded.
        await page.keyboard.press(shortcut);
        await page.waitForTimeout(1_000);
        const rows = await storedRows(extensionContext, extensionId);
        expect(rows).toHaveLength(1);
        expect(rows[0]?.row.checks.placeholder?.left).toBe(1);
        expect(rows[0]?.row.checks['repeated-word']?.left).toBe(1);
        expectNoText(rows[0] as StoredRow, host);
      });
    }

    test('a send the page refuses records nothing', async ({
      page,
      site,
      extensionContext,
      extensionId,
      enableSite,
    }) => {
      await host.open(page, site, enableSite);
      await host.focus(page);
      // Only spaces: the host refuses an empty reply and the draft stays.
      await typeText(page, '   ');
      await page.locator(host.sendButton).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.waitForTimeout(1_500);
      expect(await sentCount(page)).toBe(0);
      expect(await storedRows(extensionContext, extensionId)).toEqual([]);
    });

    test('the send guard stops a reply with an unfilled variable; back keeps it, send anyway sends once', async ({
      page,
      site,
      worker,
      extensionContext,
      extensionId,
      openSidePanel,
      enableSite,
    }) => {
      await host.open(page, site, enableSite);
      await host.focus(page);
      await typeText(page, host.draft);
      const panel = await openSidePanel(await tabIdOf(worker, page));
      await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
      const toggle = panel.getByLabel('Ask before sending when errors remain');
      await expect(toggle).not.toBeChecked();
      await toggle.check();
      await expect(toggle).toBeChecked();
      try {
        await page.bringToFront();
        await page.locator(host.sendButton).click();
        await expect.poll(() => dialogOpen(page)).toBe(true);
        const dialog = await guardDialog(page);
        expect(dialog.name).toBe('Send this reply?');
        expect(dialog.buttons.sort()).toEqual(['Back to the reply', 'Send anyway']);
        expect(dialog.text).toContain('placeholder');
        // Escape is "back to the reply": nothing sent, the draft and its variable stay.
        await page.keyboard.press('Escape');
        await expect.poll(() => dialogOpen(page)).toBe(false);
        await page.waitForTimeout(800);
        expect(await sentCount(page)).toBe(0);
        await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);

        // Again, by the shortcut where the host has one; then "send anyway" by the keyboard.
        if (host.shortcut) {
          await host.focus(page);
          await page.keyboard.press(host.shortcut);
        } else {
          await page.locator(host.sendButton).click();
        }
        await expect.poll(() => dialogOpen(page)).toBe(true);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => dialogOpen(page)).toBe(false);
        await expect.poll(() => sentCount(page)).toBe(1);
        await expect
          .poll(async () => (await storedRows(extensionContext, extensionId)).length)
          .toBe(1);
        await page.waitForTimeout(1_000);
        expect(await sentCount(page)).toBe(1);
        const rows = await storedRows(extensionContext, extensionId);
        expect(rows).toHaveLength(1);
        expect(rows[0]?.row.checks.placeholder?.left).toBe(1);
      } finally {
        await panel.evaluate(() =>
          chrome.runtime.sendMessage({ type: 'panel/set-send-guard', level: 'off' }),
        );
      }
    });
  });
}

test('Zendesk: a "Submit as …" entry records one row, and the guard re-issues that entry', async ({
  page,
  site,
  worker,
  extensionContext,
  extensionId,
  openSidePanel,
  enableSite,
}) => {
  const zendesk = HOSTS.find((host) => host.name === 'zendesk') as SendCase;
  const ticket = '[data-side-conversations-anchor-id="4712"]';
  const submitAs = async (status: string) => {
    await page.locator(`${ticket} [data-test-id="submit_button-menu-button"]`).click();
    await page.locator(`${ticket} [role="menuitem"]`, { hasText: status }).click();
  };
  const statuses = () =>
    page.evaluate(() =>
      (window as unknown as { sent: { status: string }[] }).sent.map((s) => s.status),
    );
  await zendesk.open(page, site, enableSite);
  await zendesk.focus(page);
  await typeText(page, 'Hei,\nHyvitys on maksettu tilillenne.');
  await submitAs('Pending');
  await expect.poll(statuses).toEqual(['pending']);
  await expect.poll(async () => (await storedRows(extensionContext, extensionId)).length).toBe(1);

  const panel = await openSidePanel(await tabIdOf(worker, page));
  await panel.getByLabel('Ask before sending when errors remain').check();
  try {
    await page.bringToFront();
    await zendesk.focus(page);
    await typeText(page, 'Hei {{customer.firstName}},\nHyvitys on maksettu tilillenne.');
    await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
    await page.bringToFront();
    await submitAs('Solved');
    await expect.poll(() => dialogOpen(page)).toBe(true);
    expect(await statuses()).toEqual(['pending']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(statuses).toEqual(['pending', 'solved']);
    await expect.poll(async () => (await storedRows(extensionContext, extensionId)).length).toBe(2);
    await page.waitForTimeout(800);
    expect(await statuses()).toEqual(['pending', 'solved']);
  } finally {
    await panel.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'panel/set-send-guard', level: 'off' }),
    );
  }
});

test('Gmail: templates from the panel and by keyword are counted with how much of them was kept', async ({
  page,
  worker,
  extensionContext,
  extensionId,
  openSidePanel,
}) => {
  const gmail = HOSTS.find((host) => host.name === 'gmail') as SendCase;
  await gmail.open(page, '', async () => {});
  await gmail.focus(page);
  const panel = await openSidePanel(await tabIdOf(worker, page));
  // The templates section suggests "delivery-delay" for Emily's message; it needs the order number.
  const suggestions = panel.getByTestId('template-suggestions').locator('li');
  await expect(suggestions.first()).toHaveAttribute('data-template', 'delivery-delay');
  await suggestions.first().locator('button').click();
  await panel.getByLabel('Order number').fill('A-1001');
  await panel.getByTestId('template-insert').click();
  const body = page.locator('.ip [g_editable]');
  await expect.poll(() => body.innerText()).toContain('A-1001');
  // The agent adds a keyword template after it (the caret is after the insertion), and sends.
  await page.bringToFront();
  await typeText(page, '\n;;refund');
  await page.keyboard.press('Tab');
  await expect.poll(() => body.innerText()).not.toContain(';;');
  await page.locator(gmail.sendButton).click();
  await expect.poll(async () => (await storedRows(extensionContext, extensionId)).length).toBe(1);
  const [stored] = await storedRows(extensionContext, extensionId);
  const templates = stored?.row.templates ?? [];
  expect(templates.map((use) => use.id).sort()).toEqual(['delivery-delay', 'refund']);
  for (const use of templates) expect(use.kept).toBeGreaterThan(0.9);
});
