/**
 * The browser half of `npm run bench`: Debian's Chromium with the built extension on the
 * Gmail and Zendesk (CKEditor 5) fixtures. Measures keystroke-to-highlight latency (from the
 * keystroke's `beforeinput` to the updated `CSS.highlights`), the time from navigation to the
 * first findings, and the content script's bundle size.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { CHECK_MEASURE, FINNISH_DATA_MEASURE } from '../../entrypoints/content/timing';
// @ts-expect-error: plain ES modules shared with `npm start` and the browser tests.
import { CHROMIUM, EXTENSION, launchWithExtension } from '../demo/browser.mjs';
// @ts-expect-error: plain ES modules shared with `npm start` and the browser tests.
import { CONTROL_URLS, HOST_PAGES, routeHosts } from '../demo/hosts.mjs';
import { summarise, type Timing } from './stats';
import { reply, TYPED } from './texts';

export { EXTENSION };

/** One keystroke's end points, from its `beforeinput` (see PROBE). */
export interface KeystrokeTiming {
  /** Until the editor's DOM has changed. */
  dom: Timing;
  /** Until Talontapa has updated `CSS.highlights` (null for the editor alone). */
  highlights: Timing | null;
  /** Talontapa's own part: reading the draft, checking it, updating the highlights. */
  check: Timing | null;
  /** Until the frame that shows it has been drawn (style, layout, paint included). */
  drawn: Timing;
}

type Samples = Record<keyof KeystrokeTiming, number[]>;

export interface BrowserRow {
  host: string;
  words: number;
  /** With Talontapa: the editor's work, the re-check and the highlight update. */
  keystroke: KeystrokeTiming;
  /** The same page and typing at an address no content script matches: the editor alone. */
  editorOnly: KeystrokeTiming;
  /** Highlights registered after the last keystroke. */
  highlights: number;
}

export interface FirstFindings {
  host: string;
  sinceNavigationMs: number;
  sinceDraftMs: number;
  /** The first check's duration: the pack's compilation and V8's first runs (cold). */
  firstCheckMs: number;
  /** Reading the Finnish dictionary from the package, when the draft is Finnish. */
  finnishDataMs: number | null;
}

export interface BrowserReport {
  /** The browser's version: the figures depend on it as much as on the machine. */
  chromium: string;
  bundle: { rawKb: number; gzipKb: number };
  rows: BrowserRow[];
  firstFindings: FirstFindings[];
}

interface Fixture {
  name: 'gmail' | 'zendesk';
  url: string;
  controlUrl: string;
  editor: string;
  language: 'en' | 'fi';
  ready: (page: Page) => Promise<void>;
  /** Puts the whole draft in the editor at once, through the editor's own path. */
  fill: (page: Page, text: string) => Promise<void>;
  /** The blocks one of which the caret is put in, in the middle of the draft. */
  blocks: string;
}

const FIXTURES: Fixture[] = [
  {
    name: 'gmail',
    url: HOST_PAGES.gmail.url,
    controlUrl: CONTROL_URLS.gmail,
    editor: '.ip [g_editable]',
    language: 'en',
    ready: async () => {},
    fill: async (page, text) => {
      await page.locator('.ip [g_editable] > div').first().click();
      await page.keyboard.insertText(text);
    },
    blocks: '.ip [g_editable] div',
  },
  {
    name: 'zendesk',
    url: HOST_PAGES.zendesk.url,
    controlUrl: CONTROL_URLS.zendesk,
    editor: '[data-side-conversations-anchor-id="4712"] .ck-editor__editable',
    language: 'fi',
    ready: (page) =>
      page
        .waitForFunction(() => (window as { editors?: object }).editors?.['4712' as never])
        .then(() => undefined),
    fill: async (page, text) => {
      await page.locator('[data-side-conversations-anchor-id="4712"] .ck-editor__editable').click();
      // CKEditor's own API, as pasting a long draft would end: one model change.
      await page.evaluate((html) => {
        const editors = (
          window as unknown as { editors: Record<string, { setData(h: string): void }> }
        ).editors;
        editors['4712']?.setData(html);
      }, paragraphsHtml(text));
    },
    blocks: '[data-side-conversations-anchor-id="4712"] .ck-editor__editable p',
  },
];

