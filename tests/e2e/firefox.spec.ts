import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

/** `npm run build` writes the Firefox build here (MV3, see wxt.config.ts). */
const FIREFOX = '.output/firefox-mv3';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

test('the Firefox build passes web-ext lint', async () => {
  // web-ext reads every file of the build: 7 s of CPU, over 30 s on a machine busy with others.
  test.setTimeout(120_000);
  // web-ext exits non-zero when it finds errors; the JSON report is printed either way.
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/web-ext',
    ['lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  const report = JSON.parse(stdout) as LintReport;
  expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
  // The warnings that remain come from libraries (zod probes for `new Function`, React sets
  // innerHTML for its own markup); a new kind of warning shows up here.
  const kinds = new Set(report.warnings.map((warning) => warning.code));
  expect([...kinds].sort()).toEqual(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);
});

test('the Firefox build shows the panel as a sidebar and asks for no Chromium-only permission', () => {
  const manifest = JSON.parse(readFileSync(`${FIREFOX}/manifest.json`, 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect(manifest.side_panel).toBeUndefined();
  expect(manifest.permissions).not.toContain('sidePanel');
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: expect.stringMatching(/@/),
    data_collection_permissions: { required: ['none'] },
  });
  expect(manifest.icons).toMatchObject({ 16: 'icon/16.png', 128: 'icon/128.png' });
});
