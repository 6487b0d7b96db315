import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES } from '../demo/hosts.mjs';
import { expect, tabIdOf, test } from './fixtures';
import { grantOrigin, openOptions, setTuning, TEST_TUNING } from './pack-helpers';
import { type PackServer, startPackServer, teamPack } from './pack-server';

/**
 * Long lists are windowed and stay usable from the keyboard: a pack with a thousand templates
 * (the most a pack may carry) searched for all of them, and a draft with dozens of findings
 * of one severity.
 */
const PACK = '/acme/thousand-templates.json';
const COUNT = 1000;

const number = (i: number) => String(i).padStart(4, '0');
const templates = Array.from({ length: COUNT }, (_, i) => ({
  id: `bulk-${number(i + 1)}`,
  title: `Bulk reply ${number(i + 1)}`,
  tags: ['bulk'],
  body: `Hello,\n\nthank you for your message about order ${i + 1}. We have sent the replacement.\n\nBest regards\n{{agent.name}}`,
}));

let server: PackServer;

test.beforeAll(async () => {
  server = await startPackServer();
});
test.afterAll(async () => {
  await server.close();
});

/** The row that has the focus: its place in its list and which template or finding it is. */
function focusedRow(panel: Page) {
  return panel.evaluate(() => {
    const row = document.activeElement?.closest('li');
    return {
      posinset: row?.getAttribute('aria-posinset'),
      setsize: row?.getAttribute('aria-setsize'),
      template: row?.getAttribute('data-template'),
      index: document.activeElement?.getAttribute('data-finding-index'),
    };
  });
}

test('a search matching a thousand templates lists them windowed, to the last one by keyboard', async ({
  extensionContext,
  extensionId,
  worker,
  page,
  openSidePanel,
}) => {
  // The pack is about 150 kB: more than the other sync tests allow themselves.
  await setTuning(worker, { ...TEST_TUNING, timeoutMs: 5000, maxBytes: 512 * 1024 });
  await grantOrigin(extensionContext, extensionId, server.url);
  server.pack(PACK, teamPack('1.0.0', 'ticket number', { templates }), 'v1');
  const options = await openOptions(extensionContext, extensionId);
  await options.getByLabel('Pack URL', { exact: true }).fill(`${server.url}${PACK}`);
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 1.0.0 (en)', {
    timeout: 20_000,
  });

  await page.goto('https://mail.google.com/mail/u/0/');
  await page.locator('.ip [g_editable] > div').first().click();
  await page.keyboard.type('Hello');
  const tabId = await tabIdOf(worker, page);
  const panel = await openSidePanel(tabId);
  const search = panel.getByRole('searchbox');
  await search.fill('tag:bulk');
  const results = panel.getByTestId('template-results');
  const first = results.locator('li').first();
  await expect(first).toHaveAttribute('data-template', 'bulk-0001');
  await expect(first).toHaveAttribute('aria-posinset', '1');
  await expect(first).toHaveAttribute('aria-setsize', String(COUNT));
  // Windowed: a screenful of rows is in the page, not a thousand.
  const rendered = await results.locator('li').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(60);
  // One stop in the tab order.
  await expect(results.locator('button[tabindex="0"]')).toHaveCount(1);
  expect(
    await new AxeBuilder({ page: panel }).include('[data-testid="templates"]').analyze(),
  ).toHaveProperty('violations', []);

  await search.focus();
  await panel.keyboard.press('ArrowDown');
  await expect
    .poll(() => focusedRow(panel))
    .toMatchObject({
      posinset: '1',
      setsize: String(COUNT),
      template: 'bulk-0001',
    });
  for (let i = 0; i < 30; i++) await panel.keyboard.press('ArrowDown');
  await expect.poll(() => focusedRow(panel)).toMatchObject({ template: 'bulk-0031' });
  await panel.keyboard.press('End');
  await expect
    .poll(() => focusedRow(panel))
    .toMatchObject({ posinset: String(COUNT), setsize: String(COUNT), template: 'bulk-1000' });
  await expect(panel.getByRole('button', { name: 'Bulk reply 1000' })).toBeInViewport();
  await panel.keyboard.press('ArrowUp');
  await expect.poll(() => focusedRow(panel)).toMatchObject({ template: 'bulk-0999' });
  await panel.keyboard.press('PageUp');
  const paged = Number((await focusedRow(panel)).posinset);
  expect(paged).toBeLessThan(999);
  expect(paged).toBeGreaterThan(900);
  await panel.keyboard.press('Home');
  await expect.poll(() => focusedRow(panel)).toMatchObject({ template: 'bulk-0001' });
  await panel.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  // The last one is chosen as any other.
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('End');
  await expect.poll(() => focusedRow(panel)).toMatchObject({ template: 'bulk-1000' });
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('template-form')).toContainText('Bulk reply 1000');

  await options.getByTestId('source').getByRole('button', { name: 'Remove' }).click();
  await expect(options.getByTestId('no-sources')).toBeVisible();
  await options.close();
  await worker.evaluate(() => chrome.storage.local.remove('syncTuning'));
});

test('a draft with sixty repeated words lists the warnings windowed; the keyboard reaches the last', async ({
  page,
  openSidePanel,
}) => {
  const REPEATS = 60;
  await page.goto(HOST_PAGES.gmail.url);
  await page.locator('.ip [g_editable] > div').first().click();
  // One input for the whole paragraph: sixty doubled words, each a warning with a fix.
  await page.keyboard.insertText('The the parcel left today. '.repeat(REPEATS).trim());
  const panel = await openSidePanel();
  const warnings = panel.locator('.group-warning');
  const count = async () => Number(await warnings.locator('h2 .count').textContent());
  await expect.poll(count, { timeout: 15_000 }).toBeGreaterThanOrEqual(REPEATS);
  const size = await count();
  const rows = warnings.locator('li.finding');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(size));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(size);
  expect(await new AxeBuilder({ page: panel }).analyze()).toHaveProperty('violations', []);

  // The warnings' place among all findings (errors come first); one stop, then the arrows.
  const firstButton = warnings.locator('.finding-button').first();
  const offset = Number(await firstButton.getAttribute('data-finding-index'));
  await firstButton.focus();
  for (let i = 1; i < size; i++) await panel.keyboard.press('ArrowDown');
  await expect
    .poll(() => focusedRow(panel))
    .toMatchObject({
      posinset: String(size),
      setsize: String(size),
      index: String(offset + size - 1),
    });
  await expect(panel.locator(':focus')).toBeInViewport();
  await panel.keyboard.press('Home');
  await expect.poll(() => focusedRow(panel)).toMatchObject({ index: '0' });
  await panel.keyboard.press('End');
  const counts = await panel.locator('.group h2 .count').allTextContents();
  const last = counts.reduce((sum, n) => sum + Number(n), 0) - 1;
  await expect.poll(() => focusedRow(panel)).toMatchObject({ index: String(last) });
  await expect(panel.locator(':focus')).toBeInViewport();
});
