import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { listen, send } from '../messaging/client';
import type { Issue, SyncError } from '../storage/sources';
import type { AgentData, ImportReport } from '../storage/sync/agent-data';
import type { HistoryEntry, SourceStatus, SyncOutcome } from '../storage/sync/engine';
import { DEFAULT_SYNC_INTERVAL_MINUTES, type ManagedPolicy } from '../storage/sync/policy';
import { t, uiLanguage } from './i18n';
import { ExpansionSettingsSection } from './options-expansion';
import { PersonalSettings } from './options-personal';
import { useOptionsStore } from './options-store';
import { OwnTemplatesSection } from './options-templates';
import { useSettingsStore } from './settings-store';
import { syncErrorText } from './sync-error';

/**
 * The options page: where packs come from and how their syncs went, history and rollback,
 * importing a pack file, and the agent's own data as one file. Settings an administrator's
 * policy sets are shown as such and their controls disabled. Pack text (names, messages,
 * paths) is rendered as text, never as HTML. Every string is the interface language's
 * (components/i18n.ts): choosing another in this page re-renders it.
 */
export function OptionsPage() {
  const { status, error, notice, refresh } = useOptionsStore();
  // Read so that a change of the interface language re-renders the whole page.
  const language = useSettingsStore((state) => state.language);
  const title = t('optionsTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    void refresh();
    return listen('options', {
      'pages/packs-changed': () => {
        void refresh();
        return true;
      },
      'pages/settings-changed': () => {
        void useSettingsStore.getState().refresh();
        return true;
      },
    });
  }, [refresh]);

  const policy = status?.policy;
  const locked = policy?.lockSources ?? false;
  return (
    <main className="options" lang={language}>
      <h1>{title}</h1>
      {error && (
        <p role="alert" className="options-error" data-testid="options-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="options-notice" data-testid="options-notice">
          {notice}
        </p>
      )}
      {policy && <ManagedNotice policy={policy} />}
      <PersonalSettings />
      <ExpansionSettingsSection />
      <OwnTemplatesSection />
      <section aria-labelledby="packs-heading">
        <div className="section-head">
          <h2 id="packs-heading">{t('optionsPacks')}</h2>
          <SyncAllButton />
        </div>
        <p className="hint">
          {t(
            'optionsSyncInterval',
            String(policy?.syncIntervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES),
          )}
        </p>
        {status && status.sources.length === 0 && (
          <p className="hint" data-testid="no-sources">
            {t('optionsNoSources')}
          </p>
        )}
        {/* A handful of sources, each a few lines: not windowed. */}
        <ul className="sources">
          {status?.sources.map((entry) => (
            <SourceItem key={entry.source.id} entry={entry} />
          ))}
        </ul>
        {status && status.corruptRows > 0 && (
          <p className="hint" role="alert">
            {t('optionsCorruptRows', String(status.corruptRows))}
          </p>
        )}
      </section>
      <AddSource locked={locked} />
      <ImportPack locked={locked} />
      <AgentDataSection />
    </main>
  );
}

function ManagedNotice({ policy }: { policy: ManagedPolicy }) {
  const managed = [
    policy.packSources.length > 0 ? t('optionsManagedSources') : null,
    policy.lockSources ? t('optionsManagedLocked') : null,
    policy.syncIntervalMinutes !== null ? t('optionsManagedInterval') : null,
  ].filter((x): x is string => x !== null);
  if (managed.length === 0 && policy.problems.length === 0) return null;
  return (
    <section className="managed" data-testid="managed-notice">
      {managed.length > 0 && <p>{t('optionsManagedBy', managed.join(', '))}</p>}
      {policy.problems.map((problem) => (
        <p key={problem} className="options-error">
          {t('optionsPolicyIgnored', problem)}
        </p>
      ))}
    </section>
  );
}

/** A date in the interface's language (not the browser's, which the agent may have overridden). */
const when = (ms: number | null) =>
  ms === null ? t('optionsNever') : new Date(ms).toLocaleString(uiLanguage());

function SyncAllButton() {
  const { run, busy } = useOptionsStore();
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => void run(send({ type: 'options/sync' }), () => t('optionsSyncedAll'))}
    >
      {t('optionsSyncAll')}
    </button>
  );
}

function outcomeNotice(outcome: SyncOutcome): string {
  switch (outcome.status) {
    case 'activated':
      return t('optionsOutcomeActivated');
    case 'unchanged':
      return t('optionsOutcomeUnchanged');
    case 'invalid':
      return t('optionsOutcomeInvalid');
    case 'failed':
      return t('optionsOutcomeFailed', syncErrorText(outcome.error));
    case 'not-synced':
      return t('optionsOutcomeNotSynced');
  }
}

