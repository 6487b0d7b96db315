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

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/** The toolbar button opens the findings panel beside the page. */
export function openPanelFromToolbar(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  // `toggle` must run in the click's own handler: Firefox allows it only as a user action.
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
}
