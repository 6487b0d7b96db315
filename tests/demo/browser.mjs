// Debian's Chromium with the built extension loaded: one launcher for `npm start`, the
// browser tests and the benchmark, so they all run the extension the same way.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const EXTENSION = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `lang` starts the browser in that interface language (`--lang`, and `LANGUAGE`, which
 * Chromium on Linux reads instead); `userDataDir` keeps the profile, so a second launch is a
 * restart of the same browser; `args` are more command-line switches.
 * @param {{headless?: boolean, viewport?: {width: number, height: number}, lang?: string,
 *   userDataDir?: string, args?: string[]}} [options]
 */
export async function launchWithExtension({
  headless = true,
  viewport,
  lang,
  userDataDir = '',
  args = [],
} = {}) {
  if (!existsSync(EXTENSION)) {
    throw new Error(`build the extension first (npm run build): ${EXTENSION} is missing`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ...(viewport ? { viewport } : {}),
    ...(lang
      ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } }
      : {}),
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      // This machine's network is closed: background connections would only fail, many times.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(lang ? [`--lang=${lang}`] : []),
      ...args,
    ],
  });
}

/** The extension's id, read from its service worker (it depends on the checkout's path). */
export async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
