import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { extensionIdOf, launchWithExtension } from '../demo/browser.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES, routeHosts } from '../demo/hosts.mjs';
import { expect, test } from './fixtures';

/**
 * The agent's own templates, end to end on a profile of their own (so that a restart keeps
 * it): written in the options page (a broken text refused at its field, house-style remarks
 * shown as warnings), suggested, found and inserted in the side panel on the Gmail fixture
 * (whose customer writes that her parcel has not arrived) and by `;;shortcut`; a pack
 * template copied to them and edited; all still there after a browser restart; deleted.
 */

const EDITOR = '.ip [g_editable]';

const GOOD_BODY =
  'Hello {{customer.firstName}},\n\nthank you for your message. We have asked the carrier where your lamp is, and we will write to you {{responseTime}}.\n\nBest regards\n{{agent.name}}';

let profile = '';
test.beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'talontapa-own-templates-'));
});
test.afterEach(async () => {
  await rm(profile, { recursive: true, force: true });
});

interface Browser {
  context: BrowserContext;
  id: string;
}

async function launch(): Promise<Browser> {
  const context: BrowserContext = await launchWithExtension({ userDataDir: profile });
  await routeHosts(context);
  return { context, id: await extensionIdOf(context) };
}

async function openOptions({ context, id }: Browser): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html#templates`);
  await options.getByTestId('own-templates').waitFor();
  return options;
}

async function openGmailAndPanel({ context, id }: Browser): Promise<{ gmail: Page; panel: Page }> {
  const gmail = await context.newPage();
  await gmail.goto(HOST_PAGES.gmail.url);
  await gmail.locator(`${EDITOR} > div`).first().click();
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  await gmail.bringToFront();
  await expect(panel.getByTestId('templates')).toBeVisible();
  return { gmail, panel };
}

const draftOf = (gmail: Page) =>
  gmail.locator(EDITOR).evaluate((e) => (e as HTMLElement).innerText);

const field = (form: Locator, label: string) => form.getByLabel(label, { exact: true });

