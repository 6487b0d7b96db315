// `npm start`: opens Chromium with the built extension on the demo pages. The Gmail, Zendesk
// and Freshdesk fixtures are served under the hosts' real URLs (Playwright routing); the two
// plain pages are on a local server, where Talontapa runs once enabled from the side panel.
// Without a display it runs headless instead: it types a sample reply into each page, writes
// screenshots of the page and the side panel to demo-screenshots/, and prints the findings and
// the thread context each adapter read.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { enableSite, HOST_PAGES, routeHosts } from './hosts.mjs';
import { startServer } from './server.mjs';

const OUT = resolve('demo-screenshots');
const headless =
  !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');

const DEMOS = [
  {
    name: 'gmail',
    url: () => HOST_PAGES.gmail.url,
    editor: '.ip [g_editable] > div',
    draft:
      'Hi {{customer.firstName}},\nThe the replacement lamp left our warehouse today and you will get a tracking code by email.',
  },
  {
    name: 'zendesk',
    url: () => HOST_PAGES.zendesk.url,
    editor: '[data-side-conversations-anchor-id="4712"] .ck-editor__editable',
    draft:
      'Hei {{customer.firstName}},\nLaskusi on on korjattu ja hyvitys näkyy tililläsi kolmen päivän kuluessa.',
  },
  {
    name: 'freshdesk',
    url: () => HOST_PAGES.freshdesk.url,
    editor: '.fr-element',
    draft:
      'Hi {{customer.firstName}},\nThe the second charge was refunded today. You should see it within five working days.',
  },
  {
    name: 'textarea-fi',
    url: (server) => `${server}/textarea-fi.html`,
    editor: '#reply',
    enable: true,
    draft:
      'Hei {{customer.firstName}},\n\nTilauksesi on on matkalla. Paketti lähti varastolta eilen ja se toimitetaan lähimpään noutopisteeseen.\n\nTerveisin\nAsiakaspalvelu',
  },
  {
    name: 'contenteditable-en',
    url: (server) => `${server}/contenteditable-en.html`,
    editor: '#reply',
    enable: true,
    draft:
      'Hi John,\nThe the refund was sent today and you should see it on your statement within five working days.\nBest regards,\n[agent name]',
  },
];

const server = await startServer({ port: headless ? 0 : 4173 });
const context = await launchWithExtension({ headless, viewport: { width: 1100, height: 760 } });
await routeHosts(context);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/`);
  console.log(
    `Chromium is open on ${server.url}/ with Talontapa loaded (extension ${extensionId}).`,
  );
  console.log('Click the Talontapa toolbar button for the side panel. Close the browser to stop.');
  context.on('close', () => server.close());
} else {
  await mkdir(OUT, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  for (const demo of DEMOS) {
    await page.goto(demo.url(server.url));
    await page.waitForLoadState('load');
    if (demo.enable) await enableSite(context, page);
    await page.locator(demo.editor).first().click();
    for (const char of demo.draft) {
      if (char === '\n') await page.keyboard.press('Enter');
      else await page.keyboard.insertText(char);
    }
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/${demo.name}.png` });
    const tabId = await worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      page.url(),
    );
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 380, height: 760 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('.finding').first().waitFor();
    await panel.screenshot({ path: `${OUT}/${demo.name}-side-panel.png`, fullPage: true });
    const findings = await panel.locator('.finding').evaluateAll((items) =>
      items.map((item) => ({
        check: item.getAttribute('data-check'),
        message: item.querySelector('.finding-message')?.textContent,
        text: item.querySelector('.finding-text')?.textContent ?? '',
      })),
    );
    const thread = await panel
      .locator('[data-testid^="thread-"]')
      .evaluateAll((rows) =>
        rows.map((row) => `${row.dataset.testid.slice(7)}: ${row.textContent}`),
      );
    console.log(`\n${demo.name} (${page.url()}): ${findings.length} findings`);
    for (const line of thread) console.log(`  · ${line.replace(/\s+/g, ' ')}`);
    for (const f of findings)
      console.log(`  ${f.check.padEnd(18)} ${f.message}${f.text ? `  «${f.text}»` : ''}`);
    await panel.close();
  }
  console.log(`\nScreenshots in ${OUT}/`);
  await context.close();
  await server.close();
}
