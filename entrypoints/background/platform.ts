import { browser } from 'wxt/browser';

/**
 * Where Chromium and Firefox differ, in one place. The rest of the extension uses APIs both
 * have in MV3:
 * - side panel: Chromium's `sidePanel`; Firefox shows the same page as its sidebar
 *   (`sidebar_action`, from entrypoints/sidepanel) and opens it with `sidebarAction`;
 * - `storage.session` (findings kept in memory): both (Firefox 115+);
 * - the CSS Custom Highlight API (underlines in the reply box): Chromium 105+, Firefox 140+,
 *   hence the Firefox build's `strict_min_version` in wxt.config.ts;
 * - MAIN-world content scripts (the editor bridge): Chromium 111+, Firefox 128+.
 */

/** The manifest's command that opens the panel in Chromium (Firefox uses its own). */
export const OPEN_PANEL_COMMAND = 'open-panel';

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/**
 * The toolbar button and the keyboard command open the findings panel beside the page.
 * Firefox's `_execute_sidebar_action` command needs no listener.
 */
export function openPanelFromToolbar(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    browser.commands?.onCommand.addListener((command, tab) => {
      // `open` must be called in the command's own task: it counts as the agent's gesture.
      if (command === OPEN_PANEL_COMMAND && tab?.windowId !== undefined) {
        void browser.sidePanel.open({ windowId: tab.windowId });
      }
    });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  // `toggle` must run in the click's own handler: Firefox allows it only as a user action.
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
}

interface ExtensionContext {
  tabId: number;
}
interface RuntimeWithContexts {
  getContexts?: (filter: { contextTypes: string[] }) => Promise<ExtensionContext[]>;
}

/**
 * The tabs showing one of Talontapa's own pages (options, statistics, the panel opened as a
 * page). Chromium (116+) tells an extension its own tabs through `runtime.getContexts`, but
 * not their URL in `tabs.query` without the `tabs` permission; where `getContexts` is
 * missing, the set is empty and the tab's URL decides (Firefox shows an extension its own
 * pages' URLs).
 */
export async function ownPageTabs(): Promise<Set<number>> {
  const runtime = browser.runtime as unknown as RuntimeWithContexts;
  if (!runtime.getContexts) return new Set();
  const contexts = await runtime.getContexts({ contextTypes: ['TAB'] }).catch(() => []);
  return new Set(contexts.map((context) => context.tabId).filter((id) => id >= 0));
}
