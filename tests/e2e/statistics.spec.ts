import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { aggregate } from '../../components/statistics/aggregate';
import { compactRow, type StatRow } from '../../storage/statistics-row';
import { seedStatistics } from '../bench/statistics';
import { expect, test } from './fixtures';

const DAY = 86_400_000;

/** Rows of the last weeks as an agent's sends would leave them, at noon to stay in their day. */
function seedRows(now: number, host: StatRow['host'] = 'zendesk'): StatRow[] {
  const noon = now - (now % DAY) + 12 * 3_600_000 - (now % DAY >= 12 * 3_600_000 ? 0 : DAY);
  const day = (ago: number, checks: StatRow['checks'], templates: StatRow['templates'] = []) => ({
    at: noon - ago * DAY,
    host,
    packId: 'acme:support-fi',
    packVersion: '1.2.0',
    language: 'fi' as const,
    words: 90 + ago,
    checks,
    templates,
  });
  const tally = (left: number, fixed = 0, ignored = 0) => ({
    left,
    fixed,
    ignored,
    overridden: false,
  });
  return [
    day(0, { greeting: tally(0), passive: tally(1), thanks: tally(0, 1) }),
    day(1, { greeting: tally(1), passive: tally(2, 1), thanks: tally(0) }, [
      { id: 'delivery-delay', kept: 0.9 },
    ]),
    day(1, { greeting: tally(0), passive: tally(0, 0, 1), thanks: tally(1) }, [
      { id: 'refund', kept: 0.4 },
    ]),
    day(4, { greeting: tally(0), passive: tally(1), thanks: tally(0) }),
    day(9, { greeting: tally(0, 1), passive: tally(0), thanks: tally(0) }, [
      { id: 'delivery-delay', kept: 0.7 },
    ]),
  ];
}

