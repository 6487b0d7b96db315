/**
 * The statistics half of `npm run bench`: how big 10,000 stored replies are, how long the
 * figures take to compute in Node, and how long the statistics page takes to open with them
 * in Chromium (navigation to the first chart drawn), with the origin's IndexedDB usage.
 */
import type { Page } from '@playwright/test';
import { aggregate } from '../../components/statistics/aggregate';
import { type CompactRow, compactRow, type StatRow } from '../../storage/statistics-row';
// @ts-expect-error: plain ES modules shared with `npm start` and the browser tests.
import { extensionIdOf, launchWithExtension } from '../demo/browser.mjs';
import { summarise, type Timing, time } from './stats';

const ROWS = 10_000;
const DAY = 86_400_000;
const CHECKS = ['greeting', 'thanks', 'closing', 'address', 'speaker', 'command', 'passive']
  .concat(['apology', 'sentence-length', 'paragraph-length', 'reply-length', 'promise'])
  .concat(['numbered-steps', 'repeated-word', 'placeholder', 'unanswered-question']);

/** A year of one busy agent's replies: sixteen checks each, a few tripped, some fixed. */
export function yearOfRows(now: number, count = ROWS): StatRow[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  return Array.from({ length: count }, (_, i) => {
    const at = now - Math.floor((i / count) * 365 * DAY);
    const checks: StatRow['checks'] = {};
    for (const check of CHECKS) {
      const found = random() < 0.12;
      const fixed = found && random() < 0.6;
      const ignored = found && !fixed && random() < 0.2;
      checks[check] = {
        left: found && !fixed && !ignored ? 1 : 0,
        fixed: fixed ? 1 : 0,
        ignored: ignored ? 1 : 0,
        overridden: false,
      };
    }
    return {
      at: at - (at % 60_000),
      host: 'zendesk',
      packId: 'acme:support-fi',
      packVersion: '1.4.0',
      language: 'fi',
      words: 60 + Math.floor(random() * 200),
      checks,
      templates: random() < 0.3 ? [{ id: 'delivery-delay', kept: random() }] : [],
    };
  });
}

export interface StatisticsReport {
  rows: number;
  /** The rows as stored, serialised: what IndexedDB holds, give or take its own overhead. */
  storedMb: number;
  /** The extension origin's storage use after storing them (navigator.storage.estimate). */
  indexedDbMb: number | null;
  aggregate30Days: Timing;
  aggregate12Months: Timing;
  /** Navigation to the first chart drawn, with every row in the database. */
  pageOpen: Timing | null;
}

/** Puts stored rows into the extension's own database, as the background stores them. */
export async function seedStatistics(page: Page, rows: CompactRow[]): Promise<void> {
  await page.evaluate(async (compact) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('talontapa');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('statistics', 'readwrite').objectStore('statistics');
    for (const row of compact) store.add(row);
    await new Promise((done) => {
      store.transaction.oncomplete = done;
    });
    db.close();
  }, rows);
}

export async function statisticsBench({
  browser,
  runs = 8,
}: {
  browser: boolean;
  runs?: number;
}): Promise<StatisticsReport> {
  const now = Date.now();
  const rows = yearOfRows(now);
  const compact = rows.map(compactRow);
  const options = { granularity: 'day' as const, timeZone: 'Europe/Helsinki', to: now };
  const report: StatisticsReport = {
    rows: rows.length,
    storedMb: new TextEncoder().encode(JSON.stringify(compact)).length / 2 ** 20,
    indexedDbMb: null,
    aggregate30Days: time(() => aggregate(rows, { ...options, from: now - 30 * DAY }), 20),
    aggregate12Months: time(
      () => aggregate(rows, { ...options, granularity: 'week', from: now - 365 * DAY }),
      20,
    ),
    pageOpen: null,
  };
  if (!browser) return report;

  const context = await launchWithExtension();
  try {
    const page = await context.newPage();
    const url = `chrome-extension://${await extensionIdOf(context)}/statistics.html`;
    await page.goto(url);
    await page.getByTestId('summary').waitFor();
    const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await seedStatistics(page, compact);
    const after = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    report.indexedDbMb = (after - before) / 2 ** 20;
    const samples: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await page.goto(url);
      await page.locator('[data-testid="chart-replies"] canvas').waitFor();
      // Time since this navigation began, once the chart has been drawn in a frame.
      const opened = await page.evaluate(
        () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))),
      );
      if (run > 0) samples.push(opened);
    }
    report.pageOpen = summarise(samples);
  } finally {
    await context.close();
  }
  return report;
}
