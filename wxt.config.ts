import { defineConfig } from 'wxt';
import { OPEN_PANEL_COMMAND } from './entrypoints/background/platform';

/** The hosts Talontapa supports out of the box; the content script matches exactly these. */
const HOSTS = ['https://mail.google.com/*', 'https://*.zendesk.com/*', 'https://*.freshdesk.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Firefox builds as MV3 too (`wxt build -b firefox --mv3`): MV2 lacks the MAIN-world content
  // script the editor bridge needs and `optional_host_permissions`. Its side panel is the
  // `sidebar_action` WXT makes from entrypoints/sidepanel; `sidePanel` is Chromium's alone.
  manifest: ({ browser }) => ({
    // Names and descriptions come from public/_locales, in the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: run the content script on a site the agent enabled (see background/site-access);
    // activeTab: the side panel, opened from the toolbar button, may see which site that is.
    // alarms: the periodic pack sync (background/pack-sync).
    permissions: [
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'storage',
      'scripting',
      'activeTab',
      'alarms',
    ],
    host_permissions: HOSTS,
    // Any other site only when the agent asks for it, one origin at a time, from the side panel;
    // likewise the origin of a pack URL the agent enters in the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // What an administrator's policy may set (storage/sync/policy.ts reads it): pack URLs, a
    // lock, the sync interval.
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: '__MSG_actionTitle__' },
    // Alt+Shift+Y opens the panel from the keyboard (Alt+Shift+T is Chromium's own "focus the
    // toolbar", so the browser would not assign it); the agent may change it in the browser's
    // shortcut settings. Firefox has a command of its own for its sidebar.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : OPEN_PANEL_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    // The content script reads Voikko's Finnish dictionary from the package. A dynamic URL
    // (new each browser session) keeps pages from probing for the extension through it.
    web_accessible_resources: [
      { resources: ['voikko/mor.vfst'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox needs an id for MV3, and asks what data leaves the browser: none does.
        gecko: {
          id: 'talontapa@talontapa.fi',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