async function audit(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('own templates: written, refused at the field, suggested, inserted, expanded, copied, kept over a restart, deleted', async () => {
  // Two browser launches and three pages each: slower than one test of the shared browser.
  test.setTimeout(120_000);
  const first = await launch();
  try {
    // Written in the options page, from the keyboard.
    const options = await openOptions(first);
    await expect(options.getByTestId('mine-none')).toBeVisible();
    await options.getByRole('button', { name: 'New template' }).click();
    const form = options.getByTestId('own-template-form');
    // The form opens with the title field focused.
    await expect(field(form, 'Title')).toBeFocused();
    await options.keyboard.type('Lamp not arrived');
    await field(form, 'Language').selectOption('en');
    await field(form, 'Text').fill(GOOD_BODY.replace('customer.firstName', 'customer.frstName'));
    await field(form, 'Shortcut').fill('lamp');
    await field(form, 'Tags').fill('delivery, lamp');
    await field(form, 'Trigger words').fill('lamp\nnot arrived\n/where is my (parcel|lamp)/');

    // A broken variable: refused, the message at the text field, which gets the focus.
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByTestId('mine-error-body')).toContainText(
      'did you mean {{customer.firstName}}?',
    );
    await expect(field(form, 'Text')).toBeFocused();
    await expect(field(form, 'Text')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByTestId('mine-form-status')).toHaveText(
      'Not saved: put right the fields marked.',
    );
    await expect(options.getByTestId('own-template')).toHaveCount(0);
    expect(await audit(options)).toEqual([]);

    // An order in the text: saved, and the house style's remark shown as a warning.
    await field(form, 'Text').fill(
      GOOD_BODY.replace(
        'thank you for your message.',
        'thank you for your message. Send us the receipt.',
      ),
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByTestId('mine-warning-body')).toContainText('command');
    await expect(form.getByTestId('mine-warning-body')).toContainText('Send');
    await expect(options.getByTestId('mine-notice')).toHaveText(
      'Saved. See the remarks below the fields.',
    );
    expect(await audit(options)).toEqual([]);
    // Put right: saved with no remark, the form closes.
    await field(form, 'Text').fill(GOOD_BODY);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByTestId('mine-notice')).toHaveText('Saved.');
    const lamp = options.getByTestId('own-template').filter({ hasText: 'Lamp not arrived' });
    await expect(lamp).toContainText(';;lamp');
    await expect(lamp.locator('details')).toHaveCount(0);
    expect(await audit(options)).toEqual([]);

    // Suggested for the customer's message, marked "mine", found by search, inserted.
    const { gmail, panel } = await openGmailAndPanel(first);
    const suggested = panel
      .getByTestId('template-suggestions')
      .locator('li')
      .filter({ hasText: 'Lamp not arrived' });
    await expect(suggested.getByTestId('template-mine')).toHaveText('mine');
    await expect(suggested.getByTestId('template-why')).toContainText('not arrived');
    await panel.getByRole('searchbox').fill('carrier lamp');
    const found = panel.getByTestId('template-results').locator('li').first();
    await expect(found).toContainText('Lamp not arrived');
    await found.locator('button').click();
    await expect(panel.getByTestId('template-preview')).toContainText('Hello Emily,');
    await panel.getByTestId('template-insert').click();
    await expect
      .poll(() => draftOf(gmail))
      .toContain('We have asked the carrier where your lamp is');

    // ;;lamp + Tab in the reply box.
    await gmail.bringToFront();
    await gmail.keyboard.press('Control+a');
    await gmail.keyboard.press('Delete');
    await gmail.keyboard.type(';;lamp');
    await gmail.keyboard.press('Tab');
    await expect.poll(() => draftOf(gmail)).toMatch(/^Hello Emily,\s+thank you for your message\./);
    expect(await draftOf(gmail)).toContain('We have asked the carrier where your lamp is');
    expect(await draftOf(gmail)).not.toContain(';;lamp');

    // Copy a pack template to mine: the copy opens in the options page, where it is edited,
    // and the panel goes back to the list. (Inserting took the panel back to the list.)
    await panel.getByRole('searchbox').fill('refund');
    await panel
      .getByTestId('template-results')
      .locator('li[data-template="refund"] button')
      .first()
      .click();
    const opened = first.context.waitForEvent('page');
    await panel.getByTestId('template-copy').click();
    const copyPage = await opened;
    await expect(copyPage).toHaveURL(/options\.html#templates\/mine-[0-9a-z]{10}$/);
    const copyForm = copyPage.getByTestId('own-template-form');
    await expect(field(copyForm, 'Title')).toHaveValue('Refund issued');
    // The copy keeps the pack's shortcut: typing it inserts the copy, and the form says so.
    await expect(copyForm.getByTestId('mine-warning-shortcut')).toContainText(
      'The pack template “Refund issued” has this shortcut too.',
    );
    await field(copyForm, 'Title').fill('Refund issued (mine)');
    await field(copyForm, 'Text').fill(
      'Hello {{customer.firstName}},\n\nthank you for your message. We have refunded {{input:Amount | required}} to your card today.\n\nBest regards\n{{agent.name}}',
    );
    await copyForm.getByRole('button', { name: 'Save' }).click();
    // Still saved with the shortcut remark: the form stays open with it.
    await expect(copyPage.getByTestId('mine-notice')).toHaveText(
      'Saved. See the remarks below the fields.',
    );
    await copyForm.getByRole('button', { name: 'Cancel' }).click();
    const copy = copyPage.getByTestId('own-template').filter({ hasText: 'Refund issued (mine)' });
    await expect(copy).toContainText('Copy of the pack template refund');
    // The pack's template stays as it was, beside the copy.
    await gmail.bringToFront();
    await panel.getByRole('searchbox').fill('refund');
    const results = panel.getByTestId('template-results');
    await expect(results.locator('li', { hasText: 'Refund issued (mine)' })).toHaveCount(1);
    await expect(results.locator('li[data-template="refund"]')).toContainText('Refund issued');
    // The side panel offers Edit for the agent's own template.
    await results.locator('li', { hasText: 'Refund issued (mine)' }).locator('button').click();
    await expect(panel.getByTestId('template-edit')).toHaveAttribute(
      'href',
      /options\.html#templates\/mine-/,
    );
    await expect(panel.getByTestId('template-copy')).toHaveCount(0);
    // axe-core waits for frames, which a tab in the background does not draw.
    await panel.bringToFront();
    await expect(panel.getByTestId('template-edit')).toBeVisible();
    expect(await audit(panel)).toEqual([]);
  } finally {
    await first.context.close();
  }

  // After a restart both are there, and are deleted.
  const second = await launch();
  try {
    const options = await openOptions(second);
    const items = options.getByTestId('own-template');
    await expect(items).toHaveCount(2);
    const { panel } = await openGmailAndPanel(second);
    await panel.getByRole('searchbox').fill('lamp');
    await expect(panel.getByTestId('template-results').locator('li').first()).toContainText(
      'Lamp not arrived',
    );

    await options.bringToFront();
    await options.getByRole('button', { name: 'Delete “Lamp not arrived”' }).click();
    // The question comes first, its answer focused.
    const yes = options.getByRole('button', { name: 'Yes, delete' });
    await expect(yes).toBeFocused();
    await options.keyboard.press('Enter');
    await expect(options.getByTestId('mine-notice')).toHaveText('The template was deleted.');
    await expect(items).toHaveCount(1);
    // The side panel hears of it at once.
    await expect(
      panel.getByTestId('template-results').locator('li', { hasText: 'Lamp not arrived' }),
    ).toHaveCount(0);
  } finally {
    await second.context.close();
  }
});
