import type { EditorReport, TabFindings } from '../../messaging/protocol';

/** What the background knows of a browser tab: its address and title where it may see them. */
export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}

/** The browser around the findings, injected so that the ordering rules can be tested. */
export interface TabFindingsDeps {
  /** Reads the findings kept in session storage by an earlier run of the service worker. */
  load: () => Promise<readonly TabFindings[]>;
  /** Keeps the findings for the next run. */
  save: (tabs: readonly TabFindings[]) => void;
  /** Told of every change: the badge and the side panel. */
  changed: (tab: TabFindings) => void;
  /** The tab, or null when it is gone. */
  getTab: (tabId: number) => Promise<TabInfo | null>;
  /** The active tab of the window last focused. */
  activeTab: () => Promise<TabInfo | undefined>;
  /** The tabs showing one of Talontapa's own pages (platform.ts `ownPageTabs`). */
  ownPageTabs: () => Promise<Set<number>>;
  isExtensionPage: (url: string | undefined) => boolean;
}

/**
 * The findings of each tab, as the background keeps them for the side panel. Every change
 * gets a `version` one higher than any before (restored with the tabs, so it only grows),
 * and what the panel asks for is read after every wait: a report that comes in while the
 * browser is asked about a tab is the answer, never undone by a blank made before it.
 */
export function tabFindings(deps: TabFindingsDeps) {
  const tabs = new Map<number, TabFindings>();
  let version = 0;
  let lastReported: number | undefined;

  const restored = deps.load().then((stored) => {
    for (const tab of stored) {
      // A report kept by a run before versions existed: it is older than anything new.
      tabs.set(tab.tabId, { ...tab, version: tab.version ?? 0 });
      version = Math.max(version, tab.version ?? 0);
    }
  });

  const update = (tab: TabInfo & { id: number }, report: EditorReport | null) => {
    const state = {
      tabId: tab.id,
      url: tab.url ?? '',
      title: tab.title ?? '',
      report,
      version: ++version,
    };
    tabs.set(tab.id, state);
    deps.save([...tabs.values()]);
    deps.changed(state);
  };

  const blank = (tabId: number, tab: TabInfo): TabFindings => ({
    tabId,
    url: tab.url ?? '',
    title: tab.title ?? '',
    report: null,
    version: tabs.get(tabId)?.version ?? 0,
  });

  return {
    /** The content script of the tab checked its draft. */
    async reported(tab: TabInfo & { id: number }, report: EditorReport): Promise<void> {
      await restored;
      lastReported = tab.id;
      update(tab, report);
    },
    /** The tab's reply box went away (sent, closed, another ticket). */
    async detached(tab: TabInfo & { id: number }): Promise<void> {
      await restored;
      update(tab, null);
    },
    /** A page load in the tab ends its reply box; the new page reports once in one. */
    async loading(tab: TabInfo & { id: number }): Promise<void> {
      await restored;
      if (tabs.get(tab.id)?.report) update(tab, null);
    },
    async removed(tabId: number): Promise<void> {
      await restored;
      tabs.delete(tabId);
      deps.save([...tabs.values()]);
    },
    /**
     * The tab the side panel is about: the one it is pinned to (`tabId`), else the active web
     * page, else the one that reported last (so the options or statistics page opened from
     * the panel keeps the reply in view). `panelTab` is the tab showing the panel itself when
     * it is opened as a page.
     */
    async target(tabId?: number, panelTab?: number): Promise<TabFindings | null> {
      await restored;
      if (tabId !== undefined) {
        const reported = tabs.get(tabId);
        if (reported?.report) return reported;
        // Without a report the stored address may predate a permission: ask the tab itself,
        // and look again after the wait.
        const tab = await deps.getTab(tabId);
        const known = tabs.get(tabId);
        if (known?.report || !tab) return known ?? null;
        return blank(tabId, tab);
      }
      const [active, ownPages] = await Promise.all([deps.activeTab(), deps.ownPageTabs()]);
      if (
        active?.id !== undefined &&
        active.id !== panelTab &&
        !ownPages.has(active.id) &&
        !deps.isExtensionPage(active.url)
      ) {
        return tabs.get(active.id) ?? blank(active.id, active);
      }
      return lastReported === undefined ? null : (tabs.get(lastReported) ?? null);
    },
  };
}
