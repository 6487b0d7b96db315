import { browser } from 'wxt/browser';
import { send, sendToTab } from '../../messaging/client';
import { database } from '../../storage/db';
import { corruptRowsSeen } from '../../storage/rows';
import { exportAgentData, importAgentData } from '../../storage/sync/agent-data';
import { ensureAlarm } from '../../storage/sync/alarm';
import { PackSync, type SyncTuning } from '../../storage/sync/engine';
import { DEFAULT_SYNC_INTERVAL_MINUTES, EMPTY_POLICY, readPolicy } from '../../storage/sync/policy';

/**
 * Pack sync in the service worker: when it runs (install, browser start, an alarm every
 * `syncIntervalMinutes`, on demand) and who hears of changes (extension pages; the content
 * scripts re-check their drafts when an active pack changed). The work is in storage/sync/engine.ts.
 */
const ALARM = 'pack-sync';
/** Only the browser tests write this key, to shorten the timeout and retries. */
const TUNING_KEY = 'syncTuning';

export function startPackSync() {
  const sync = new PackSync({
    tuning: async () =>
      ((await browser.storage.local.get(TUNING_KEY))[TUNING_KEY] ?? {}) as Partial<SyncTuning>,
    onChange: ({ active }) => {
      void send({ type: 'pages/packs-changed' });
      if (active) void tellTabs();
    },
  });

  const applyPolicy = async () => {
    let policy = EMPTY_POLICY;
    try {
      policy = readPolicy(await browser.storage.managed.get());
    } catch {
      // No managed storage (no policy, or a browser without it): nothing is managed.
    }
    for (const problem of policy.problems) console.warn('Talontapa policy:', problem);
    const changed = await sync.applyPolicy(policy);
    await ensureAlarm(
      browser.alarms,
      ALARM,
      policy.syncIntervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES,
    );
    return changed;
  };

  // Every wake of the worker reads the policy first: what is managed decides what syncs.
  const warn = (what: string) => (error: unknown) => console.warn(`Talontapa: ${what}`, error);
  /** Applies the policy, then syncs the sources it added or changed; never rejects. */
  const reapply = () =>
    applyPolicy().then((changed) => {
      for (const id of changed) sync.syncSource(id).catch(warn(`could not sync ${id}`));
    }, warn('could not apply the policy'));
  let ready = reapply();
  const syncAll = () => {
    void ready.then(() => sync.syncAll()).catch(warn('the pack sync failed'));
  };

  browser.runtime.onInstalled.addListener(syncAll);
  browser.runtime.onStartup.addListener(syncAll);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) syncAll();
  });
  browser.storage.managed?.onChanged?.addListener(() => {
    ready = reapply();
  });

  const status = async () => ({
    sources: await sync.status(),
    policy: sync.managedPolicy,
    corruptRows: corruptRowsSeen().length,
  });

  /** The side panel's one line: which pack runs per language, and what failed. */
  const packStatus = async () => {
    await ready;
    const sources = await sync.status();
    const languages = ['fi', 'en'] as const;
    const packs = [];
    for (const language of languages) {
      const active = await sync.activePack(language);
      if (active) {
        packs.push({
          language,
          name: active.pack.name,
          version: active.pack.version,
          sourceId: active.sourceId,
        });
      }
    }
    const errors = sources
      .filter((s) => s.source.lastError)
      .map((s) => ({ sourceId: s.source.id, error: s.source.lastError }));
    return { packs, errors };
  };

  const handlers = {
    'content/get-pack': async ({ language }: { language: 'fi' | 'en' }) => {
      await ready;
      return sync.activePack(language);
    },
    'panel/get-pack-status': packStatus,
    'options/get-status': async () => {
      await ready;
      return status();
    },
    'options/add-source': async ({ url, sha256 }: { url: string; sha256?: string | undefined }) => {
      await ready;
      const source = await sync.addSource({ url, sha256 });
      return sync.syncSource(source.id);
    },
    'options/remove-source': async ({ sourceId }: { sourceId: string }) => {
      await ready;
      await sync.removeSource(sourceId);
      return true;
    },
    'options/sync': async ({ sourceId }: { sourceId?: string | undefined }) => {
      await ready;
      if (sourceId) return sync.syncSource(sourceId);
      return Object.fromEntries(await sync.syncAll());
    },
    'options/import-pack': async ({ name, text }: { name: string; text: string }) => {
      await ready;
      return sync.importFile(name, text);
    },
    'options/history': ({ sourceId }: { sourceId: string }) => sync.history(sourceId),
    'options/rollback': async ({ sourceId, seq }: { sourceId: string; seq: number }) => {
      await sync.rollback(sourceId, seq);
      return true;
    },
    'options/export-data': () => exportAgentData(database(), new Date()),
    'options/import-data': async ({ data }: { data: unknown }) => {
      await ready;
      const report = await importAgentData(data, database(), sync);
      for (const id of report.sourcesAdded) void sync.syncSource(id);
      return report;
    },
  };
  return handlers;
}

/** Every tab's content script re-asks for its pack; tabs without one simply do not answer. */
async function tellTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : sendToTab(tab.id, { type: 'editor/pack-changed' }),
    ),
  );
}
