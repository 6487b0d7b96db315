import { expect, tabIdOf, test } from './fixtures';
import { grantOrigin, openOptions, setTuning } from './pack-helpers';
import { type PackServer, startPackServer, teamPack } from './pack-server';

/**
 * A team's pack replaces a built-in template by its id: once synced, the side panel suggests
 * the team's version for the same customer message, and its preview shows the team's text.
 */
const TEAM = '/acme/team-templates.json';

let server: PackServer;

test.beforeAll(async () => {
  server = await startPackServer();
});
test.afterAll(async () => {
  await server.close();
});

test('the templates of a synced pack are the ones the side panel suggests', async ({
  extensionContext,
  extensionId,
  worker,
  page,
  openSidePanel,
}) => {
  await setTuning(worker);
  await grantOrigin(extensionContext, extensionId, server.url);
  server.pack(
    TEAM,
    teamPack('3.0.0', 'ticket number', {
      templates: [
        {
          id: 'delivery-delay',
          title: 'Acme: a parcel is late',
          body: 'Hello {{customer.firstName | "there"}},\n\nthank you for your message. We have asked Acme Freight where your parcel is, and we will write to you {{responseTime}}.\n\nBest regards\n{{agent.name}}',
          triggers: ['not arrived', 'late'],
          examples: { suggestFor: ['My parcel has not arrived yet.'] },
        },
      ],
    }),
    'v3',
  );
  const options = await openOptions(extensionContext, extensionId);
  await options.getByLabel('Pack URL', { exact: true }).fill(`${server.url}${TEAM}`);
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByTestId('source-pack')).toHaveText('In use: Acme support 3.0.0 (en)');

  await page.goto('https://mail.google.com/mail/u/0/');
  await page.locator('.ip [g_editable] > div').first().click();
  await page.keyboard.type('Hello');
  const tabId = await tabIdOf(worker, page);
  const panel = await openSidePanel(tabId);
  const first = panel.getByTestId('template-suggestions').locator('li').first();
  await expect(first).toHaveAttribute('data-template', 'delivery-delay');
  await expect(first).toContainText('Acme: a parcel is late');
  await first.locator('button').click();
  await expect(panel.getByTestId('template-preview')).toContainText('Acme Freight');

  await options.getByTestId('source').getByRole('button', { name: 'Remove' }).click();
  await expect(options.getByTestId('no-sources')).toBeVisible();
  await options.close();
  await worker.evaluate(() => chrome.storage.local.remove('syncTuning'));
});