function SourceItem({ entry }: { entry: SourceStatus }) {
  const { run, busy, open, histories, toggleHistory, status } = useOptionsStore();
  const { source, active } = entry;
  const title =
    source.kind === 'file' ? source.id.replace(/^file:/, '') : (source.url ?? source.id);
  return (
    <li className="source" data-testid="source" data-source={source.id}>
      <div className="source-head">
        <span className="source-url">{title}</span>
        {source.managed && <span className="badge">{t('optionsManaged')}</span>}
      </div>
      <p className="source-pack" data-testid="source-pack">
        {active
          ? t('optionsInUse', active.name ?? '?', active.version ?? '', active.language)
          : t('optionsNoGoodVersion')}
      </p>
      <p className="hint">
        {t('optionsLastSync', when(source.lastSyncedAt), when(source.lastCheckedAt))}
        {source.sha256 ? ` · ${t('optionsPinned', source.sha256.slice(0, 12))}` : ''}
      </p>
      {source.lastError && <ErrorDetails error={source.lastError} />}
      <div className="source-actions">
        {source.kind === 'url' && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(
                send<SyncOutcome>({ type: 'options/sync', sourceId: source.id }),
                outcomeNotice,
              )
            }
          >
            {t('optionsSyncNow')}
          </button>
        )}
        <button
          type="button"
          onClick={() => void toggleHistory(source.id)}
          aria-expanded={!!open[source.id]}
        >
          {t('optionsHistory')}
        </button>
        <button
          type="button"
          disabled={busy || entry.locked}
          title={entry.locked ? t('optionsSetByAdmin') : undefined}
          onClick={() =>
            void run(send({ type: 'options/remove-source', sourceId: source.id }), () =>
              t('optionsRemoved'),
            )
          }
        >
          {t('optionsRemove')}
        </button>
      </div>
      {open[source.id] && (
        <History
          sourceId={source.id}
          entries={histories[source.id] ?? []}
          locked={status?.policy.lockSources ?? false}
        />
      )}
    </li>
  );
}

function ErrorDetails({ error }: { error: SyncError }) {
  return (
    <div className="source-error" role="alert" data-testid="source-error">
      <p>
        {t('panelPackFailed')} ({when(error.at)}): {error.url ? `${error.url}: ` : ''}
        {syncErrorText(error)}
      </p>
      <IssueList issues={error.issues} />
    </div>
  );
}

function IssueList({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issues">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`} data-testid="issue">
          {issue.path && <code className="issue-path">{issue.path}</code>} {issue.message}
        </li>
      ))}
    </ul>
  );
}

function changeText(entry: HistoryEntry): string {
  const c = entry.changes;
  if (!c) return t('optionsFirstVersion');
  const parts = [
    c.rulesAdded.length > 0 ? t('optionsRulesAdded', c.rulesAdded.join(', ')) : null,
    c.rulesRemoved.length > 0 ? t('optionsRulesRemoved', c.rulesRemoved.join(', ')) : null,
    c.rulesChanged.length > 0 ? t('optionsRulesChanged', c.rulesChanged.join(', ')) : null,
    c.styleChanged.length > 0 ? t('optionsStyleChanged', c.styleChanged.join(', ')) : null,
    c.checksChanged.length > 0 ? t('optionsChecksChanged', c.checksChanged.join(', ')) : null,
  ].filter((x): x is string => x !== null);
  return parts.length > 0 ? parts.join('; ') : t('optionsNoChanges');
}