async function openStatistics(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/statistics.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Puts rows into the extension's own database, as the background stores them at send. */
async function seed(page: Page, rows: StatRow[]): Promise<void> {
  await seedStatistics(page, rows.map(compactRow));
  await page.reload();
}

async function tableOf(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

test('the statistics page charts seeded rows, its tables say the same, and the team view joins two agents', async ({
  page,
  extensionId,
}) => {
  await openStatistics(page, extensionId);
  const now = Date.now();
  const rows = seedRows(now);
  await seed(page, rows);
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const expected = aggregate(rows, { granularity: 'day', timeZone, from: now - 30 * DAY, to: now });

  await expect(page.getByTestId('summary')).toHaveText(
    'Replies: 5 · findings fixed: 3 · ignored: 1',
  );
  // The chart is drawn, and its numbers are the table's.
  const replies = page.getByTestId('chart-replies');
  await expect(replies.locator('canvas')).toBeVisible();
  const series = JSON.parse((await replies.getAttribute('data-series')) ?? '[]') as number[][];
  const table = await tableOf(page, 'chart-replies');
  expect(table.length).toBe(expected.periods.length);
  expect(table.map((row) => Number(row[1]))).toEqual(series[0]);
  expect(series[0]).toEqual(expected.periods.map((period) => period.replies));
  expect(series[0]?.reduce((a, b) => a + b, 0)).toBe(5);
  // "Show as table" shows the same table in place of the chart.
  await replies.getByRole('button', { name: 'Show as table' }).click();
  await expect(replies.locator('table')).toBeVisible();
  await expect(replies.locator('canvas')).toHaveCount(0);

  // The trend of a rule: empty days are gaps, not zeros.
  const trend = JSON.parse(
    (await page.getByTestId('chart-trend').getAttribute('data-series')) ?? '[]',
  ) as (number | null)[][];
  expect(trend[0]).toEqual(expected.trends.passive?.map((point) => point.share));
  expect(trend[0]).toContain(null);

  // The rule table and the self-assessment, with the check's own examples.
  const rules = await tableOf(page, 'rules-met');
  expect(rules[0]?.slice(0, 3)).toEqual(['passive', '40 %', '4']);
  const self = page.getByTestId('self-assessment');
  await expect(self.locator('li h3')).toHaveText(['passive', 'greeting', 'thanks']);
  await expect(self.locator('li').first()).toContainText('Found in 4 of 5 replies');
  await expect(self.locator('.example-bad blockquote').first()).not.toBeEmpty();
  // Templates by their title in the active pack, the id beside it.
  await expect(page.getByTestId('templates-rewritten').locator('tbody th').first()).toHaveText(
    'Refund issued refund',
  );

  // Export under a pseudonym, then import it with a second agent's file in the team view.
  const exportSection = page.getByTestId('export');
  await exportSection.getByRole('button', { name: 'Export JSON for the team lead' }).click();
  await expect(exportSection.getByRole('alert')).toHaveText('Give a name or pseudonym first.');
  await exportSection.getByLabel('Your name in the team view').fill('Aino');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportSection.getByRole('button', { name: 'Export JSON for the team lead' }).click(),
  ]);
  const aino = await readFile((await download.path()) ?? '', 'utf8');
  const exported = JSON.parse(aino) as { label: string; rows: StatRow[] };
  expect(exported.label).toBe('Aino');
  // Nothing but counts: the row keys are exactly the schema's.
  expect(Object.keys(exported.rows[0] ?? {}).sort()).toEqual(
    ['at', 'checks', 'host', 'language', 'packId', 'packVersion', 'templates', 'words'].sort(),
  );
  const bea = JSON.stringify({ ...exported, label: 'Bea', rows: seedRows(now, 'gmail').slice(2) });

  await page.getByRole('tab', { name: 'Team view' }).click();
  await expect(page.getByTestId('team-import')).toContainText('Add the statistics files');
  await page.getByLabel("Add agents' statistics files").setInputFiles([
    { name: 'aino.json', mimeType: 'application/json', buffer: Buffer.from(aino) },
    { name: 'bea.json', mimeType: 'application/json', buffer: Buffer.from(bea) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"rows": 1}') },
  ]);
  await expect(page.getByTestId('team-import')).toContainText('Agents: Aino, Bea');
  await expect(page.getByTestId('team-import')).toContainText('notes.json: not a Talontapa');
  await expect(page.getByTestId('summary')).toHaveText(
    'Replies: 8 · findings fixed: 4 · ignored: 2',
  );
  await page.getByLabel('Agent', { exact: true }).selectOption('Bea');
  await expect(page.getByTestId('summary')).toHaveText(
    'Replies: 3 · findings fixed: 1 · ignored: 1',
  );
  await expect(page.getByTestId('self-assessment')).toHaveCount(0);

  // Deleting everything asks first.
  await page.getByRole('tab', { name: 'My replies' }).click();
  await page.getByRole('button', { name: 'Delete all statistics' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Delete all recorded replies (5)?');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('summary')).toHaveText(/^Replies: 5 /);
  await page.getByRole('button', { name: 'Delete all statistics' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('summary')).toHaveText(/^Replies: 0 /);
  await expect(page.getByText('All statistics deleted.')).toBeVisible();
});

test('the statistics page has no accessibility violations, empty and with figures', async ({
  page,
  extensionId,
}) => {
  const audit = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await openStatistics(page, extensionId);
  await expect(page.getByTestId('summary')).toBeVisible();
  expect(await audit()).toEqual([]);
  await seed(page, seedRows(Date.now()));
  await expect(page.getByTestId('chart-trend')).toBeVisible();
  expect(await audit()).toEqual([]);
  await page.getByRole('tab', { name: 'Team view' }).click();
  expect(await audit()).toEqual([]);
  // Clean up for the next test file, which shares the browser profile.
  await page.getByRole('tab', { name: 'My replies' }).click();
  await page.getByRole('button', { name: 'Delete all statistics' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('summary')).toHaveText(/^Replies: 0 /);
});
