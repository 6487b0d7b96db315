// Renders public/icon/icon.svg to the PNG sizes the manifest names (toolbar, side panel,
// extensions page), with Debian's Chromium: `node tests/demo/render-icons.mjs`. The PNGs are
// committed, so a build needs no renderer; run this after editing the SVG.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './browser.mjs';

export const ICON_SIZES = [16, 32, 48, 128];
const folder = resolve('public/icon');

const svg = await readFile(resolve(folder, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(
      resolve(folder, `${size}.png`),
      await page.screenshot({ omitBackground: true, type: 'png' }),
    );
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${ICON_SIZES.map((size) => `${size}.png`).join(', ')} to public/icon/`);
