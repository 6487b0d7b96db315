import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { extensionIdOf, launchWithExtension } from '../demo/browser.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES, routeHosts } from '../demo/hosts.mjs';
import { expect, panelFindings, readHighlights, tabIdOf, test, typeText } from './fixtures';

/**
 * The side panel for a working day, on the Gmail fixture (an English thread whose customer
 * asks "Can you send a replacement?"): the question checklist, the toolbar badge, "ignore
 * here", "turn off for me", the keyboard, and axe-core's audit.
 */

const EDITOR = '.ip [g_editable]';

async function openGmail(page: Page): Promise<void> {
  await page.goto(HOST_PAGES.gmail.url);
  await page.locator(`${EDITOR} > div`).first().click();
}

/** The draft as the content script reads it, through the editor's text. */
function draftOf(page: Page): Promise<string> {
  return page.locator(EDITOR).evaluate((e) => (e as HTMLElement).innerText);
}

/** Empties the reply (keeps Gmail's signature block below it) by selecting what was typed. */
async function clearTyped(page: Page): Promise<void> {
  await page.locator(`${EDITOR} > div`).first().click();
  await page.keyboard.press('Control+Home');
  // Everything up to the signature's prefix was typed by the test.
  await page.evaluate((selector) => {
    const editor = document.querySelector(selector) as HTMLElement;
    const prefix = editor.querySelector('.gmail_signature_prefix') as HTMLElement;
    const range = document.createRange();
    range.setStart(editor, 0);
    range.setEndBefore(prefix);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }, EDITOR);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
}

function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Errors and warnings the panel lists. */
function errorsAndWarnings(panel: Page): Promise<number> {
  return panel.locator('.group-error .finding, .group-warning .finding').count();
}

async function audit(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the checklist ticks a question once the reply answers it', async ({
  page,
  openSidePanel,
}) => {
  await openGmail(page);
  await typeText(page, 'Hi Emily,\nThank you for your message.');
  const panel = await openSidePanel();
  const question = panel.getByTestId('questions').getByRole('listitem');
  await expect(question).toHaveCount(1);
  await expect(question).toContainText('Can you send a replacement?');
  await expect(question).toHaveAttribute('data-answered', 'false');
  await expect(question).toContainText('not answered yet');
  await expect(panel.getByTestId('readiness')).toContainText('questions left: 1');

  await typeText(page, ' We will send a replacement today.');
  await expect(question).toHaveAttribute('data-answered', 'true');
  await expect(question).toContainText('(answered)');
  await expect(panel.getByTestId('readiness')).not.toContainText('questions left: 1');
});

test('the badge counts the errors and warnings of the tab, and clears when the reply is clean', async ({
  page,
  worker,
  openSidePanel,
}) => {
  await openGmail(page);
  const tabId = await tabIdOf(worker, page);
  await typeText(page, 'Hi {{customer.firstName}},\nThe the parcel left today.');
  const panel = await openSidePanel(tabId);
  await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
  const count = await errorsAndWarnings(panel);
  expect(count).toBeGreaterThan(1);
  await expect.poll(() => badgeOf(worker, tabId)).toBe(String(count));
  // Another tab, whose reply box the agent has not opened, has a badge of its own: none.
  const other = await page.context().newPage();
  await other.goto(HOST_PAGES.zendesk.url);
  expect(await badgeOf(worker, await tabIdOf(worker, other))).toBe('');
  await other.close();

  await clearTyped(page);
  await typeText(
    page,
    'Hi Emily,\nThank you for your message. We apologise for the inconvenience. We will send a replacement today.\nBest regards,\nSam Support',
  );
  await expect(panel.getByTestId('readiness')).toHaveAttribute('data-state', 'ready');
  expect(await errorsAndWarnings(panel)).toBe(0);
  await expect.poll(() => badgeOf(worker, tabId)).toBe('');
});

test('"ignore here" drops a finding from this reply until the draft is reloaded', async ({
  page,
  openSidePanel,
}) => {
  await openGmail(page);
  await typeText(page, 'Hi Emily,\nThe the parcel left today.');
  const panel = await openSidePanel();
  const repeated = panel.locator('.finding[data-check="repeated-word"]');
  await expect(repeated).toHaveCount(1);
  await expect
    .poll(async () => (await readHighlights(page)).map((range) => range.text))
    .toContain('The the');

  await repeated.getByRole('button', { name: /^Ignore in this reply/ }).click();
  await expect(repeated).toHaveCount(0);
  await expect(panel.getByTestId('ignored-count')).toHaveText('Ignored in this reply: 1');
  await expect
    .poll(async () => (await readHighlights(page)).map((range) => range.text))
    .not.toContain('The the');
  // Typing on keeps it ignored: the same check on the same words.
  await typeText(page, ' Thanks.');
  await expect(panel.getByTestId('ignored-count')).toBeVisible();
  await expect(repeated).toHaveCount(0);

  await page.reload();
  await page.locator(`${EDITOR} > div`).first().click();
  await typeText(page, 'Hi Emily,\nThe the parcel left today.');
  await expect(repeated).toHaveCount(1);
  await expect(panel.getByTestId('ignored-count')).toHaveCount(0);
});

