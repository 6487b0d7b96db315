/**
 * `npm run bench`: the engine's speed in Node beside harper.js, and (when the extension is
 * built) keystroke-to-highlight latency in Debian's Chromium. Prints a table and writes
 * reports/bench.json. Figures, not assertions: nothing here fails on a slow machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { check, getBuiltinPack, IncrementalChecker } from '../../rules/index';
import type { Language } from '../../rules/types';
import { browserBench, EXTENSION } from './browser';
import { checklistBench } from './checklist';
import { setupLanguageServices } from './services';
import { statisticsBench } from './statistics';
import { ms, type Timing, time, timeAsync } from './stats';
import { printTemplates, templateRows } from './templates';
import { CONTEXT, reply, TYPED, wordCount } from './texts';

const SIZES = [300, 1_000, 5_000] as const;
const LANGUAGES: Language[] = ['fi', 'en'];
const quick = process.argv.includes('--quick');
/** `--browser`: only the Chromium figures (the Node ones take a minute). */
const browserOnly = process.argv.includes('--browser');
/** `--templates`: only the template figures (a few seconds). */
const templatesOnly = process.argv.includes('--templates');
/** `--host NAME`: only that fixture in the browser. */
const hostIndex = process.argv.indexOf('--host');
const host = hostIndex >= 0 ? process.argv[hostIndex + 1] : undefined;
const runsFor = (words: number) => (quick ? 10 : words >= 5_000 ? 40 : 200);

interface EngineRow {
  language: Language;
  words: number;
  full: Timing;
  keystroke: Timing;
  harper?: { full: Timing; ratioFull: number; ratioKeystroke: number };
}

/** The drafts after each of `count` keystrokes typing new sentences into the middle of `text`. */
function typing(text: string, language: Language, count: number): string[] {
  const middle = text.indexOf('. ', text.length >> 1) + 1;
  const sentences = TYPED[language];
  const drafts: string[] = [];
  let typed = '';
  for (let i = 0; drafts.length < count; i++) {
    const sentence = ` ${sentences[i % sentences.length]} (${i})`;
    for (const char of sentence) {
      typed += char;
      drafts.push(`${text.slice(0, middle)}${typed}${text.slice(middle)}`);
      if (drafts.length === count) break;
    }
  }
  return drafts;
}

function engineRows(): EngineRow[] {
  const rows: EngineRow[] = [];
  // Warm the JIT on both languages first, so the first row measured is not the slowest.
  for (const language of LANGUAGES) {
    const pack = getBuiltinPack(`builtin:${language}`);
    if (!pack) continue;
    const warm = new IncrementalChecker(pack);
    const context = CONTEXT[language];
    for (const draft of typing(reply(language, 500, 7), language, 300)) warm.check(draft, context);
  }
  for (const language of LANGUAGES) {
    const pack = getBuiltinPack(`builtin:${language}`);
    if (!pack) throw new Error(`no builtin:${language}`);
    for (const size of SIZES) {
      const text = reply(language, size);
      const context = CONTEXT[language];
      const full = time(() => check(text, pack, context), runsFor(size));
      // Typing in the middle of the reply, re-checked by the incremental checker an editor
      // holds. Every keystroke makes a sentence the analysers have not seen (a half-typed
      // word), as real typing does: nothing is served from the per-sentence caches.
      const drafts = typing(text, language, runsFor(size) * 2 + 40);
      const checker = new IncrementalChecker(pack);
      checker.check(text, context);
      const keystroke = time(
        (run) => checker.check(drafts[run % drafts.length] as string, context),
        drafts.length - 40,
        40,
      );
      rows.push({ language, words: wordCount(text), full, keystroke });
    }
  }
  return rows;
}

async function harperRows(rows: EngineRow[]): Promise<{ setupMs: number; heapMb: number } | null> {
  let harper: typeof import('harper.js');
  let inlined: typeof import('harper.js/binaryInlined');
  try {
    harper = await import('harper.js');
    inlined = await import('harper.js/binaryInlined');
  } catch {
    return null;
  }
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const linter = new harper.LocalLinter({ binary: inlined.binaryInlined });
  await linter.setup();
  await linter.lint('Warm up the linter.');
  const setupMs = performance.now() - started;
  for (const row of rows.filter((r) => r.language === 'en')) {
    const text = reply('en', row.words);
    const runs = quick ? 3 : row.words >= 5_000 ? 8 : 20;
    const full = await timeAsync(() => linter.lint(text), runs);
    row.harper = {
      full,
      ratioFull: full.median / row.full.median,
      // Harper has no incremental mode: after a keystroke it lints the whole text again.
      ratioKeystroke: full.median / row.keystroke.median,
    };
  }
  return { setupMs, heapMb: (process.memoryUsage().rss - before) / 2 ** 20 };
}

/** Cold start in a fresh process: loading the language data and the pack, then one check. */
function coldStart(language: Language): { ms: number; rssMb: number; heapMb: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/cold.ts', language], {
    encoding: 'utf8',
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`cold start failed: ${child.stderr || child.stdout}`);
  }
}

function dictionaryBytes(): number {
  return statSync(`${EXTENSION}/voikko/mor.vfst`).size;
}

interface EngineReport {
  rows: EngineRow[];
  harper: Awaited<ReturnType<typeof harperRows>>;
  cold: Record<string, ReturnType<typeof coldStart>>;
}

