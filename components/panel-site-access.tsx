import { useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { TabFindings } from '../messaging/protocol';
import { useFindingsStore } from './findings-store';
import { t } from './i18n';

const SUPPORTED_HOSTS = [/^mail\.google\.com$/, /\.zendesk\.com$/, /\.freshdesk\.com$/];

/**
 * "Enable on this site" for a page that is not one of the supported hosts. The permission
 * prompt needs this click (a user gesture in the panel); the background then registers the
 * content script for the origin and injects it into the tab.
 */
export function SiteAccess({ tab }: { tab: TabFindings }) {
  const { run, setActionError } = useFindingsStore();
  const [enabled, setEnabled] = useState(false);
  let url: URL | null = null;
  try {
    url = new URL(tab.url);
  } catch {
    // No URL: the extension may not see this tab's address.
  }
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  if (SUPPORTED_HOSTS.some((host) => host.test(url.hostname))) return null;
  const origin = url.origin;
  if (tab.report?.host === 'generic') {
    return (
      <button
        type="button"
        className="site-button"
        onClick={() => void run(send({ type: 'panel/disable-site', origin }))}
      >
        {t('panelDisableSite')}
      </button>
    );
  }
  if (tab.report) return null;
  if (enabled) {
    return (
      <p className="panel-empty" role="status" data-testid="site-enabled">
        {t('panelSiteEnabled')}
      </p>
    );
  }
  const enable = async () => {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) {
      setActionError(t('panelSiteDenied'));
      return;
    }
    setEnabled(await run(send({ type: 'panel/enable-site', tabId: tab.tabId, origin })));
  };
  return (
    <button type="button" className="site-button" onClick={() => void enable()}>
      {t('panelEnableSite', origin)}
    </button>
  );
}