function History({
  sourceId,
  entries,
  locked,
}: {
  sourceId: string;
  entries: HistoryEntry[];
  locked: boolean;
}) {
  const { run, busy } = useOptionsStore();
  // Not windowed: a source keeps at most `historyLimit` (30) versions (storage/sync/engine.ts).
  return (
    <ol className="history" data-testid="history">
      {entries.map((entry) => (
        <li
          key={entry.seq}
          className={entry.ok ? 'version' : 'version failed'}
          data-testid="version"
          data-version={entry.version ?? ''}
        >
          <span className="version-name">
            {entry.name ?? '?'} {entry.version ?? '?'}
          </span>{' '}
          <span className="hint">{when(entry.fetchedAt)}</span>
          {entry.active && <span className="badge">{t('optionsVersionInUse')}</span>}
          {!entry.ok && <span className="badge badge-error">{t('optionsVersionFailed')}</span>}
          {entry.ok && <p className="changes">{changeText(entry)}</p>}
          {!entry.ok && <IssueList issues={entry.issues} />}
          {entry.ok && !entry.active && (
            <button
              type="button"
              disabled={busy || locked}
              title={locked ? t('optionsSetByAdmin') : undefined}
              onClick={() =>
                void run(send({ type: 'options/rollback', sourceId, seq: entry.seq }), () =>
                  t('optionsRolledBack', entry.version ?? ''),
                )
              }
            >
              {t('optionsUseVersion')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

function AddSource({ locked }: { locked: boolean }) {
  const { run, busy } = useOptionsStore();
  const [url, setUrl] = useState('');
  const [sha256, setSha256] = useState('');
  const urlId = useId();
  const shaId = useId();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      useOptionsStore.setState({ error: t('optionsNotUrl', url) });
      return;
    }
    // The service worker may fetch from the pack's origin only with its permission (or when
    // the server allows it by CORS): asked here, while the click counts as a user gesture.
    const granted = await browser.permissions
      .request({ origins: [`${origin}/*`] })
      .catch(() => false);
    const added = await run(
      send<SyncOutcome>({
        type: 'options/add-source',
        url,
        ...(sha256.trim() ? { sha256: sha256.trim() } : {}),
      }),
      (outcome) =>
        granted
          ? outcomeNotice(outcome)
          : `${outcomeNotice(outcome)} ${t('optionsNeedsCors', origin)}`,
    );
    if (added) {
      setUrl('');
      setSha256('');
    }
  };
  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">{t('optionsAddSource')}</h2>
      {locked && <p className="hint">{t('optionsSourcesLocked')}</p>}
      <form className="add-source" onSubmit={(event) => void submit(event)}>
        <label htmlFor={urlId}>{t('optionsPackUrl')}</label>
        <input
          id={urlId}
          type="url"
          required
          placeholder="https://example.com/packs/team-fi.json"
          value={url}
          disabled={locked}
          onChange={(event) => setUrl(event.target.value)}
        />
        <label htmlFor={shaId}>{t('optionsSha256')}</label>
        <input
          id={shaId}
          value={sha256}
          disabled={locked}
          pattern="[0-9a-fA-F]{64}"
          onChange={(event) => setSha256(event.target.value)}
        />
        <button type="submit" disabled={locked || busy || !url}>
          {t('optionsAdd')}
        </button>
      </form>
    </section>
  );
}

function ImportPack({ locked }: { locked: boolean }) {
  const { run } = useOptionsStore();
  const id = useId();
  const pick = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    await run(
      send<SyncOutcome>({ type: 'options/import-pack', name: file.name, text }),
      outcomeNotice,
    );
  };
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('optionsImportPack')}</h2>
      <p className="hint">{t('optionsImportPackNote')}</p>
      <label htmlFor={id}>{t('optionsPackFile')}</label>{' '}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={locked}
        onChange={(event) => void pick(event)}
      />
    </section>
  );
}

function AgentDataSection() {
  const { run } = useOptionsStore();
  const id = useId();
  const exportData = async () => {
    const data = await run(send<AgentData>({ type: 'options/export-data' }), () =>
      t('optionsExported'),
    );
    if (!data) return;
    const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'talontapa-data.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  const importData = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      useOptionsStore.setState({ error: t('optionsNotJson', file.name, (error as Error).message) });
      return;
    }
    await run(send<ImportReport>({ type: 'options/import-data', data }), (report) =>
      [
        t('optionsImported'),
        report.sourcesAdded.length > 0
          ? t('optionsImportedSources', report.sourcesAdded.join(', '))
          : '',
        report.statisticsAdded > 0
          ? t('optionsImportedStatistics', String(report.statisticsAdded))
          : '',
        report.templatesAdded > 0 ? t('mineImported', String(report.templatesAdded)) : '',
        report.skipped.length > 0 ? t('optionsImportSkipped', report.skipped.join('; ')) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsData')}</h2>
      <p className="hint">
        {t('optionsDataNote')}{' '}
        <a href={browser.runtime.getURL('/statistics.html')}>{t('statsTitle')}</a>
      </p>
      <button type="button" onClick={() => void exportData()}>
        {t('optionsExport')}
      </button>{' '}
      <label htmlFor={id}>{t('optionsImport')}</label>{' '}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void importData(event)}
      />
    </section>
  );
}