function paragraphsHtml(text: string): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * Records, in the page, for each keystroke, times from its `beforeinput` event's time stamp:
 * - `dom`: the editor's DOM has changed (a main-world MutationObserver's last callback);
 * - `highlights`: Talontapa updated `CSS.highlights` (the end of its User Timing measure,
 *   absent when the extension is not there): the "input event to updated
 *   highlights"; `check` is that measure's duration, Talontapa's own part;
 * - `drawn`: a task posted from the next animation frame callback runs after that frame's
 *   style, layout and paint, highlight painting included: what the agent sees. It includes
 *   the wait for the frame (up to 16.7 ms at 60 Hz), so only its difference to the editor
 *   alone means something.
 * The same probe runs with and without the extension. A string, not a function: the
 * TypeScript runner would wrap named functions in a helper the page lacks.
 */
const PROBE = `(() => {
  const samples = (window.__keystrokes = { dom: [], highlights: [], check: [], drawn: [] });
  const drawn = new MessageChannel();
  let started = 0;
  let domAt = 0;
  new MutationObserver(() => { domAt = performance.now(); })
    .observe(document.body, { subtree: true, childList: true, characterData: true });
  drawn.port1.onmessage = () => {
    samples.drawn.push(performance.now() - started);
    samples.dom.push(domAt - started);
    const check = performance.getEntriesByName('${CHECK_MEASURE}').pop();
    if (check && check.startTime >= started) {
      samples.highlights.push(check.startTime + check.duration - started);
      samples.check.push(check.duration);
    }
  };
  addEventListener('beforeinput', (event) => {
    started = event.timeStamp;
    requestAnimationFrame(() => drawn.port2.postMessage(0));
  }, true);
})()`;

/**
 * Keystrokes typed before measuring, unmeasured: the page's JIT (the editor's and ours) warms
 * up over the first few dozen, as it does once per page for an agent.
 */
const WARMUP_KEYSTROKES = 40;

/**
 * A keystroke every 100 ms: a fast typist's 120 words a minute. Back to back, as fast as the
 * test runner can send them, a keystroke would wait behind the previous one's frame, which
 * measures a pace no agent types at.
 */
const KEYSTROKE_INTERVAL_MS = 100;

/**
 * Types new sentences (TYPED) in the middle of the draft, a character at a time, as an
 * agent adds to a reply, and times each keystroke after the warm-up.
 */
async function measureKeystrokes(
  page: Page,
  fixture: Fixture,
  keystrokes: number,
): Promise<KeystrokeTiming> {
  const blocks = page.locator(fixture.blocks);
  await blocks.nth(Math.floor((await blocks.count()) / 2)).click();
  await page.keyboard.press('End');
  await page.evaluate(PROBE);
  const text = ` ${TYPED[fixture.language].join(' ')}`.repeat(4);
  for (let i = 0; i < WARMUP_KEYSTROKES + keystrokes; i++) {
    const started = performance.now();
    await page.keyboard.type(text[i % text.length] as string);
    await page.waitForFunction(
      (n) => (window as unknown as { __keystrokes: Samples }).__keystrokes.drawn.length > n,
      i,
    );
    await page.waitForTimeout(Math.max(0, KEYSTROKE_INTERVAL_MS - (performance.now() - started)));
  }
  const all = await page.evaluate(
    () => (window as unknown as { __keystrokes: Samples }).__keystrokes,
  );
  const measured = (samples: number[]) => summarise(samples.slice(WARMUP_KEYSTROKES));
  return {
    dom: measured(all.dom),
    highlights: all.highlights.length > 0 ? measured(all.highlights) : null,
    check: all.check.length > 0 ? measured(all.check) : null,
    drawn: measured(all.drawn),
  };
}

async function typingRun(
  context: BrowserContext,
  fixture: Fixture,
  url: string,
  draft: string,
  keystrokes: number,
): Promise<{ timing: KeystrokeTiming; highlights: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await fixture.ready(page);
    await fixture.fill(page, draft);
    if (url === fixture.url) await page.waitForFunction(() => CSS.highlights.size > 0);
    const timing = await measureKeystrokes(page, fixture, keystrokes);
    const highlights = await page.evaluate(() => {
      let ranges = 0;
      for (const highlight of CSS.highlights.values()) ranges += highlight.size;
      return ranges;
    });
    return { timing, highlights };
  } finally {
    await page.close();
  }
}

