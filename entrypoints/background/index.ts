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
import { tabFindings } from './tab-findings';

/**
 * Message routing between the content scripts and the side panel. The findings of each tab
 * (tab-findings.ts) are kept in memory and mirrored to session storage (memory only, never
 * on disk), because the service worker may be stopped between two keystrokes.
 */
export default defineBackground(() => {
  const packHandlers = startPackSync();
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  const isExtensionPage = (url: string | undefined) =>
    url?.startsWith(`${extensionOrigin}/`) ?? false;

  const findings = tabFindings({
    load: async () =>
      ((await browser.storage.session.get('tabs')).tabs as TabFindings[] | undefined) ?? [],
    save: (tabs) => void browser.storage.session.set({ tabs }),
    changed: (tab) => {
      showBadge(tab.tabId, tab.report);
      void send({ type: 'panel/findings-changed', tab });
    },
    getTab: (tabId) => browser.tabs.get(tabId).catch(() => null),
    activeTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
    ownPageTabs,
    isExtensionPage,
  });

  openPanelFromToolbar();

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
        const tab = sender.tab;
        if (tab?.id === undefined) return false;
        await findings.reported({ ...tab, id: tab.id }, report);
        return true;
      },
      'content/detached': async (_message, sender) => {
        const tab = sender.tab;
        if (tab?.id === undefined) return false;
        await findings.detached({ ...tab, id: tab.id });
        return true;
      },
      'panel/get-findings': ({ tabId }, sender) => findings.target(tabId, sender.tab?.id),
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
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') void findings.loading({ ...tab, id: tabId });
  });
  browser.tabs.onRemoved.addListener((tabId) => void findings.removed(tabId));
});