test('keyboard only: reach a finding, apply its fix with Enter, and be back in the editor', async ({
  page,
  openSidePanel,
}) => {
  await openGmail(page);
  await typeText(page, 'Hi Emily,\nThe the parcel left today.');
  const panel = await openSidePanel();
  await expect(panel.locator('.finding[data-check="repeated-word"]')).toHaveCount(1);
  const focused = () =>
    panel.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return {
        index: active?.dataset.findingIndex ?? null,
        check: active?.closest('.finding')?.getAttribute('data-check') ?? null,
      };
    });
  // Tab reaches the findings list, which is one stop in the tab order.
  for (let i = 0; i < 12 && (await focused()).index === null; i++)
    await panel.keyboard.press('Tab');
  expect((await focused()).index).toBe('0');
  const total = await panel.locator('.finding').count();
  for (let i = 0; i < total && (await focused()).check !== 'repeated-word'; i++) {
    await panel.keyboard.press('ArrowDown');
  }
  expect((await focused()).check).toBe('repeated-word');
  // Only the focused finding is in the tab order.
  await expect(panel.locator('.finding-button[tabindex="0"]')).toHaveCount(1);
  await panel.keyboard.press('Enter');

  await expect.poll(() => draftOf(page)).toContain('The parcel left today.');
  expect(await draftOf(page)).not.toContain('The the');
  await expect
    .poll(() =>
      page.evaluate(
        (selector) => document.activeElement === document.querySelector(selector),
        EDITOR,
      ),
    )
    .toBe(true);
});

test('Delete on a focused finding ignores it, and the focus moves to the next one', async ({
  page,
  openSidePanel,
}) => {
  await openGmail(page);
  await typeText(page, 'Hi {{customer.firstName}},\nThe the parcel left today.');
  const panel = await openSidePanel();
  const findings = panel.locator('.finding');
  await expect(panel.locator('.finding[data-check="repeated-word"]')).toHaveCount(1);
  const before = await findings.count();
  await panel.locator('.finding-button').first().focus();
  await panel.keyboard.press('Delete');
  await expect(findings).toHaveCount(before - 1);
  await expect
    .poll(() => panel.evaluate(() => document.activeElement?.className ?? ''))
    .toBe('finding-button');
});

test('a missing greeting is marked on one character where it belongs', async ({
  page,
  openSidePanel,
}) => {
  await openGmail(page);
  await typeText(page, 'The parcel left today.');
  const panel = await openSidePanel();
  await expect(panel.locator('.finding[data-check="greeting"]')).toHaveCount(1);
  await expect
    .poll(async () =>
      (await readHighlights(page))
        .filter((range) => range.name === 'talontapa-marker')
        .map((range) => range.text),
    )
    .toContain('T');
  const greeting = (await panelFindings(panel)).find((f) => f.check === 'greeting');
  expect(greeting?.marker).toBe(true);
});

test('axe-core finds no violations in the side panel: no reply box, with findings, with none', async ({
  page,
  openSidePanel,
}) => {
  const idle = await openSidePanel();
  await expect(idle.getByText('Click into a reply box')).toBeVisible();
  expect(await audit(idle)).toEqual([]);

  await openGmail(page);
  await typeText(page, 'Hi {{customer.firstName}},\nThe the parcel left today.');
  const panel = await openSidePanel();
  await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
  expect(await audit(panel)).toEqual([]);

  await clearTyped(page);
  await typeText(
    page,
    'Hi Emily,\nThank you for your message. We apologise for the inconvenience. We will send a replacement today.\nBest regards,\nSam Support',
  );
  await expect(panel.getByTestId('readiness')).toHaveAttribute('data-state', 'ready');
  expect(await audit(panel)).toEqual([]);
  // The polite live region says it once the findings settle.
  await expect(panel.getByTestId('announcer')).not.toBeEmpty();
});

test('axe-core finds no violations in the options page', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('my-checks')).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

test.describe('"turn off for me"', () => {
  let profile = '';
  test.beforeEach(async () => {
    profile = await mkdtemp(join(tmpdir(), 'talontapa-override-'));
  });
  test.afterEach(async () => {
    await rm(profile, { recursive: true, force: true });
  });

  const launch = async (): Promise<{ context: BrowserContext; id: string; page: Page }> => {
    const context: BrowserContext = await launchWithExtension({ userDataDir: profile });
    await routeHosts(context);
    const id: string = await extensionIdOf(context);
    const page = await context.newPage();
    await openGmail(page);
    await typeText(page, 'Hi {{customer.firstName}},\nThe the parcel left today.');
    return { context, id, page };
  };
  const openPanel = async (context: BrowserContext, id: string) => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    return panel;
  };

  test('survives a browser restart and is undone in the options page', async () => {
    const first = await launch();
    try {
      const panel = await openPanel(first.context, first.id);
      const repeated = panel.locator('.finding[data-check="repeated-word"]');
      await expect(repeated).toHaveCount(1);
      await repeated
        .getByRole('button', { name: 'Turn the check repeated-word off for me' })
        .click();
      await expect(repeated).toHaveCount(0);
      await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
      await expect(panel.getByTestId('turned-off')).toContainText('“repeated-word” is off for you');
    } finally {
      await first.context.close();
    }

    const second = await launch();
    try {
      const panel = await openPanel(second.context, second.id);
      await expect(panel.locator('.finding[data-check="placeholder"]')).toHaveCount(1);
      await expect(panel.locator('.finding[data-check="repeated-word"]')).toHaveCount(0);

      const options = await second.context.newPage();
      await options.goto(`chrome-extension://${second.id}/options.html`);
      const listed = options.locator('[data-testid="my-checks"] li[data-check="repeated-word"]');
      await expect(listed).toHaveCount(1);
      await listed.getByRole('button', { name: 'Turn repeated-word back on' }).click();
      await expect(options.getByTestId('no-checks-off')).toBeVisible();
      // The open reply is checked again at once, with the check back.
      await expect(panel.locator('.finding[data-check="repeated-word"]')).toHaveCount(1);
    } finally {
      await second.context.close();
    }
  });
});
