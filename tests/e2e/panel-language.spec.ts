import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { extensionIdOf, launchWithExtension } from '../demo/browser.mjs';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { HOST_PAGES, routeHosts } from '../demo/hosts.mjs';
import { expect, test, typeText } from './fixtures';

/**
 * The interface follows the browser's language (Chromium started with `--lang`), the
 * manifest's strings too, and the agent's choice in the options page overrides it; the
 * check messages keep following the pack's language; the options page, all of it, follows
 * both and is axe-clean in each language. With SCREENSHOTS=1 the panel is
 * photographed in both languages into tests/demo/screenshots/ (for the README); otherwise
 * nothing is written.
 */

const messages = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

interface Case {
  lang: 'fi' | 'en';
  /** A reply on a fixture of the same language, for the screenshot. */
  host: 'zendesk' | 'gmail';
  editor: string;
  draft: string;
  errors: string;
  questions: string;
}

const CASES: Case[] = [
  {
    lang: 'fi',
    host: 'zendesk',
    editor: '[data-side-conversations-anchor-id="4712"] .ck-editor__editable',
    draft: 'Hei {{customer.firstName}},\nkiitos viestistä. Hyvitys lähti lähti tänään.',
    errors: 'Virheet',
    questions: 'Asiakkaan kysymykset',
  },
  {
    lang: 'en',
    host: 'gmail',
    editor: '.ip [g_editable] > div',
    draft: 'Hi {{customer.firstName}},\nThe the parcel left today.',
    errors: 'Errors',
    questions: "The customer's questions",
  },
];

/** axe-core's violations on a page, as `rule: targets`. */
async function audit(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The options page's own strings in `lang`: title, headings, buttons and labels. */
async function expectOptionsIn(options: Page, lang: 'fi' | 'en'): Promise<void> {
  const m = messages(lang);
  const text = (key: string) => m[key]?.message ?? `(no ${key})`;
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(text('optionsTitle'));
  await expect(options).toHaveTitle(text('optionsTitle'));
  await expect(options.locator('html')).toHaveAttribute('lang', lang);
  for (const key of ['optionsPacks', 'optionsAddSource', 'optionsImportPack', 'optionsData']) {
    await expect(options.getByRole('heading', { name: text(key) })).toBeVisible();
  }
  await expect(options.getByRole('button', { name: text('optionsSyncAll') })).toBeVisible();
  await expect(options.getByLabel(text('optionsPackUrl'), { exact: true })).toBeVisible();
  await expect(options.getByTestId('no-sources')).toHaveText(text('optionsNoSources'));
}

async function openPanel(context: BrowserContext, id: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  return panel;
}

for (const c of CASES) {
  test(`--lang=${c.lang}: the panel and the manifest's strings are in ${c.lang}`, async () => {
    // A browser of its own, the panel and the options page in two languages, two axe
    // audits: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const context: BrowserContext = await launchWithExtension({ lang: c.lang });
    try {
      await routeHosts(context);
      const id: string = await extensionIdOf(context);
      const worker = context.serviceWorkers()[0];
      if (!worker) throw new Error('no service worker');
      const expected = messages(c.lang);
      // The manifest's description and command, as the browser shows them.
      const self = await worker.evaluate(() => chrome.management.getSelf());
      expect(self.description).toBe(expected.extDescription?.message);
      const commands = await worker.evaluate(() => chrome.commands.getAll());
      expect(commands).toContainEqual(
        expect.objectContaining({
          name: 'open-panel',
          description: expected.commandOpenPanel?.message,
        }),
      );

      const page = await context.newPage();
      await page.goto(HOST_PAGES[c.host].url);
      await page.locator(c.editor).first().click();
      await typeText(page, c.draft);
      const panel = await openPanel(context, id);
      await expect(panel.getByRole('heading', { name: c.errors })).toBeVisible();
      await expect(panel.getByRole('heading', { name: c.questions })).toBeVisible();
      await expect(panel.locator('html')).toHaveAttribute('lang', c.lang);
      // Wait for the announcement too, so a screenshot shows the settled panel.
      await expect(panel.getByTestId('announcer')).not.toBeEmpty();
      if (process.env.SCREENSHOTS === '1') {
        await panel.screenshot({
          path: `tests/demo/screenshots/panel-${c.lang}.png`,
          fullPage: true,
        });
      }

      // The other language, chosen in the options page, switches the open panel; the
      // check messages stay in the pack's language.
      const other = c.lang === 'fi' ? CASES[1] : CASES[0];
      if (!other) throw new Error('two cases');
      const message = await panel.locator('.finding-message').first().textContent();
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      // The options page is in the browser's language too, and axe-clean in it.
      await expectOptionsIn(options, c.lang);
      expect(await audit(options)).toEqual([]);
      // The radio follows the stored setting, so it is checked once the background answered.
      const choice = options.getByRole('radio', {
        name: other.lang === 'fi' ? 'suomi' : 'English',
      });
      await choice.click();
      await expect(choice).toBeChecked();
      await expect(panel.getByRole('heading', { name: other.errors })).toBeVisible();
      await expect(panel.locator('html')).toHaveAttribute('lang', other.lang);
      await expect(panel.locator('.finding-message').first()).toHaveText(message ?? '');
      // The options page's own section follows, and "the browser's language" undoes it.
      await expect(
        options.getByRole('heading', { name: messages(other.lang).optionsLanguage?.message }),
      ).toBeVisible();
      // So does the rest of the page, and it stays axe-clean in the other language.
      await expectOptionsIn(options, other.lang);
      expect(await audit(options)).toEqual([]);
      const browserChoice = options.getByRole('radio', {
        name: messages(other.lang).optionsLanguageBrowser?.message,
      });
      await browserChoice.click();
      // Its label is in the browser's language again now.
      await expect(options.locator('input[name="ui-language"][value="browser"]')).toBeChecked();
      await expect(panel.getByRole('heading', { name: c.errors })).toBeVisible();
      await expectOptionsIn(options, c.lang);
    } finally {
      await context.close();
    }
  });
}