/**
 * A script the page runs before its own, for a page that opens with a draft in its reply box
 * (a restored draft, a reply being continued): puts the draft in by the editor's own path as
 * soon as the editor exists, focuses the editor, and marks the time in `window.__draftAt`;
 * marks `window.__foundAt` at the first frame with highlights.
 */
function openWithDraft(fixture: Fixture, text: string): string {
  const lines = JSON.stringify(text.split('\n'));
  const html = JSON.stringify(paragraphsHtml(text));
  const fill =
    fixture.name === 'gmail'
      ? `const body = document.querySelector('.ip [g_editable]');
         if (!body) return false;
         body.replaceChildren(...${lines}.map((line) => {
           const div = document.createElement('div');
           if (line) div.textContent = line; else div.append(document.createElement('br'));
           return div;
         }));
         body.focus();
         return true;`
      : `const editor = window.editors && window.editors['4712'];
         if (!editor) return false;
         editor.setData(${html});
         editor.editing.view.focus();
         return true;`;
  return `(() => {
    const tryFill = () => { ${fill} };
    const poll = () => {
      if (tryFill()) window.__draftAt = performance.now();
      else setTimeout(poll, 5);
    };
    addEventListener('DOMContentLoaded', poll);
    const watch = () => {
      if (CSS.highlights.size > 0) window.__foundAt = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  })()`;
}

/** The time from navigation to the first findings drawn, in the page's clock. */
async function firstFindings(context: BrowserContext, fixture: Fixture): Promise<FirstFindings> {
  const page = await context.newPage();
  await page.addInitScript(
    openWithDraft(
      fixture,
      fixture.language === 'fi'
        ? 'Hei,\n\nse on on valmis. Voitteko lähettää kuitin?\n\nTerveisin\nAnna'
        : 'Hi,\n\nit is is ready. Could you send us the receipt?\n\nBest regards,\nAnna',
    ),
  );
  await page.goto(fixture.url);
  // Timed in the page, at the first frame with highlights (openWithDraft).
  await page.waitForFunction(() => (window as unknown as { __foundAt?: number }).__foundAt);
  if (fixture.language === 'fi') {
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      FINNISH_DATA_MEASURE,
    );
  }
  const [foundAt, draftAt, firstCheckMs, finnishDataMs] = (await page.evaluate(`[
    window.__foundAt,
    window.__draftAt,
    performance.getEntriesByName('${CHECK_MEASURE}')[0]?.duration ?? NaN,
    performance.getEntriesByName('${FINNISH_DATA_MEASURE}')[0]?.duration ?? null,
  ]`)) as [number, number, number, number | null];
  await page.close();
  return {
    host: fixture.name,
    sinceNavigationMs: foundAt,
    sinceDraftMs: foundAt - draftAt,
    firstCheckMs,
    finnishDataMs,
  };
}

export interface BrowserOptions {
  quick: boolean;
  /** Only this fixture (`--host gmail`), for working on one editor. */
  host?: string;
}

export async function browserBench({ quick, host }: BrowserOptions): Promise<BrowserReport> {
  const content = readFileSync(`${EXTENSION}/content-scripts/content.js`);
  const bundle = { rawKb: content.length / 1024, gzipKb: gzipSync(content).length / 1024 };
  // The user agent names only the major version; the binary tells the whole.
  const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const chromium = /(\d+\.\d+\.\d+\.\d+)/.exec(version)?.[1] ?? 'unknown';
  const context: BrowserContext = await launchWithExtension();
  await routeHosts(context);
  const rows: BrowserRow[] = [];
  const first: BrowserReport['firstFindings'] = [];
  try {
    for (const fixture of FIXTURES.filter((f) => !host || f.name === host)) {
      first.push(await firstFindings(context, fixture));
      for (const words of [300, 5_000]) {
        const draft = reply(fixture.language, words);
        const keystrokes = quick ? 10 : 200;
        const withUs = await typingRun(context, fixture, fixture.url, draft, keystrokes);
        const alone = await typingRun(context, fixture, fixture.controlUrl, draft, keystrokes);
        rows.push({
          host: fixture.name,
          words,
          keystroke: withUs.timing,
          editorOnly: alone.timing,
          highlights: withUs.highlights,
        });
      }
    }
  } finally {
    await context.close();
  }
  return { chromium, bundle, rows, firstFindings: first };
}
