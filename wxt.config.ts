import { defineConfig } from 'wxt';

/** The hosts Talontapa supports out of the box; the content script matches exactly these. */
const HOSTS = ['https://mail.google.com/*', 'https://*.zendesk.com/*', 'https://*.freshdesk.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Talontapa',
    description: 'House-style warnings and reply templates for customer-service agents.',
    // scripting: run the content script on a site the agent enabled (see background/site-access);
    // activeTab: the side panel, opened from the toolbar button, may see which site that is.
    // alarms: the periodic pack sync (background/pack-sync).
    permissions: ['sidePanel', 'storage', 'scripting', 'activeTab', 'alarms'],
    host_permissions: HOSTS,
    // Any other site only when the agent asks for it, one origin at a time, from the side panel;
    // likewise the origin of a pack URL the agent enters in the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // What an administrator's policy may set (sync/policy.ts reads it): pack URLs, a lock,
    // the sync interval.
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'Talontapa' },
    // The content script reads Voikko's Finnish dictionary from the package. A dynamic URL
    // (new each browser session) keeps pages from probing for the extension through it.
    web_accessible_resources: [
      { resources: ['voikko/mor.vfst'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
  },
});
