// `npm start`: opens Chromium with the built extension on the demo pages. Without a display
// it runs headless instead: it types a sample reply into each demo page, writes screenshots
// of the page and the side panel to demo-screenshots/, and prints the findings.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';

const EXTENSION = resolve('.output/chrome-mv3');
const OUT = resolve('demo-screenshots');
const headless =
  !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');

const DEMOS = [
  {
    page: 'textarea-fi.html',
    editor: '#reply',
    draft:
      'Hei {{customer.firstName}},\n\nTilauksesi on on matkalla. Paketti lähti varastolta eilen ja se toimitetaan lähimpään noutopisteeseen, josta saat siitä tekstiviestin heti kun se on noudettavissa, ja voit hakea sen kahden viikon kuluessa.\n\nTerveisin\nAsiakaspalvelu',
  },
  {
    page: 'contenteditable-en.html',
    editor: '#reply',
    draft:
      'Hi John,\nThe the refund was sent today and you should see it on your statement within five working days.\nBest regards,\n[agent name]',
  },
];

const server = await startServer({ port: headless ? 0 : 4173 });
const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: { width: 1100, height: 760 },
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
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
    await page.goto(`${server.url}/${demo.page}`);
    await page.click(demo.editor);
    for (const char of demo.draft) {
      if (char === '\n') await page.keyboard.press('Enter');
      else await page.keyboard.insertText(char);
    }
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
    const name = demo.page.replace('.html', '');
    await page.screenshot({ path: `${OUT}/${name}.png` });
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 380, height: 760 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('.finding').first().waitFor();
    await panel.screenshot({ path: `${OUT}/${name}-side-panel.png`, fullPage: true });
    const findings = await panel.locator('.finding').evaluateAll((items) =>
      items.map((item) => ({
        check: item.getAttribute('data-check'),
        message: item.querySelector('.finding-message')?.textContent,
        text: item.querySelector('.finding-text')?.textContent ?? '',
      })),
    );
    console.log(`\n${demo.page}: ${findings.length} findings`);
    for (const f of findings)
      console.log(`  ${f.check.padEnd(18)} ${f.message}${f.text ? `  «${f.text}»` : ''}`);
    await panel.close();
  }
  console.log(`\nScreenshots in ${OUT}/`);
  await context.close();
  await server.close();
}
