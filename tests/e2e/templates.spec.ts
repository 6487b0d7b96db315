import type { Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES } from '../demo/hosts.mjs';
import { expect, panelFindings, tabIdOf, test, typeText } from './fixtures';

/**
 * Templates in the side panel, on each host fixture: the template for the fixture's
 * customer message is suggested first with the customer's words that picked it, previewed
 * with the customer's name filled in, and inserted at the cursor through the host editor
 * (the text after the cursor kept, one undo removes it, the editor's model has it); an
 * unfilled fill-in field is flagged by `placeholder`; and the keyboard alone can search,
 * choose and insert.
 */

interface HostCase {
  name: 'gmail' | 'zendesk' | 'freshdesk';
  open: (page: Page) => Promise<void>;
  focus: (page: Page) => Promise<void>;
  model: (page: Page) => Promise<string>;
  undo: (page: Page) => Promise<void>;
  /** What the fixture's customer message should bring up first, and why. */
  expected: { id: string; why: string; firstName: string; field: string; value: string };
  /** A sentence of the template, as the editor's model has it. */
  sentence: string;
}

const ctrlZ = (page: Page) => page.keyboard.press('Control+z');

const HOSTS: HostCase[] = [
  {
    name: 'gmail',
    open: (page) => page.goto(HOST_PAGES.gmail.url).then(() => undefined),
    focus: (page) => page.locator('.ip [g_editable] > div').first().click(),
    model: (page) => page.locator('.ip [g_editable]').evaluate((e) => (e as HTMLElement).innerText),
    undo: ctrlZ,
    expected: {
      id: 'delivery-delay',
      why: 'not arrived',
      firstName: 'Emily',
      field: 'Order number',
      value: 'A-1001',
    },
    sentence: 'We checked order A-1001 with the carrier',
  },
  {
    name: 'zendesk',
    open: async (page) => {
      await page.goto(HOST_PAGES.zendesk.url);
      await page.waitForFunction(() => (window as { editors?: object }).editors?.['4712' as never]);
    },
    focus: (page) =>
      page.locator('[data-side-conversations-anchor-id="4712"] .ck-editor__editable').click(),
    model: (page) =>
      page.evaluate(() =>
        (window as unknown as { editors: Record<string, { getData(): string }> }).editors[
          '4712'
        ]?.getData(),
      ) as Promise<string>,
    undo: ctrlZ,
    expected: { id: 'refund', why: 'hyvityksen', firstName: 'Maija', field: 'Summa', value: '25' },
    sentence: 'Teimme Teille hyvityksen 25 euroa.',
  },
  {
    name: 'freshdesk',
    open: async (page) => {
      await page.goto(HOST_PAGES.freshdesk.url);
      await page.waitForFunction(() => (window as { editor?: { el?: unknown } }).editor?.el);
    },
    focus: (page) => page.locator('.fr-element').click(),
    model: (page) =>
      page.evaluate(() =>
        (window as unknown as { editor: { html: { get(): string } } }).editor.html.get(),
      ),
    // Unlicensed, Froala refuses its own undo command on Ctrl+Z; its undo stack is what
    // Ctrl+Z replays when licensed (see hosts.spec.ts).
    undo: (page) =>
      page.evaluate(() =>
        (window as unknown as { editor: { undo: { run(): void } } }).editor.undo.run(),
      ),
    expected: { id: 'refund', why: 'money back', firstName: 'John', field: 'Amount', value: '€25' },
    sentence: 'We have refunded €25 to your original payment method.',
  },
];

/** Typed before the insertion; the caret then goes to its start, so it follows the template. */
const AFTER = 'Loppu XYZ';

async function openPanel(
  openSidePanel: (tabId?: number) => Promise<Page>,
  worker: Parameters<typeof tabIdOf>[0],
  page: Page,
): Promise<Page> {
  return openSidePanel(await tabIdOf(worker, page));
}

for (const host of HOSTS) {
  test.describe(`templates on ${host.name}`, () => {
    test('the expected template is suggested first, previewed with the name, inserted at the cursor, undone in one step', async ({
      page,
      worker,
      openSidePanel,
    }) => {
      await host.open(page);
      await host.focus(page);
      await typeText(page, AFTER);
      await page.keyboard.press('Home');
      const before = await host.model(page);
      const panel = await openPanel(openSidePanel, worker, page);

      const suggestions = panel.getByTestId('template-suggestions').locator('li');
      await expect(suggestions.first()).toHaveAttribute('data-template', host.expected.id);
      await expect(suggestions).toHaveCount(3);
      await expect(suggestions.first().getByTestId('template-why')).toContainText(
        host.expected.why,
      );

      await suggestions.first().locator('button').click();
      const preview = panel.getByTestId('template-preview');
      await expect(preview.locator('mark[data-name="customer.firstName"]')).toHaveText(
        host.expected.firstName,
      );
      // A required field blocks insertion until it is filled.
      const insert = panel.getByTestId('template-insert');
      await expect(insert).toBeDisabled();
      await panel.getByLabel(host.expected.field).fill(host.expected.value);
      await expect(insert).toBeEnabled();
      await insert.click();

      await expect.poll(() => host.model(page)).toContain(host.sentence);
      const model = await host.model(page);
      expect(model).toContain(host.expected.firstName);
      // The text after the cursor is kept, after the template.
      expect(model.indexOf('Loppu XYZ')).toBeGreaterThan(model.indexOf(host.sentence));

      await page.bringToFront();
      await host.undo(page);
      await expect.poll(() => host.model(page)).toBe(before);
    });
  });
}

