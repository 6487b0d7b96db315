import { browser } from 'wxt/browser';

/**
 * Sites other than the three hosts: the agent enables one from the side panel, which asks for
 * the optional host permission of that origin (the prompt needs the panel's click); then the
 * content script is registered for the origin, persisted across sessions, and injected into
 * the open tab so the agent need not reload. Revoking the permission (in the panel or in the
 * browser's extension settings) unregisters it.
 */
const SCRIPT_PREFIX = 'site:';
const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';

const patternOf = (origin: string) => `${origin}/*`;
const scriptIdOf = (origin: string) => `${SCRIPT_PREFIX}${origin}`;

export async function enableSite(origin: string, tabId?: number): Promise<void> {
  const pattern = patternOf(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Error(`Talontapa may not read ${origin}: the permission was not granted`);
  }
  const script = {
    id: scriptIdOf(origin),
    matches: [pattern],
    js: [CONTENT_JS],
    css: [CONTENT_CSS],
    // As the manifest's content script (entrypoints/content): once the DOM is parsed.
    runAt: 'document_end' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);

  if (tabId === undefined) return;
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || new URL(tab.url).origin !== origin) return;
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
}

export async function disableSite(origin: string): Promise<void> {
  await unregister([scriptIdOf(origin)]);
  await browser.permissions.remove({ origins: [patternOf(origin)] });
}

/** Unregisters the sites whose permission is gone; run at start-up and on every revocation. */
export async function reconcileSites(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const stale: string[] = [];
  for (const script of scripts) {
    if (!script.id.startsWith(SCRIPT_PREFIX)) continue;
    const origins = script.matches ?? [];
    if (!(await browser.permissions.contains({ origins }))) stale.push(script.id);
  }
  await unregister(stale);
}

async function unregister(ids: string[]): Promise<void> {
  const present = await browser.scripting.getRegisteredContentScripts({ ids });
  if (present.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: present.map((script) => script.id) });
  }
}
