import { browser } from 'wxt/browser';
import { sendToTab } from '../../messaging/client';
import type { MessageOf, SendGuard } from '../../messaging/protocol';
import { readSettings, writeSettings } from '../../storage/settings';
import { addStatRow, applyRetention } from '../../storage/statistics';

/**
 * The background's part of "what happened at send": it stores the row a content script
 * reports (parsed again by the schema, which refuses anything that could be text), and keeps
 * the agent's own send-guard setting, telling every open page when it changes.
 */
export function sendHandlers() {
  // Rows past the retention period go whenever the worker starts (and whenever the
  // statistics page opens), so they never outlive the setting by long.
  void applyRetention().catch((error: unknown) =>
    console.warn('Talontapa: old statistics could not be deleted:', error),
  );
  return {
    'content/sent': async ({ row }: MessageOf<'content/sent'>) => {
      await addStatRow(row);
      return true;
    },
    'panel/get-settings': () => readSettings(),
    'panel/set-send-guard': async ({ level }: MessageOf<'panel/set-send-guard'>) => {
      const settings = await writeSettings({ sendGuard: level satisfies SendGuard });
      const tabs = await browser.tabs.query({});
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? null
            : sendToTab(tab.id, { type: 'editor/settings-changed', settings }),
        ),
      );
      return settings;
    },
  };
}
