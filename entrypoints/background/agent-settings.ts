import { browser } from 'wxt/browser';
import { send, sendToTab } from '../../messaging/client';
import type { EditorReport, Settings } from '../../messaging/protocol';
import { readSettings, writeSettings } from '../../storage/settings';

/**
 * The agent's own settings, kept by the background in the settings table (storage/settings.ts):
 * the checks they turned off for themselves ("turn this check off for me") and the interface
 * language, keyword expansion. Every open page and content script hears of a change and reads them again.
 */
async function changed(settings: Settings): Promise<Settings> {
  void send({ type: 'pages/settings-changed' });
  const tabs = await browser.tabs.query({});
  // Tabs without a content script refuse the message; that is expected, not an error.
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : sendToTab(tab.id, { type: 'editor/settings-changed', settings }),
    ),
  );
  return settings;
}

export async function turnOffCheck(check: string): Promise<Settings> {
  const { disabledChecks } = await readSettings();
  if (disabledChecks.includes(check)) return readSettings();
  return changed(await writeSettings({ disabledChecks: [...disabledChecks, check].sort() }));
}

export async function turnOnCheck(check: string): Promise<Settings> {
  const { disabledChecks } = await readSettings();
  return changed(
    await writeSettings({ disabledChecks: disabledChecks.filter((id) => id !== check) }),
  );
}

export async function setExpansion(expansion: Settings['expansion']): Promise<Settings> {
  return changed(await writeSettings({ expansion }));
}

export async function setUiLanguage(language: Settings['uiLanguage']): Promise<Settings> {
  return changed(await writeSettings({ uiLanguage: language }));
}

/**
 * The toolbar button's badge shows, per tab, how many errors and warnings the tab's reply
 * has; nothing when it has none or no reply box is attached. Hints do not count.
 */
export function showBadge(tabId: number, report: EditorReport | null): void {
  const count = report
    ? report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length
    : 0;
  const hasError = report?.findings.some((f) => f.severity === 'error') ?? false;
  // The tab may be gone by now: a badge for it is moot.
  void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
  if (count > 0) {
    void browser.action
      .setBadgeBackgroundColor({ tabId, color: hasError ? '#c5221f' : '#b06000' })
      .catch(() => {});
  }
}