test('an unfilled fill-in field is left visible and flagged by placeholder', async ({
  page,
  worker,
  openSidePanel,
}) => {
  const gmail = HOSTS[0] as HostCase;
  await gmail.open(page);
  await gmail.focus(page);
  await typeText(page, AFTER);
  await page.keyboard.press('Home');
  const panel = await openPanel(openSidePanel, worker, page);
  await panel.getByTestId('template-suggestions').locator('li').first().locator('button').click();
  await panel.getByLabel('Order number').fill('A-1001');
  // "Expected delivery date" stays empty: the preview marks it.
  await expect(panel.locator('mark.template-unfilled')).toHaveText(
    '{{input:Expected delivery date}}',
  );
  await panel.getByTestId('template-insert').click();
  // The report reaches the panel when the agent pauses: on a busy machine, seconds later.
  await expect
    .poll(
      async () =>
        (await panelFindings(panel)).filter((f) => f.check === 'placeholder').map((f) => f.text),
      { timeout: 15_000 },
    )
    .toEqual(['{{input:Expected delivery date}}']);
});

test('keyboard only: search, choose and insert a template', async ({
  page,
  worker,
  openSidePanel,
}) => {
  const zendesk = HOSTS[1] as HostCase;
  await zendesk.open(page);
  await zendesk.focus(page);
  await typeText(page, AFTER);
  await page.keyboard.press('Home');
  const panel = await openPanel(openSidePanel, worker, page);
  await expect(panel.getByTestId('template-suggestions')).toBeVisible();
  // Tab to the search box, as the agent would.
  for (let i = 0; i < 40; i++) {
    const onSearch = await panel.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.type === 'search',
    );
    if (onSearch) break;
    await panel.keyboard.press('Tab');
  }
  await panel.keyboard.type('tag:palautus palauttaa');
  await expect(panel.getByTestId('template-results').locator('li').first()).toHaveAttribute(
    'data-template',
    'return',
  );
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('Enter');
  // The first field (prefilled with the returns form's address) has the focus; Enter inserts.
  await expect(panel.getByTestId('template-form')).toBeVisible();
  await panel.keyboard.press('Enter');
  await expect.poll(() => zendesk.model(page)).toContain('Voitte palauttaa tuotteen');
  expect(await zendesk.model(page)).toContain('esimerkki.fi/palautus');
});

test('on a site the agent enabled (a textarea), a template found by search goes in at the cursor', async ({
  page,
  site,
  worker,
  openSidePanel,
  enableSite,
}) => {
  await page.goto(`${site}/textarea-fi.html`);
  await enableSite(page);
  await page.locator('#reply').click();
  await typeText(page, AFTER);
  await page.locator('#reply').evaluate((e) => (e as HTMLTextAreaElement).setSelectionRange(0, 0));
  const panel = await openPanel(openSidePanel, worker, page);
  // The page shows no customer message: nothing is suggested, the search finds the template.
  await expect(panel.getByTestId('templates')).toBeVisible();
  await expect(panel.getByTestId('template-suggestions')).toHaveCount(0);
  await panel.getByRole('searchbox').fill('viive');
  await panel.getByTestId('template-results').locator('li').first().locator('button').click();
  // No name on the page: the fallback "" leaves "Hei," rather than "Hei ,".
  await expect(panel.getByTestId('template-preview')).toContainText('Hei,\n');
  await panel.getByLabel('Tilausnumero').fill('1234');
  await panel.getByTestId('template-insert').click();
  const value = () => page.locator('#reply').inputValue();
  await expect.poll(value).toContain('Tarkistimme tilauksen 1234 tilanteen.');
  expect((await value()).endsWith(AFTER)).toBe(true);
  await page.bringToFront();
  await page.keyboard.press('Control+z');
  await expect.poll(value).toBe(AFTER);
});

test.describe('keyword expansion (;;shortcut, then Tab or Space)', () => {
  const cases: { host: HostCase; keyword: string; key: string; sentence: string }[] = [
    {
      host: HOSTS[0] as HostCase,
      keyword: ';;delay',
      key: 'Tab',
      sentence: 'Thank you for your message, and we are sorry that your order is late.',
    },
    {
      host: HOSTS[1] as HostCase,
      keyword: ';;viive',
      key: 'Space',
      sentence: 'kiitos viestistänne, ja pahoittelemme, että tilauksenne on myöhässä.',
    },
    {
      host: HOSTS[2] as HostCase,
      keyword: ';;refund',
      key: 'Tab',
      sentence: 'to your original payment method.',
    },
  ];
  for (const { host, keyword, key, sentence } of cases) {
    test(`on ${host.name}: ${keyword} + ${key} becomes the template, filled from the page`, async ({
      page,
    }) => {
      await host.open(page);
      await host.focus(page);
      await typeText(page, keyword);
      const typed = await host.model(page);
      await page.keyboard.press(key);
      await expect.poll(() => host.model(page)).toContain(sentence);
      const model = await host.model(page);
      expect(model).not.toContain(';;');
      expect(model).toContain(
        `${host.name === 'zendesk' ? 'Hei' : 'Hello'} ${host.expected.firstName}`,
      );
      await host.undo(page);
      await expect.poll(() => host.model(page)).toBe(typed);
    });
  }

  test('on an enabled site’s textarea, and an unknown keyword is left alone', async ({
    page,
    site,
    enableSite,
  }) => {
    await page.goto(`${site}/textarea-fi.html`);
    await enableSite(page);
    await page.locator('#reply').click();
    await typeText(page, ';;eiole');
    await page.keyboard.press('Space');
    const value = () => page.locator('#reply').inputValue();
    await expect.poll(value).toBe(';;eiole ');
    await typeText(page, ';;palautus');
    await page.keyboard.press('Tab');
    await expect.poll(value).toContain('Voitte palauttaa tuotteen');
    expect(await value()).toMatch(/^;;eiole Hei,\n\nkiitos viestistänne\./);
  });
});