async function engineBench(): Promise<EngineReport> {
  const rows = engineRows();
  const harper = await harperRows(rows);
  const cold = Object.fromEntries(LANGUAGES.map((language) => [language, coldStart(language)]));
  return { rows, harper, cold };
}

function printEngine({ rows, harper, cold }: EngineReport): void {
  console.log('\nEngine in Node (built-in packs)');
  console.log(
    'lang  words  full median  full p95   keystroke median  keystroke p95   harper full  ×full  ×keystroke',
  );
  for (const row of rows) {
    const h = row.harper;
    console.log(
      [
        row.language.padEnd(4),
        String(row.words).padStart(6),
        ms(row.full.median).padStart(12),
        ms(row.full.p95).padStart(10),
        ms(row.keystroke.median).padStart(17),
        ms(row.keystroke.p95).padStart(14),
        (h ? ms(h.full.median) : '').padStart(12),
        (h ? `${h.ratioFull.toFixed(0)}×` : '').padStart(6),
        (h ? `${h.ratioKeystroke.toFixed(0)}×` : '').padStart(11),
      ].join(' '),
    );
  }
  for (const language of LANGUAGES) {
    const c = cold[language] as ReturnType<typeof coldStart>;
    console.log(
      `cold start ${language}: ${ms(c.ms)} (language data + pack + first check), rss +${c.rssMb.toFixed(1)} MB, heap +${c.heapMb.toFixed(1)} MB`,
    );
  }
  if (harper) {
    console.log(`harper.js: setup ${ms(harper.setupMs)}, rss +${harper.heapMb.toFixed(0)} MB`);
  } else {
    console.log('harper.js: not installed, no comparison');
  }
}

async function main(): Promise<void> {
  setupLanguageServices();
  const engine = browserOnly || templatesOnly ? null : await engineBench();
  if (engine) printEngine(engine);
  const templates = browserOnly ? null : templateRows(quick);
  if (templates) printTemplates(templates);
  const checklist = browserOnly ? null : checklistBench(SIZES, runsFor);
  if (checklist) {
    console.log('\nQuestion checklist, added to each report sent to the side panel (median / p95)');
    for (const row of checklist) {
      console.log(
        `${row.language}  ${String(row.words).padStart(6)} words  ${ms(row.questions.median)} / ${ms(row.questions.p95)}`,
      );
    }
  }
  if (templatesOnly) return;

  const browser = existsSync(`${EXTENSION}/manifest.json`)
    ? await browserBench({ quick, host })
    : null;
  if (browser) {
    console.log(
      `\nIn Chromium ${browser.chromium} with the built extension, ms from a keystroke's beforeinput (median / p95).\n` +
        "highlights: CSS.highlights updated; check: of which Talontapa's own work; dom: the\n" +
        'editor changed its DOM; drawn: the frame showing it drawn (includes waiting for the\n' +
        'frame); alone: the same page and typing with no content script.',
    );
    console.log(
      'host      words   highlights        check          dom  dom (alone)        drawn  drawn (alone)  ranges',
    );
    const pair = (t: Timing | null) => (t ? `${t.median.toFixed(1)} / ${t.p95.toFixed(1)}` : '-');
    for (const row of browser.rows) {
      console.log(
        [
          row.host.padEnd(8),
          String(row.words).padStart(6),
          pair(row.keystroke.highlights).padStart(12),
          pair(row.keystroke.check).padStart(12),
          pair(row.keystroke.dom).padStart(12),
          pair(row.editorOnly.dom).padStart(12),
          pair(row.keystroke.drawn).padStart(12),
          pair(row.editorOnly.drawn).padStart(14),
          String(row.highlights).padStart(7),
        ].join(' '),
      );
    }
    for (const first of browser.firstFindings) {
      const finnish =
        first.finnishDataMs === null
          ? ''
          : `, Finnish dictionary read in ${ms(first.finnishDataMs)}`;
      console.log(
        `first findings on ${first.host} (opened with a draft): ${ms(first.sinceNavigationMs)} after navigation, ${ms(first.sinceDraftMs)} after the draft was in; first check ${ms(first.firstCheckMs)} (cold)${finnish}`,
      );
    }
    console.log(
      `content script: ${browser.bundle.rawKb.toFixed(1)} KB raw, ${browser.bundle.gzipKb.toFixed(1)} KB gzip (Finnish dictionary loaded apart: ${(dictionaryBytes() / 2 ** 20).toFixed(1)} MB, once per page)`,
    );
  } else {
    console.log('\nBrowser figures skipped: build the extension first (npm run build).');
  }

  const statistics = await statisticsBench({ browser: browser !== null, runs: quick ? 3 : 8 });
  console.log(
    `\nStatistics of ${statistics.rows} replies (a year of one agent): stored ${statistics.storedMb.toFixed(2)} MB` +
      (statistics.indexedDbMb === null
        ? ''
        : `, IndexedDB usage +${statistics.indexedDbMb.toFixed(2)} MB`) +
      `; figures for 30 days ${ms(statistics.aggregate30Days.median)}, 12 months by week ${ms(statistics.aggregate12Months.median)} (median)` +
      (statistics.pageOpen
        ? `; statistics page open to first chart ${ms(statistics.pageOpen.median)} / ${ms(statistics.pageOpen.p95)} (median / p95)`
        : ''),
  );

  mkdirSync('reports', { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    ...engine,
    templates,
    checklist,
    browser,
    statistics,
  };
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWrote reports/bench.json');
}

await main();
