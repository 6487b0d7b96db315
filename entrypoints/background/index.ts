import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen, send, sendToTab } from '../../messaging/client';
import type { Message, TabFindings } from '../../messaging/protocol';
import { readSettings } from '../../storage/settings';
import {
  setExpansion,
  setUiLanguage,
  showBadge,
  turnOffCheck,
  turnOnCheck,
} from './agent-settings';
import { ownTemplateHandlers } from './own-templates';
import { startPackSync } from './pack-sync';
import { openPanelFromToolbar, ownPageTabs } from './platform';
import { sendHandlers } from './send-stats';
import { disableSite, enableSite, reconcileSites } from './site-access';

/**
 * Message routing between the content scripts and the side panel. The findings of each tab
 * are kept in memory and mirrored to session storage (memory only, never on disk), because
 * the service worker may be stopped between two keystrokes.
 */
export default defineBackground(() => {
  const tabs = new Map<number, TabFindings>();
  const packHandlers = startPackSync();
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  let lastReported: number | undefined;

  /** The last `version` given out; restored with the tabs, so it only grows. */
  let version = 0;

  const restored = browser.storage.session.get('tabs').then((stored) => {
    for (const tab of (stored.tabs as TabFindings[] | undefined) ?? []) {
      tabs.set(tab.tabId, tab);
      version = Math.max(version, tab.version ?? 0);
    }
  });
  const persist = () => void browser.storage.session.set({ tabs: [...tabs.values()] });

  openPanelFromToolbar();

  const update = (change: Omit<TabFindings, 'version'>) => {
    const tab = { ...change, version: ++version };
    tabs.set(tab.tabId, tab);
    persist();
    showBadge(tab.tabId, tab.report);
    void send({ type: 'panel/findings-changed', tab });
  };

  const isExtensionPage = (url: string | undefined) => url?.startsWith(`${extensionOrigin}/`);

  /**
   * A tab with no report yet; its URL shows only where Talontapa may see it. A report that
   * arrived while the browser was asked about the tab wins: it was also pushed to the panel,
   * and this answer must not undo it.
   */
  const blankTab = async (tabId: number): Promise<TabFindings | null> => {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const known = tabs.get(tabId);
    if (known?.report) return known;
    if (!tab) return known ?? null;
    const blank = { tabId, url: tab.url ?? '', title: tab.title ?? '', report: null };
    return { ...blank, version: known?.version ?? 0 };
  };

  /**
   * The tab the side panel is about: the active web page, else the one that reported last (so
   * the options or statistics page opened from the panel keeps the reply in view).
   * `panelTab` is the tab showing the panel itself when it is opened as a page: Chromium 150
   * (Debian's, seen here) does not tell an extension its own page's URL without the tabs
   * permission, so the URL alone does not show it is the panel (see `ownPageTabs`).
   */
  const targetTab = async (tabId?: number, panelTab?: number): Promise<TabFindings | null> => {
    await restored;
    if (tabId !== undefined) {
      // Without a report the stored address may predate a permission; ask the tab itself.
      const known = tabs.get(tabId);
      return known?.report ? known : blankTab(tabId);
    }
    const [[active], ownPages] = await Promise.all([
      browser.tabs.query({ active: true, lastFocusedWindow: true }),
      ownPageTabs(),
    ]);
    if (
      active?.id !== undefined &&
      active.id !== panelTab &&
      !ownPages.has(active.id) &&
      !isExtensionPage(active.url)
    ) {
      return (
        tabs.get(active.id) ?? {
          tabId: active.id,
          url: active.url ?? '',
          title: active.title ?? '',
          report: null,
          version: 0,
        }
      );
    }
    return lastReported === undefined ? null : (tabs.get(lastReported) ?? null);
  };

  /** Passes a panel request on to the tab's content script and its answer back. */
  const forward = async (tabId: number, message: Message) => {
    const reply = await sendToTab(tabId, message);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };

  listen(
    'background',
    {
      'content/get-settings': () => readSettings(),
      'content/report': async ({ report }, sender) => {
        await restored;
        const tab = sender.tab;
        if (tab?.id === undefined) return false;
        lastReported = tab.id;
        update({ tabId: tab.id, url: tab.url ?? '', title: tab.title ?? '', report });
        return true;
      },
      'content/detached': async (_message, sender) => {
        await restored;
        const tab = sender.tab;
        if (tab?.id === undefined) return false;
        update({ tabId: tab.id, url: tab.url ?? '', title: tab.title ?? '', report: null });
        return true;
      },
      'panel/get-findings': ({ tabId }, sender) => targetTab(tabId, sender.tab?.id),
      'panel/select': ({ tabId, range }) => forward(tabId, { type: 'editor/select', range }),
      'panel/apply-fix': ({ tabId, fix }) => forward(tabId, { type: 'editor/replace', fix }),
      'panel/insert': ({ tabId, insertion }) =>
        forward(tabId, { type: 'editor/insert', insertion }),
      'panel/enable-site': ({ tabId, origin }) => enableSite(origin, tabId).then(() => true),
      'panel/disable-site': ({ origin }) => disableSite(origin).then(() => true),
      'panel/ignore': ({ tabId, finding }) => forward(tabId, { type: 'editor/ignore', finding }),
      'panel/turn-off-check': ({ check }) => turnOffCheck(check),
      'options/turn-on-check': ({ check }) => turnOnCheck(check),
      'options/set-ui-language': ({ language }) => setUiLanguage(language),
      'options/set-expansion': ({ expansion }) => setExpansion(expansion),
      ...packHandlers,
      ...ownTemplateHandlers(packHandlers),
      ...sendHandlers(),
    },
    (type: Message['type'], sender) => {
      // Content scripts may only send content messages; extension pages only panel messages.
      const fromExtensionPage = sender.id === browser.runtime.id && isExtensionPage(sender.url);
      const fromContentScript =
        sender.id === browser.runtime.id && !fromExtensionPage && sender.tab;
      if (type.startsWith('content/') && !fromContentScript)
        return `${type} only from content scripts`;
      if ((type.startsWith('panel/') || type.startsWith('options/')) && !fromExtensionPage)
        return `${type} only from extension pages`;
      return null;
    },
  );

  void reconcileSites();
  browser.permissions.onRemoved.addListener(() => void reconcileSites());

  // A page load in a tab ends its reply box; the new page reports once the agent is in one.
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status !== 'loading') return;
    await restored;
    if (!tabs.get(tabId)?.report) return;
    update({ tabId, url: tab.url ?? '', title: tab.title ?? '', report: null });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    persist();
  });
});
